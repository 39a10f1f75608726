import { Link } from 'react-router';
import { usePageTitle } from '../lib/use-page-title';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-ink-muted">This address does not match any view of the dashboard.</p>
      <Link className="mt-6 inline-block underline" to="/">
        Go to trending hashtags
      </Link>
    </section>
  );
}
