import { writeScope, type TrendScope } from '../contract/filter-params';

/** `/hashtag/<encoded name>?country=..&period=..`, defaults omitted; names in any script are encoded. */
export function hashtagHref(name: string, scope: TrendScope): string {
  const qs = writeScope(new URLSearchParams(), scope).toString();
  return `/hashtag/${encodeURIComponent(name)}${qs ? `?${qs}` : ''}`;
}

/**
 * The hashtag a `/hashtag/:name` route is about: its decoded `:name` without a leading "#" (links
 * pasted with one still work). The page and its boot-time preload both read it here, so the
 * preloaded query has the page's key.
 */
export function hashtagFromRouteParam(param: string | undefined): string {
  return (param ?? '').replace(/^#/, '');
}
