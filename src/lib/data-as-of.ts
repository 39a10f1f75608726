import { APP_LOCALE, formatDate } from './format';

/**
 * One "data as of" for every export (chart PNG, printout, deck): the latest day of the curves shown,
 * the day the data describes, never the clock. When the export was made is said apart from it
 * ("downloaded …", "printed …"): data fetched today may well end a week ago.
 */

/** The latest point time (unix seconds, 00:00 UTC) of `curves`; undefined without points. */
export function latestPointTime<Point extends { time: number }>(
  curves: readonly (readonly Point[])[],
): number | undefined {
  let latest: number | undefined;
  for (const curve of curves)
    for (const p of curve) if (Number.isFinite(p.time) && (latest === undefined || p.time > latest)) latest = p.time;
  return latest;
}

/** The "data as of" day, e.g. "Nov 23, 2026" (en-US). */
export function formatDataAsOf(unixSeconds: number, locale?: string): string {
  return formatDate(unixSeconds, locale);
}

/**
 * "data as of Nov 23, 2026 · printed Dec 2, 2026": the data's day (when known, a UTC day like every
 * trend point), then the reader's own day when the export was made (`at`, epoch ms).
 */
export function exportDatesText(
  dataAsOf: number | undefined,
  made: 'printed' | 'downloaded',
  at: number | undefined,
  locale?: string,
): string {
  return [
    ...(dataAsOf !== undefined ? [`data as of ${formatDataAsOf(dataAsOf, locale)}`] : []),
    // the reader's day: known in the browser only (undefined while the server's page is hydrated)
    ...(at !== undefined
      ? [
          `${made} ${new Date(at).toLocaleDateString(locale ?? APP_LOCALE, { day: 'numeric', month: 'short', year: 'numeric' })}`,
        ]
      : []),
  ].join(' · ');
}
