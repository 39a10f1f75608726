import { DEFAULT_SCOPE, writeScope, type TrendScope } from '../contract/filter-params';
import { COMPARE_MAX } from '../contract/constants';
import { tagsParam } from './tag-names';

/**
 * Links into the multi-hashtag views (compare, present) and back to the explorer, built in one place
 * so every feature writes the same URL format. Names are encoded one by one and joined with plain
 * commas (hashtag names never contain one), so `tags=chatgpt,ラーメン` stays readable.
 */

export { COMPARE_MAX };

/** What a deck shows: the explorer's list filters, optionally a hand-picked set of names and a slide. */
export interface DeckLink extends TrendScope {
  /** 11-digit industry id; undefined = all industries. */
  industry?: string;
  /** Only hashtags new to the top 100. */
  newOnly?: boolean;
  /** Names to present instead of the top ones (without "#"). */
  tags?: readonly string[];
  /** 1-based slide to open at; 1 is left out. */
  slide?: number;
}

/** `/compare?tags=a,b&country=US&period=7` with the first {@link COMPARE_MAX} names. */
export function compareHref(names: readonly string[], scope: TrendScope): string {
  return `/compare?${tagsParam(names.slice(0, COMPARE_MAX))}&country=${scope.country}&period=${scope.period}`;
}

/**
 * `/present?tags=a,b&country=US&period=7&industry=..&new=1&slide=3`. Country and period are always
 * written (like compare links) so a shared deck never depends on today's defaults; `tags`, `industry`,
 * `new` and `slide` only when set.
 * - The explorer's "Present" button: `presentHref({ country, period, industry, newOnly })`.
 * - A hand-picked set (watchlist, detail page): `presentHref(names, scope)` or `presentHref({ tags, ...scope })`.
 */
export function presentHref(deck: DeckLink): string;
export function presentHref(names: readonly string[], scope: TrendScope): string;
export function presentHref(deckOrNames: DeckLink | readonly string[], scope?: TrendScope): string {
  const deck: DeckLink = isNameList(deckOrNames) ? { ...(scope ?? DEFAULT_SCOPE), tags: deckOrNames } : deckOrNames;
  const parts: string[] = [];
  if (deck.tags && deck.tags.length > 0) parts.push(tagsParam(deck.tags));
  parts.push(`country=${encodeURIComponent(deck.country)}`, `period=${deck.period}`);
  if (deck.industry) parts.push(`industry=${encodeURIComponent(deck.industry)}`);
  if (deck.newOnly) parts.push('new=1');
  if (deck.slide !== undefined && deck.slide > 1) parts.push(`slide=${deck.slide}`);
  return `/present?${parts.join('&')}`;
}

function isNameList(value: DeckLink | readonly string[]): value is readonly string[] {
  return Array.isArray(value);
}

/** The explorer under the same list filters (`/?country=GB&industry=..&new=1`), defaults left out. */
export function explorerHref(filters: TrendScope & { industry?: string; newOnly?: boolean }): string {
  const search = writeScope(new URLSearchParams(), filters);
  if (filters.industry) search.set('industry', filters.industry);
  if (filters.newOnly) search.set('new', '1');
  const qs = search.toString();
  return `/${qs ? `?${qs}` : ''}`;
}
