import { useHydrated } from './use-hydrated';

/**
 * How a detail page finds its way back to the exact list the user came from (filters, sort, page).
 * Links from the list carry router location state `{ from: '/?page=3&country=GB' }`:
 *   <Link to={hashtagHref(name, scope)} state={fromListState(location)}>
 * Without it (a shared link, a reload in another tab) the page falls back to the list under its
 * own country and period.
 */
export interface FromListState {
  from: string;
}

export function fromListState(location: { pathname: string; search: string }): FromListState {
  return { from: `${location.pathname}${location.search}` };
}

/** `state.from` when it is one of our own paths (never `//host` or a full URL), else undefined. */
export function readFromListState(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('from' in state)) return undefined;
  const from = (state as { from: unknown }).from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : undefined;
}

/**
 * {@link readFromListState} once the page is hydrated. History state is the browser's: the server's
 * page links back to the list under the page's own filters, and the render that hydrates it must say
 * the same (React keeps the server's attributes), so the exact list comes one render later.
 */
export function useFromListState(state: unknown): string | undefined {
  const hydrated = useHydrated();
  return hydrated ? readFromListState(state) : undefined;
}
