/**
 * Plain data shapes shared by the charts, their table twins, PNG export and (later) CSV export.
 * Everything here is serialisable: no React, no DOM.
 */

/** One point of a popularity curve: unix seconds at 00:00 UTC, value 0..1 (peak = 1). */
export interface TrendDatum {
  time: number;
  value: number;
}

/** One named curve; several make a comparison chart. */
export interface TrendSeries {
  id: string;
  label: string;
  points: readonly TrendDatum[];
}

/** One bar: a category and its number. `icon` is decoration (a flag), never the only label. */
export interface BarDatum {
  id: string;
  label: string;
  value: number;
  icon?: string;
}

export type TableCell = string | number;

/** A chart's numbers as a table: what the "Show table" view renders and what CSV export writes. */
export interface TableData {
  columns: string[];
  rows: TableCell[][];
}

/** Popularity on the 0..100 scale people read (the API sends 0..1); one decimal at most. */
export function popularityScore(value: number): number {
  return Math.round(value * 1000) / 10;
}

/** Dates as rows, one column per series, popularity 0..100. */
export function trendTable(series: readonly TrendSeries[], formatTime: (unixSeconds: number) => string): TableData {
  const times = [...new Set(series.flatMap((s) => s.points.map((p) => p.time)))].sort((a, b) => a - b);
  const byTime = series.map((s) => new Map(s.points.map((p) => [p.time, p.value])));
  return {
    columns: ['Date', ...series.map((s) => (series.length === 1 ? 'Popularity (0–100)' : `${s.label} (0–100)`))],
    rows: times.map((t) => [
      formatTime(t),
      ...byTime.map((m) => {
        const v = m.get(t);
        return v === undefined ? '' : popularityScore(v);
      }),
    ]),
  };
}

export function barTable(bars: readonly BarDatum[], categoryColumn: string, valueColumn: string): TableData {
  return { columns: [categoryColumn, valueColumn], rows: bars.map((b) => [b.label, b.value]) };
}
