import { usePageTitle } from '../../lib/use-page-title';

export function ComparePage() {
  usePageTitle('Compare hashtags');
  return <h1>Compare hashtags</h1>;
}
