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

/**
 * The explorer's subtitle: "Top 100 in United States, all industries, last 7 days". The server writes
 * it into the page shell before the app has loaded (server/pages/route-shell.ts), so both read it here.
 */
export function explorerSubtitle(filters: ListFilters): string {
  return `Top 100 in ${listPlace(filters)}${filters.newOnly ? ' · new to the top 100 only' : ''}`;
}
