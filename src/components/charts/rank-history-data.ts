import { formatDay } from '../../lib/format';
import { formatHistoryDay } from '../../lib/history-days';
import type { TableData } from './chart-data';
import { niceTicks } from './chart-data';

/**
 * A hashtag's rank per recorded day, for the "Rank history" chart, its table twin and its summary.
 * Plain data, no React (like chart-data.ts).
 */

/** One recorded day: unix seconds at 00:00 UTC, and the rank that day; null = recorded, not in the top 100. */
export interface RankPoint {
  time: number;
  rank: number | null;
}

/** One row drawn: a day without `rank` is a gap in the line (recharts breaks a line at a missing value). */
export type RankRow = { time: number; rank?: number };

export function rankRows(points: readonly RankPoint[]): RankRow[] {
  return [...points]
    .sort((a, b) => a.time - b.time)
    .map((p) => (p.rank === null ? { time: p.time } : { time: p.time, rank: p.rank }));
}

/**
 * Rank axis ticks, best (1) first: 1 and round steps down to the worst rank shown, so a hashtag that
 * moves between 3 and 12 is not flattened against an axis down to 100. The axis is drawn reversed.
 */
export function rankTicks(points: readonly RankPoint[]): number[] {
  const worst = Math.max(1, ...points.map((p) => p.rank ?? 1));
  return [1, ...niceTicks(Math.max(5, Math.min(100, worst))).filter((t) => t > 1 && Number.isInteger(t))];
}

/** The words a gap stands for, in the table, the CSV and the tooltip. */
export const OUT_OF_TOP = 'Not in top 100';

export function rankTable(points: readonly RankPoint[], formatTime: (unixSeconds: number) => string): TableData {
  return {
    columns: ['Date', 'Rank'],
    rows: rankRows(points).map((row) => [formatTime(row.time), row.rank ?? OUT_OF_TOP]),
  };
}

/**
 * "Recorded since Oct 25, 2026. Best rank 28 on Nov 21; rank 30 on Nov 23, the latest day. Out of
 * the top 100 on 3 of 30 days." Says when the record starts, the best and the latest rank, and how
 * often it was out of the top 100.
 */
export function rankSummary(points: readonly RankPoint[], recordedSince: string, locale?: string): string {
  const since = `Recorded since ${formatHistoryDay(recordedSince, locale)}.`;
  const rows = rankRows(points);
  const ranked = rows.filter((r): r is Required<RankRow> => r.rank !== undefined);
  const last = rows[rows.length - 1];
  if (!last || ranked.length === 0) return since;
  const best = ranked.reduce((a, b) => (b.rank <= a.rank ? b : a));
  const latest =
    last.rank === undefined
      ? `not in the top 100 on ${formatDay(last.time, locale)}, the latest day`
      : `rank ${last.rank} on ${formatDay(last.time, locale)}, the latest day`;
  const gaps = rows.length - ranked.length;
  const out = gaps > 0 ? ` Out of the top 100 on ${gaps} of ${rows.length} days.` : '';
  const bestText =
    best.time === last.time
      ? `Best rank ${best.rank}, on the latest day`
      : `Best rank ${best.rank} on ${formatDay(best.time, locale)}; ${latest}`;
  return `${since} ${bestText}.${out}`;
}
