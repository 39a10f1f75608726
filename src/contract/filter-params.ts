import { z } from 'zod/mini';
import {
  DEFAULT_COUNTRY,
  INDUSTRIES,
  DEFAULT_PERIOD,
  PERIODS,
  countryName,
  industryLabel,
  isKnownCountry,
  periodLabel,
  type Period,
} from './constants';

/**
 * URL parameters shared by every view that shows one country and period (explorer, hashtag detail,
 * compare): one zod schema per parameter, one fallback rule, one message format.
 */

/** A query parameter that was present but not understood; the view fell back to its default. */
export interface ParamProblem {
  /** The URL key, e.g. "country". */
  param: string;
  /** The raw value as found in the URL. */
  value: string;
  /** Plain words for a notice: "Unknown country “XX”: showing United States". */
  message: string;
}

/** The country and period a view is scoped to. */
export interface TrendScope {
  country: string;
  period: Period;
}

export const DEFAULT_SCOPE: TrendScope = { country: DEFAULT_COUNTRY, period: DEFAULT_PERIOD };

/** Long garbage values are shortened in messages; the URL itself is left as is. */
export function quoteValue(raw: string): string {
  const shown = raw.length > 40 ? `${raw.slice(0, 39)}…` : raw;
  return `“${shown}”`;
}

/**
 * Reads one parameter with `schema`. Absent or empty → `fallback` silently; present but invalid →
 * `fallback` plus a problem whose message is "Unknown <label> “value”: showing <fallbackLabel>".
 */
export function readParam<T>(
  search: URLSearchParams,
  param: string,
  schema: z.ZodMiniType<T, string>,
  fallback: T,
  words: { label: string; fallbackLabel: string; message?: (quoted: string) => string },
  problems: ParamProblem[],
): T {
  const raw = search.get(param);
  if (raw === null || raw === '') return fallback;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const quoted = quoteValue(raw);
  const message = words.message?.(quoted) ?? `Unknown ${words.label} ${quoted}: showing ${words.fallbackLabel}`;
  problems.push({ param, value: raw, message });
  return fallback;
}

// URL schemas use zod/mini: the explorer's first load carries every byte of them.

/** A URL value spelled exactly as one of `values`, mapped by `to` ("7" → 7). */
export function oneOfParam<T>(values: readonly string[], to: (value: string) => T, message: string) {
  return z.pipe(z.string().check(z.refine((v) => values.includes(v), message)), z.transform(to));
}

/** A URL value matching `pattern`, mapped by `to`. */
export function patternParam<T>(pattern: RegExp, to: (value: string) => T) {
  return z.pipe(z.string().check(z.regex(pattern)), z.transform(to));
}

/** "us", " GB " → "US"/"GB"; only the 71 countries of the filter list are accepted. */
export const countryParamSchema = z
  .pipe(
    z.string(),
    z.transform((v) => v.trim().toUpperCase()),
  )
  .check(z.refine(isKnownCountry, 'unknown country'));

/** "7" | "30" | "120" exactly; "07" or "7.0" are not a period. */
export const periodParamSchema = oneOfParam(PERIODS.map(String), (v) => Number(v) as Period, 'unknown period');

/** One of the 18 industry ids. */
export const industryParamSchema = oneOfParam(
  INDUSTRIES.map((i) => i.id),
  (v) => v,
  'unknown industry',
);

/** `1` on, `0` off (a flag such as `new=1`). */
export const flagParamSchema = oneOfParam(['1', '0'], (v) => v === '1', 'expected 1 or 0');

/** A whole number from 1 ("03", "2.0" and "-1" are not). */
export const positiveIntParamSchema = patternParam(/^[1-9]\d{0,5}$/, Number);

/** Whether `text` is a real calendar day written `YYYY-MM-DD` ("2026-02-30" is not). */
export function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * `since=2026-11-16`: the explorer's "Changes since", a UTC calendar day, written as the history API
 * takes it (`GET /api/history/changes?since=`) and as alert posts link to it (server/alerts).
 *
 * A date, not a relative key such as `since=7d`: a link must show the same changes to everyone who
 * opens it, on any day. "7d" would compare with a different ranking every day the link is opened
 * (and on either side of midnight UTC for two colleagues at once); a date always compares with the
 * same recorded ranking. The control offers yesterday / last week / last month and writes the day
 * each one means when it is chosen. What it is compared WITH is the latest recorded ranking (the
 * API has no end date), so a link opened after the next collection shows the same start, newer end.
 */
export const sinceParamSchema = z.string().check(z.refine(isCalendarDay, 'expected a day as YYYY-MM-DD'));

export function parseScope(search: URLSearchParams, problems: ParamProblem[] = []): TrendScope {
  return {
    country: readParam(
      search,
      'country',
      countryParamSchema,
      DEFAULT_SCOPE.country,
      {
        label: 'country',
        fallbackLabel: countryName(DEFAULT_SCOPE.country),
      },
      problems,
    ),
    period: readParam(
      search,
      'period',
      periodParamSchema,
      DEFAULT_SCOPE.period,
      {
        label: 'period',
        fallbackLabel: periodLabel(DEFAULT_SCOPE.period),
      },
      problems,
    ),
  };
}

/** Writes country and period into `search`, leaving defaults out so links stay short. */
export function writeScope(search: URLSearchParams, scope: TrendScope): URLSearchParams {
  search.delete('country');
  search.delete('period');
  if (scope.country !== DEFAULT_SCOPE.country) search.set('country', scope.country);
  if (scope.period !== DEFAULT_SCOPE.period) search.set('period', String(scope.period));
  return search;
}

/** The list filtered like a detail page: `/`, `/?country=GB&period=30`. */
export function listHref(scope: TrendScope): string {
  const qs = writeScope(new URLSearchParams(), scope).toString();
  return `/${qs ? `?${qs}` : ''}`;
}

/** What selects a ranked list beyond country and period: the industry and "new to top 100". */
export interface ListFilters extends TrendScope {
  /** 11-digit industry id; undefined = all industries. */
  industry: string | undefined;
  newOnly: boolean;
}

/** `country`, `period`, `industry` and `new` as the explorer and the deck read them. */
export function parseListFilters(search: URLSearchParams, problems: ParamProblem[] = []): ListFilters {
  const scope = parseScope(search, problems);
  const industry = readParam<string | undefined>(
    search,
    'industry',
    industryParamSchema,
    undefined,
    { label: 'industry', fallbackLabel: 'all industries' },
    problems,
  );
  const newOnly = readParam(
    search,
    'new',
    flagParamSchema,
    false,
    {
      label: 'new',
      fallbackLabel: 'all hashtags',
      message: (v) => `Unknown value ${v} for “New to top 100”: showing all hashtags`,
    },
    problems,
  );
  return { ...scope, industry, newOnly };
}

/** "United States, all industries, last 7 days": the scope of a ranked list, in words. */
export function listPlace({ country, industry, period }: Pick<ListFilters, 'country' | 'industry' | 'period'>): string {
  return `${countryName(country)}, ${industryLabel(industry).toLowerCase()}, last ${periodLabel(period)}`;
}

/** The explorer's subtitle: "Top 100 in United States, all industries, last 7 days". */
export function explorerSubtitle(filters: ListFilters): string {
  return `Top 100 in ${listPlace(filters)}${filters.newOnly ? ' · new to the top 100 only' : ''}`;
}
