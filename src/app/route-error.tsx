import { Link } from 'react-router';

/** Last line of defence: a render error shows this instead of a blank page. */
export function RouteError({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : 'Unknown error';
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-lg border border-down p-4">
      <h1 className="text-xl font-semibold">This view could not be shown</h1>
      <p className="mt-2 text-ink-muted">{message}</p>
      <div className="mt-4 flex gap-4">
        <button type="button" className="btn" onClick={() => window.location.reload()}>
          Reload
        </button>
        <Link className="underline" to="/">
          Trending hashtags
        </Link>
      </div>
    </div>
  );
}
