import { writeScope, type TrendScope } from '../contract/filter-params';

/** `/hashtag/<encoded name>?country=..&period=..`, defaults omitted; names in any script are encoded. */
export function hashtagHref(name: string, scope: TrendScope): string {
  const qs = writeScope(new URLSearchParams(), scope).toString();
  return `/hashtag/${encodeURIComponent(name)}${qs ? `?${qs}` : ''}`;
}
