import { usePageTitle } from '../../lib/use-page-title';

export function PresentPage() {
  usePageTitle('Presentation');
  return <h1>Presentation</h1>;
}
