import { COUNTRIES, INDUSTRIES } from './filter-options';

export { COUNTRIES, INDUSTRIES };
export type { Country, Industry } from './filter-options';

/** Periods the API accepts, in days. One list drives validation, menus and labels. */
export const PERIODS = [7, 30, 120] as const;
export type Period = (typeof PERIODS)[number];
export const DEFAULT_PERIOD: Period = 7;

export const PAGE_SIZES = [20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 20;

export const DEFAULT_COUNTRY = 'US';
/** The chart is a top 100: `pagination.total` never exceeds it. */
export const CHART_SIZE = 100;

/** Compare shows at most this many hashtags side by side. */
export const COMPARE_MAX = 5;
/** How many of the top hashtags get a slide when a deck names none (`tags`). */
export const DEFAULT_DECK_SIZE = 10;
/** At most this many hand-picked hashtags: beyond it a deck stops being a presentation. */
export const MAX_DECK_TAGS = 20;

export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/;
export const INDUSTRY_ID_PATTERN = /^\d{11}$/;

const countryNames = new Map(COUNTRIES.map((c) => [c.code, c.name]));
const industryNames = new Map(INDUSTRIES.map((i) => [i.id, i.name]));

export function countryName(code: string): string {
  return countryNames.get(code) ?? code;
}
export function isKnownCountry(code: string): boolean {
  return countryNames.has(code);
}
export function industryName(id: string): string | undefined {
  return industryNames.get(id);
}
/** "All industries" or the industry's name (the id itself for one we do not know). */
export function industryLabel(id: string | undefined): string {
  return id ? (industryName(id) ?? id) : 'All industries';
}

/** Regional-indicator flag emoji for an ISO-2 code ("US" -> 🇺🇸); empty for anything else. */
export function countryFlag(code: string): string {
  if (!COUNTRY_CODE_PATTERN.test(code)) return '';
  return String.fromCodePoint(...[...code].map((ch) => 0x1f1e6 + ch.charCodeAt(0) - 65));
}

/** Audience age levels seen in real data (scores sum to 100). */
const AGE_LABELS: Record<number, string> = { 3: '18–24', 4: '25–34', 5: '35+' };
export function ageLabel(level: number): string {
  return AGE_LABELS[level] ?? `Age group ${level}`;
}

/** `rank_diff_type` values. Anything else means "show no indicator". */
export const RANK_DIFF = { up: 1, same: 2, down: 3, new: 4 } as const;

/**
 * What `rank_diff_type`/`rank_diff` mean in words ("up 3", "down 2", "no change", "new");
 * undefined = no indicator (an unknown type). Shared by the list's screen-reader text, its CSV export and the top-10 embed.
 */
export function rankChangeWords(type: number | undefined, diff: number | undefined): string | undefined {
  const by = diff !== undefined && diff > 0 ? ` ${diff}` : '';
  switch (type) {
    case RANK_DIFF.up:
      return `up${by}`;
    case RANK_DIFF.down:
      return `down${by}`;
    case RANK_DIFF.same:
      return 'no change';
    case RANK_DIFF.new:
      return 'new';
    default:
      return undefined;
  }
}

export function periodLabel(period: number): string {
  return `${period} days`;
}
