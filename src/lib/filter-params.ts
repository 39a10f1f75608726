import { z } from 'zod';
import {
  DEFAULT_COUNTRY,
  DEFAULT_PERIOD,
  PERIODS,
  countryName,
  isKnownCountry,
  periodLabel,
  type Period,
} from '../contract/constants';

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
  schema: z.ZodType<T, string>,
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

/** "us", " GB " → "US"/"GB"; only the 71 countries of the filter list are accepted. */
export const countryParamSchema = z
  .string()
  .transform((v) => v.trim().toUpperCase())
  .refine(isKnownCountry, 'unknown country');

const PERIOD_VALUES: readonly string[] = PERIODS.map(String);
/** "7" | "30" | "120" exactly; "07" or "7.0" are not a period. */
export const periodParamSchema = z
  .string()
  .refine((v) => PERIOD_VALUES.includes(v), 'unknown period')
  .transform((v) => Number(v) as Period);

export function parseScope(search: URLSearchParams, problems: ParamProblem[] = []): TrendScope {
  return {
    country: readParam(search, 'country', countryParamSchema, DEFAULT_SCOPE.country, {
      label: 'country',
      fallbackLabel: countryName(DEFAULT_SCOPE.country),
    }, problems),
    period: readParam(search, 'period', periodParamSchema, DEFAULT_SCOPE.period, {
      label: 'period',
      fallbackLabel: periodLabel(DEFAULT_SCOPE.period),
    }, problems),
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
