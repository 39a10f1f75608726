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
  /**
   * Which colour and dash pattern to draw it with (default: its position). Lets a series keep its
   * look when another one before it is missing, e.g. while it loads or after an error.
   */
  styleIndex?: number;
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

export interface TrendTableOptions {
  /** Column unit, e.g. "posts per day, estimated"; default "0–100". */
  unit?: string;
  /** Column name when there is a single series; default "Popularity (0–100)". */
  singleColumn?: string;
  /** Cell value from a point's value; default {@link popularityScore}. */
  cell?: (value: number) => number;
}

/** Dates as rows, one column per series, popularity 0..100 (or whatever `options.cell` makes of it). */
export function trendTable(
  series: readonly TrendSeries[],
  formatTime: (unixSeconds: number) => string,
  { unit = '0–100', singleColumn = `Popularity (${unit})`, cell = popularityScore }: TrendTableOptions = {},
): TableData {
  const times = [...new Set(series.flatMap((s) => s.points.map((p) => p.time)))].sort((a, b) => a - b);
  const byTime = series.map((s) => new Map(s.points.map((p) => [p.time, p.value])));
  return {
    columns: ['Date', ...series.map((s) => (series.length === 1 ? singleColumn : `${s.label} (${unit})`))],
    rows: times.map((t) => [
      formatTime(t),
      ...byTime.map((m) => {
        const v = m.get(t);
        return v === undefined ? '' : cell(v);
      }),
    ]),
  };
}

export function barTable(bars: readonly BarDatum[], categoryColumn: string, valueColumn: string): TableData {
  return { columns: [categoryColumn, valueColumn], rows: bars.map((b) => [b.label, b.value]) };
}

/** 0 and four round steps (1, 2, 2.5 or 5 × 10^n) up to at least `max`: 0, 500, 1K, 1.5K, 2K. */
export function niceTicks(max: number, steps = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / steps;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const count = Math.ceil(max / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => Math.round(i * step * 1000) / 1000);
}
