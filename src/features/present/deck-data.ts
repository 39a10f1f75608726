import type { ListQuery } from '../../api/query-keys';
import { RANK_DIFF, countryName, industryLabel, periodLabel } from '../../contract/constants';
import type { HistoryChanges } from '../../contract/history';
import type { HashtagListItem } from '../../contract/schemas';
import { DEFAULT_DECK_SIZE, type DeckFilters } from './deck-params';
import type { RankStanding } from './takeaway';

/** One presented hashtag: its name and, when it is in the filter set's top 100, its list item. */
export interface DeckEntry {
  name: string;
  item: HashtagListItem | undefined;
}

export type Slide =
  | { kind: 'cover'; title: string }
  | { kind: 'movers'; title: string }
  | { kind: 'hashtag'; title: string; entry: DeckEntry; position: number }
  | { kind: 'changes'; title: string; changes: HistoryChanges }
  | { kind: 'summary'; title: string };

/** How far back "What changed this week" looks: the ranking recorded on or before this many days ago. */
export const WEEK_DAYS = 7;

/**
 * The week's recorded changes when there is a week to compare: a ranking recorded at least
 * {@link WEEK_DAYS} days ago and a later one. Undefined otherwise (no history yet, or unavailable).
 */
export function weekOfChanges(changes: HistoryChanges | undefined): HistoryChanges | undefined {
  if (!changes?.from || !changes.to || changes.from.captured_at === changes.to.captured_at) return undefined;
  return changes;
}

/** The whole top 100 of the filter set, in one request: ranks, rank changes and movers come from it. */
export function deckListQuery(filters: DeckFilters): ListQuery {
  return {
    country: filters.country,
    industry: filters.industry,
    period: filters.period,
    newOnly: filters.newOnly,
    page: 1,
    limit: 100,
  };
}

/** The hand-picked names (matched to the list without regard to case), else the top ones by rank. */
export function deckEntries(tags: readonly string[], list: readonly HashtagListItem[] | undefined): DeckEntry[] {
  if (tags.length > 0) {
    const byName = new Map((list ?? []).map((item) => [item.hashtag_name.toLowerCase(), item]));
    return tags.map((name) => {
      const item = byName.get(name.toLowerCase());
      return { name: item?.hashtag_name ?? name, item };
    });
  }
  return [...(list ?? [])]
    .sort((a, b) => a.rank - b.rank)
    .slice(0, DEFAULT_DECK_SIZE)
    .map((item) => ({ name: item.hashtag_name, item }));
}

/** "United States · All industries · Last 7 days" (+ "New to the top 100" when filtered so). */
export function scopeLine(filters: DeckFilters): string {
  return [
    countryName(filters.country),
    industryLabel(filters.industry),
    `Last ${periodLabel(filters.period)}`,
    ...(filters.newOnly ? ['New to the top 100 only'] : []),
  ].join(' · ');
}

/**
 * Cover, top movers, one slide per hashtag, "What changed this week" when the week's history is
 * there, summary. The history slide comes after the hashtags so that their slide numbers (`slide=4`
 * in a shared link) are the same whether or not a server has history.
 */
export function buildSlides(
  filters: DeckFilters,
  entries: readonly DeckEntry[],
  weekChanges?: HistoryChanges,
): Slide[] {
  return [
    { kind: 'cover', title: `Hashtag trends in ${countryName(filters.country)}` },
    { kind: 'movers', title: 'Top movers' },
    ...entries.map((entry, i): Slide => ({ kind: 'hashtag', title: `#${entry.name}`, entry, position: i + 1 })),
    ...(weekChanges ? [{ kind: 'changes', title: 'What changed this week', changes: weekChanges } as const] : []),
    { kind: 'summary', title: 'Summary' },
  ];
}

/** "Slide 3 of 12: #name": the slide's accessible name and what the live region announces. */
export function slideLabel(slide: Slide, index: number, total: number): string {
  return `Slide ${index + 1} of ${total}: ${slide.title}`;
}

/** Where an entry stands in the list; undefined when the list is unknown (it failed to load). */
export function standingOf(entry: DeckEntry, listLoaded: boolean): RankStanding | undefined {
  if (!listLoaded) return undefined;
  if (!entry.item) return { listed: false };
  return { listed: true, diffType: entry.item.rank_diff_type, diff: entry.item.rank_diff };
}

export interface Movers {
  /** Up the most places first (ties by rank). */
  climbers: HashtagListItem[];
  /** New to the top 100, best rank first. */
  newEntries: HashtagListItem[];
}

export function topMovers(list: readonly HashtagListItem[], count = 5): Movers {
  const climbers = list
    .filter((i) => i.rank_diff_type === RANK_DIFF.up && (i.rank_diff ?? 0) !== 0)
    .sort((a, b) => Math.abs(b.rank_diff ?? 0) - Math.abs(a.rank_diff ?? 0) || a.rank - b.rank)
    .slice(0, count);
  const newEntries = list
    .filter((i) => i.rank_diff_type === RANK_DIFF.new)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, count);
  return { climbers, newEntries };
}

/** "Data as of": the one rule the deck, chart PNGs and printouts share. */
export { latestPointTime } from '../../lib/data-as-of';
