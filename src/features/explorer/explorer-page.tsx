import { usePageTitle } from '../../lib/use-page-title';

export function ExplorerPage() {
  usePageTitle('Trending hashtags');
  return <h1 className="text-2xl font-semibold">Trending hashtags</h1>;
}
