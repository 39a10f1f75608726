import { formatDate } from './format';

/**
 * Days of the recorded history (src/contract/history.ts): UTC calendar days written `YYYY-MM-DD`,
 * as the server stores rankings and as `since=` is written in links.
 */

const DAY_MS = 86_400_000;

/** The UTC day of `epochMs`, e.g. "2026-11-23". */
export function utcDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** The UTC day `days` before the UTC day of `now` ("yesterday" is 1). */
export function daysBefore(days: number, now: number): string {
  return utcDay(now - days * DAY_MS);
}

/** A day as unix seconds at 00:00 UTC: the time unit of every chart point (charts/chart-data.ts). */
export function dayTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

/** "Nov 16, 2026" in the reader's locale (the day itself, never shifted by a time zone). */
export function formatHistoryDay(day: string, locale?: string): string {
  return formatDate(dayTime(day), locale);
}
