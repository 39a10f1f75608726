import { useCallback, useMemo, useState } from 'react';
import { useLocation, useSearchParams, type NavigateOptions } from 'react-router';

/**
 * The page's query string as shown, and a writer that navigates to a new one.
 *
 * The router applies a new URL a moment after the event (in a transition), so a controlled
 * checkbox or radio would snap back until then. Until the location changes, the query just written
 * is shown instead: the same value, only earlier. Any navigation makes the real URL win, and the
 * query written before it is history (it must not come back with Back).
 *
 * `params` is kept by its query string: when the router catches up with the URL already shown, it
 * keeps its identity, and nothing that depends on it runs again.
 *
 * The component that calls it renders the new query at once, in the event. That suits the explorer,
 * whose new rows should paint in the next frame. A page whose content is slow to draw shows only its
 * controls at once instead (`ScopeFilters`, with `useOptimistic`).
 */
export function useShownSearch(): {
  /** The query string shown, without "?". */
  search: string;
  params: URLSearchParams;
  write: (next: URLSearchParams, options?: NavigateOptions) => void;
} {
  const [searchParams, setSearchParams] = useSearchParams();
  const { key } = useLocation();
  const [pending, setPending] = useState<{ search: URLSearchParams; atKey: string } | null>(null);
  if (pending && pending.atKey !== key) setPending(null);
  const search = (pending && pending.atKey === key ? pending.search : searchParams).toString();
  const params = useMemo(() => new URLSearchParams(search), [search]);

  const write = useCallback(
    (next: URLSearchParams, options?: NavigateOptions) => {
      setPending({ search: next, atKey: key });
      setSearchParams(next, options);
    },
    [key, setSearchParams],
  );
  return { search, params, write };
}
