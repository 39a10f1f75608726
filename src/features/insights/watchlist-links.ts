import type { TrendScope } from '../../lib/filter-params';

/** Compare shows at most this many hashtags side by side. */
export const COMPARE_MAX = 5;

/** `?tags=a,b,c&country=US&period=7`: each name encoded, commas kept readable (names never contain one). */
function tagsSearch(names: readonly string[], scope: TrendScope): string {
  const tags = names.map(encodeURIComponent).join(',');
  return `?tags=${tags}&country=${scope.country}&period=${scope.period}`;
}

/** `/compare?tags=..` with the first {@link COMPARE_MAX} names. */
export function compareHref(names: readonly string[], scope: TrendScope): string {
  return `/compare${tagsSearch(names.slice(0, COMPARE_MAX), scope)}`;
}

/** `/present?tags=..`: the deck of the given names. */
export function presentHref(names: readonly string[], scope: TrendScope): string {
  return `/present${tagsSearch(names, scope)}`;
}
