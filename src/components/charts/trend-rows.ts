import { findPeak } from './chart-summary';
import type { TrendSeries } from './chart-data';

/** One date of a trend chart: its time and, per series id, the value drawn. */
export type Row = { time: number } & Record<string, number>;

/** One row per date across all series, in time order; `toY` turns a value into what is drawn. */
export function toRows(series: readonly TrendSeries[], toY: (value: number) => number): Row[] {
  const rows = new Map<number, Row>();
  for (const s of series) {
    for (const p of s.points) {
      const row = rows.get(p.time) ?? { time: p.time };
      row[s.id] = toY(p.value);
      rows.set(p.time, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.time - b.time);
}

/** Above this many dates, the curve is drawn from fewer of them (see {@link thinRows}). */
export const MAX_DRAWN_ROWS = 600;

/**
 * At most about {@link MAX_DRAWN_ROWS} rows for drawing: per bucket of consecutive dates, the lowest
 * and highest of each series, plus the first and last dates and every series' peak (the dot sits on
 * it). A plot is a few hundred pixels wide, so the shape stays; recharts' cost grows with the points,
 * seconds of blocked page for a hostile 10,000-point answer. Periods of 7–120 days never get here, and
 * the table (and CSV) keep every date.
 */
export function thinRows(rows: Row[], series: readonly TrendSeries[]): Row[] {
  if (rows.length <= MAX_DRAWN_ROWS) return rows;
  const keep = new Set<number>([0, rows.length - 1]);
  const peaks = new Set(series.map((s) => findPeak(s.points)?.time));
  rows.forEach((row, i) => peaks.has(row.time) && keep.add(i));
  const size = Math.ceil(rows.length / (MAX_DRAWN_ROWS / (2 * Math.max(1, series.length))));
  for (let start = 0; start < rows.length; start += size) {
    for (const s of series) {
      let low = -1;
      let high = -1;
      for (let i = start; i < Math.min(rows.length, start + size); i++) {
        const v = rows[i]![s.id];
        if (v === undefined) continue;
        if (low < 0 || v < rows[low]![s.id]!) low = i;
        if (high < 0 || v > rows[high]![s.id]!) high = i;
      }
      if (low >= 0) keep.add(low);
      if (high >= 0) keep.add(high);
    }
  }
  return [...keep].sort((a, b) => a - b).map((i) => rows[i]!);
}

/** Most date labels along the bottom; the last date is always one of them. */
const MAX_TIME_TICKS = 7;

/**
 * Dates to label, chosen here rather than by recharts: its automatic choice measures every label
 * in the DOM (a forced layout each) before drawing, tens of milliseconds per chart on a slow phone.
 * At most `most` of them (and never more than {@link MAX_TIME_TICKS}, never fewer than 2), evenly spaced.
 */
export function timeTicks(rows: readonly Row[], most = MAX_TIME_TICKS): number[] {
  const n = rows.length;
  const count = Math.max(2, Math.min(MAX_TIME_TICKS, most));
  const step = Math.max(1, Math.ceil((n - 1) / (count - 1)));
  const ticks: number[] = [];
  for (let i = n - 1; i >= 0; i -= step) ticks.unshift(rows[i]!.time);
  return ticks;
}
