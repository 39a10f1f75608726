import { formatCompact } from '../contract/format-number';

const exact = new Intl.NumberFormat('en');

export { formatCompact };

/** 184257600 -> "184,257,600". */
export function formatExact(n: number): string {
  return exact.format(n);
}

export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/**
 * The locale dates are written in when none is given: the app's one language. Fixed rather than the
 * browser's, since the server renders every page first and the browser's first render must write the
 * same text (a UK reader's "6 Mar" against the server's "Mar 6" would be a hydration mismatch).
 */
export const APP_LOCALE = 'en-US';

/**
 * One Intl.DateTimeFormat per (format, locale), made on first use: constructing one is slow enough to
 * add up when a chart, its table and its summary format thousands of points.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(
  name: string,
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${name}|${locale ?? ''}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale ?? APP_LOCALE, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** Unix seconds (00:00 UTC) -> "Mar 6" ({@link APP_LOCALE} unless given); UTC so the day never shifts. */
export function formatDay(unixSeconds: number, locale?: string): string {
  return dateFormat('day', locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(unixSeconds * 1000);
}

export function formatDate(unixSeconds: number, locale?: string): string {
  return dateFormat('date', locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    unixSeconds * 1000,
  );
}

/** Clock time of a fetch, e.g. "14:02", in the reader's time zone (or `timeZone`). */
export function formatClock(epochMs: number, locale?: string, timeZone?: string): string {
  return dateFormat(`clock${timeZone ?? ''}`, locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(epochMs);
}
