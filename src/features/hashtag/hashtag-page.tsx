import { useParams } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title';

export function HashtagPage() {
  const { name = '' } = useParams();
  usePageTitle(`#${name}`);
  return <h1 className="text-2xl font-semibold">#{name}</h1>;
}
