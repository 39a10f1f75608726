/**
 * A visit time (epoch ms, the user's clock) as "12 Nov" in the user's locale and time zone, with the
 * year when it is not this year. Unlike lib/format's formatDay (UTC days of the data), this is local.
 */
export function formatVisitDate(epochMs: number, now: number = Date.now(), locale?: string): string {
  const sameYear = new Date(epochMs).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(epochMs);
}
