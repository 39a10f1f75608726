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
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** Unix seconds (00:00 UTC) -> "6 Mar" in the user's locale; UTC so the day never shifts. */
export function formatDay(unixSeconds: number, locale?: string): string {
  return dateFormat('day', locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(unixSeconds * 1000);
}

export function formatDate(unixSeconds: number, locale?: string): string {
  return dateFormat('date', locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    unixSeconds * 1000,
  );
}

/** Clock time of a fetch, e.g. "14:02". */
export function formatClock(epochMs: number, locale?: string): string {
  return dateFormat('clock', locale, { hour: '2-digit', minute: '2-digit' }).format(epochMs);
}
