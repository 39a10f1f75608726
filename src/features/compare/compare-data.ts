import { ageLabel, periodLabel, type Period } from '../../contract/constants';
import type { HashtagDetail } from '../../contract/schemas';
import { formatCompact, formatDate, formatDay } from '../../lib/format';
import type { TableData, TableCell, TrendDatum, TrendSeries } from '../../components/charts/chart-data';
import { findPeak, trendSummary } from '../../components/charts/chart-summary';
import { ageBars } from '../../components/charts/audience-data';

const DAY = 86_400;

/** Days between consecutive points: 1 for the 7- and 30-day curves, 7 for the weekly 120-day one. */
export function pointSpacingDays(points: readonly TrendDatum[]): number {
  const times = points.map((p) => p.time).sort((a, b) => a - b);
  const gaps = times
    .slice(1)
    .map((t, i) => t - times[i]!)
    .sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)];
  return median === undefined ? 1 : Math.max(1, Math.round(median / DAY));
}

/**
 * Estimated posts per day: each point's share of the curve's total times the period's posts
 * (value_i / Σvalues × publish_cnt), divided by the days a point covers so weekly points read as
 * a daily average. A flat-zero curve or no posts gives zeros, never NaN.
 */
export function estimatePostsPerDay(points: readonly TrendDatum[], posts: number): TrendDatum[] {
  const sum = points.reduce((total, p) => total + p.value, 0);
  if (!(sum > 0) || !(posts > 0)) return points.map((p) => ({ time: p.time, value: 0 }));
  const days = pointSpacingDays(points);
  return points.map((p) => ({ time: p.time, value: ((p.value / sum) * posts) / days }));
}

/** How far below its peak a curve ends, 0..100 (100 = the latest point is the peak). */
export function nowPercentOfPeak(points: readonly TrendDatum[]): number | undefined {
  const sorted = [...points].sort((a, b) => a.time - b.time);
  const peak = findPeak(sorted);
  const last = sorted[sorted.length - 1];
  if (!peak || !last || !(peak.value > 0)) return undefined;
  return Math.round((last.value / peak.value) * 100);
}

export const ESTIMATE_NOTE = "Estimate: each curve's share of the period's posts.";

/** The figure's one-sentence summary in either scale. */
export function compareSummary(series: readonly TrendSeries[], mode: 'relative' | 'posts', locale?: string): string {
  if (series.length === 0) return 'No popularity data yet.';
  if (mode === 'posts') {
    const latest = series.map((s) => {
      const last = [...s.points].sort((a, b) => a.time - b.time).at(-1);
      return `${s.label} ≈ ${formatCompact(Math.round(last?.value ?? 0))}`;
    });
    const weekly = series.some((s) => pointSpacingDays(s.points) > 1)
      ? ' Weekly points are shown as a daily average.'
      : '';
    return `${ESTIMATE_NOTE}${weekly} Latest posts per day: ${latest.join(', ')}.`;
  }
  if (series.length === 1) return `${series[0]!.label}: ${trendSummary(series[0]!.points, locale)}`;
  const parts = series.map((s) => {
    const peak = findPeak(s.points);
    const now = nowPercentOfPeak(s.points);
    if (!peak) return `${s.label} has no data`;
    return `${s.label} peaked on ${formatDay(peak.time, locale)}${now === undefined ? '' : `, now ${now}% of peak`}`;
  });
  return `Each curve on its own scale (peak = 100): ${parts.join('; ')}.`;
}

export interface LoadedHashtag {
  name: string;
  detail: HashtagDetail;
}

const NO_DATA = 'No data';
const AGE_LEVELS = [3, 4, 5];

/**
 * The side-by-side table: one column per hashtag, rows for the headline figures (exact counts),
 * the peak, where the curve is now, and the audience age shares.
 */
export function headlineTable(hashtags: readonly LoadedHashtag[], period: Period, locale?: string): TableData {
  const inPeriod = `last ${periodLabel(period)}`;
  const row = (label: string, cell: (detail: HashtagDetail) => TableCell | undefined): TableCell[] => [
    label,
    ...hashtags.map(({ detail }) => cell(detail) ?? NO_DATA),
  ];
  const ageRows = () => {
    const bars = hashtags.map(({ detail }) => ageBars(detail));
    const levels = [...new Set([...AGE_LEVELS, ...bars.flat().map((b) => Number(b.id))])].sort((a, b) => a - b);
    return levels.map((level) => {
      return [
        `Audience ${ageLabel(level)}`,
        ...bars.map((list) => {
          const bar = list.find((b) => b.id === String(level));
          return bar ? `${bar.value}%` : NO_DATA;
        }),
      ];
    });
  };
  return {
    columns: ['Figure', ...hashtags.map((h) => `#${h.name}`)],
    rows: [
      row(`Posts, ${inPeriod}`, (d) => d.publish_cnt),
      row(`Views, ${inPeriod}`, (d) => d.video_views),
      row('Posts, all time', (d) => d.publish_cnt_all),
      row('Views, all time', (d) => d.video_views_all),
      row('Peak date', (d) => {
        const peak = findPeak(d.trend);
        return peak ? formatDate(peak.time, locale) : undefined;
      }),
      row('Now, % of peak', (d) => {
        const now = nowPercentOfPeak(d.trend);
        return now === undefined ? undefined : `${now}%`;
      }),
      ...ageRows(),
    ],
  };
}
