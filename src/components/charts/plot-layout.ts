import { formatCompact } from '../../lib/format';
import { niceTicks, popularityScore, type TrendSeries } from './chart-data';
import { thinRows, toRows, type Row } from './trend-rows';

/**
 * The geometry both drawings of a chart share: the SVG drawn with the page (svg-*-chart.tsx, on the
 * server and at hydration) and recharts' drawing that replaces it when a reader points at the chart
 * (trend-line-chart.tsx, bar-chart.tsx, rank-history-chart.tsx). Same margins, axes and ticks, so the
 * swap does not move the picture.
 */
export interface PlotMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** recharts' default height of a bottom axis, and where its labels start below the plot (tick size 6 + margin 2). */
export const X_AXIS_HEIGHT = 30;
export const X_LABEL_GAP = 8;
/** Where a left axis label ends, left of the plot (recharts' tick size 6 + margin 2, and 2 more of ours). */
export const Y_LABEL_GAP = 10;

export const TREND_MARGIN: PlotMargin = { top: 28, right: 24, bottom: 4, left: 0 };
export const RANK_MARGIN: PlotMargin = { top: 12, right: 24, bottom: 4, left: 0 };
export const RANK_AXIS_WIDTH = 36;
/** Above this many days the dots would crowd the rank line; below it they show single ranked days between gaps. */
export const MAX_DOTTED_DAYS = 90;

/** Columns (categories along the bottom) and rows of bars (long labels at the left). */
export const COLUMNS_MARGIN: PlotMargin = { top: 24, right: 8, bottom: 4, left: 8 };
export const ROWS_MARGIN: PlotMargin = { top: 4, right: 44, bottom: 4, left: 0 };
/** Share of a category's band left empty around its bar (recharts' `barCategoryGap`). */
export const COLUMNS_GAP = 0.28;
export const ROWS_GAP = 0.22;

/** Space kept per date label along the bottom ("Nov 23" is about 40 px at 12 px). */
export const PX_PER_DATE_LABEL = 64;

/** How many dates fit along a plot `plotWidth` px wide. */
export const datesThatFit = (plotWidth: number) => 1 + Math.floor(plotWidth / PX_PER_DATE_LABEL);

/** The value axis of a trend chart: what is drawn for a value, the axis' ticks (its top is the last). */
export interface ValueAxis {
  toY: (value: number) => number;
  ticks: number[];
  width: number;
  tickText: (value: number) => string;
}

export function trendValueAxis(
  series: readonly TrendSeries[],
  valueScale: 'popularity' | 'count',
  formatCount: (value: number) => string,
): ValueAxis {
  if (valueScale === 'popularity')
    return { toY: popularityScore, ticks: [0, 25, 50, 75, 100], width: 36, tickText: String };
  const toY = (v: number) => Math.round(v);
  return {
    toY,
    ticks: niceTicks(Math.max(0, ...series.flatMap((s) => s.points.map((p) => toY(p.value))))),
    width: 48,
    tickText: formatCount,
  };
}

/**
 * What both drawings of a trend chart draw: its value axis, how a value reads (default: the score,
 * or a compact number for counts) and the rows drawn.
 */
export function trendDrawing(
  series: readonly TrendSeries[],
  valueScale: 'popularity' | 'count',
  formatValue: ((value: number) => string) | undefined,
): { axis: ValueAxis; showValue: (value: number) => string; rows: Row[] } {
  const axis = trendValueAxis(series, valueScale, formatCompact);
  const showValue = formatValue ?? (valueScale === 'count' ? formatCompact : String);
  return { axis, showValue, rows: thinRows(toRows(series, axis.toY), series) };
}

/** Where a peak's label goes: inside the plot when the peak is the first or last date. */
export function peakLabelPosition(peakTime: number, times: readonly number[]): 'left' | 'right' | 'top' {
  return peakTime === times[0] ? 'right' : peakTime === times[times.length - 1] ? 'left' : 'top';
}

const MAX_LABEL_CHARS = 18;

/** A bar's category as written: its icon, if any, and its label. */
export function categoryText(bar: { label: string; icon?: string } | undefined): string {
  if (!bar) return '';
  return bar.icon ? `${bar.icon} ${bar.label}` : bar.label;
}

/** A long category label cut to fit the row charts' label column. */
export function truncateLabel(text: string): string {
  const chars = [...text];
  return chars.length > MAX_LABEL_CHARS ? `${chars.slice(0, MAX_LABEL_CHARS - 1).join('')}…` : text;
}
