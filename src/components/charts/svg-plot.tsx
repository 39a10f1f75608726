import { curveLinear, curveMonotoneX, line } from 'd3-shape';
import type { ReactNode } from 'react';
import { AXIS_TEXT, GRID_COLOR, SERIES_DASHES, seriesColor } from './chart-colors';
import { X_LABEL_GAP, Y_LABEL_GAP, type PlotMargin } from './plot-layout';
import { timeTicks, type Row } from './trend-rows';

/**
 * The pieces of a chart drawn as plain SVG with the page (on the server and at hydration, no chart
 * library): the plot box is the `<svg>`, its margins are the padding around it, and everything in it
 * is placed in percentages of the box, so it fits any width (phone, slide, paper) without measuring.
 * Labels sit in the margins (the svg's overflow is visible).
 */

/** How every axis label is written (the deck restyles `.chart-text`). */
export const AXIS_LABEL = { className: 'chart-text', fill: AXIS_TEXT, fontSize: 12 } as const;

/** A fraction of the plot's width or height as an SVG length. */
export const pct = (fraction: number) => `${+(fraction * 100).toFixed(3)}%`;

/** Units of the curves' own coordinate box, stretched over the plot (see {@link Curves}). */
const CURVE_UNITS = 1000;

export interface SvgPlotProps {
  margin: PlotMargin;
  ariaLabel: string;
  children: ReactNode;
  /** Drawn under the plot, inside the chart's box (the legend). */
  below?: ReactNode;
}

/**
 * The chart's box: the plot `<svg>` inside its margins, and `below` under it. The svg says its
 * margins (`data-margin`), so a PNG of it can include the labels drawn there.
 */
export function SvgPlot({ margin, ariaLabel, children, below }: SvgPlotProps) {
  const { top, right, bottom, left } = margin;
  return (
    <div className="flex h-full w-full flex-col" data-chart-box="">
      <div
        className="@container min-h-0 flex-1"
        style={{ paddingTop: top, paddingRight: right, paddingBottom: bottom, paddingLeft: left }}
      >
        <svg
          className="chart-static block h-full w-full overflow-visible"
          role="img"
          aria-label={ariaLabel}
          // a tab stop, as recharts' chart is: focusing it brings the tooltip (lazy-charts.tsx)
          tabIndex={0}
          data-margin={`${top} ${right} ${bottom} ${left}`}
        >
          {children}
        </svg>
      </div>
      {below}
    </div>
  );
}

/** Horizontal lines at the value ticks, with their labels left of the plot; `at` is each one's height (0 top, 1 bottom). */
export function ValueLines({
  ticks,
  at,
  text,
  labels = true,
}: {
  ticks: readonly number[];
  at: (tick: number) => number;
  text: (tick: number) => string;
  labels?: boolean;
}) {
  return (
    <g className="chart-value-axis">
      {ticks.map((tick) => (
        <line key={`l${tick}`} x1="0" x2="100%" y1={pct(at(tick))} y2={pct(at(tick))} stroke={GRID_COLOR} />
      ))}
      {labels &&
        ticks.map((tick) => (
          <text {...AXIS_LABEL} key={`t${tick}`} x={-Y_LABEL_GAP} y={pct(at(tick))} dy="0.355em" textAnchor="end">
            {text(tick)}
          </text>
        ))}
    </g>
  );
}

/** The bottom axis line. */
export function AxisLine() {
  return <line x1="0" x2="100%" y1="100%" y2="100%" stroke={GRID_COLOR} />;
}

/** The date label sets for each range of plot widths (a CSS container query shows one). Literal, for Tailwind. */
const DATE_LABEL_SETS = [
  { most: 2, className: '@min-[128px]:hidden' },
  { most: 3, className: 'hidden @min-[128px]:inline @min-[192px]:hidden' },
  { most: 4, className: 'hidden @min-[192px]:inline @min-[256px]:hidden' },
  { most: 5, className: 'hidden @min-[256px]:inline @min-[320px]:hidden' },
  { most: 6, className: 'hidden @min-[320px]:inline @min-[384px]:hidden' },
  { most: 7, className: 'hidden @min-[384px]:inline' },
] as const;

/**
 * The dates along the bottom: as many as fit the plot's width, chosen as recharts' chart chooses them
 * (timeTicks with `datesThatFit` of plot-layout.ts); one set per width range, the plot's width picks the set.
 */
export function DateLabels({ rows, text }: { rows: readonly Row[]; text: (time: number) => string }) {
  const index = new Map(rows.map((row, i) => [row.time, i]));
  return (
    <g className="chart-date-axis" transform={`translate(0 ${X_LABEL_GAP})`}>
      {DATE_LABEL_SETS.map(({ most, className }) => (
        <g key={most} className={className}>
          {timeTicks(rows, most).map((time) => (
            <text
              {...AXIS_LABEL}
              key={time}
              x={pct(rowX(index.get(time) ?? 0, rows.length))}
              y="100%"
              dy="0.71em"
              textAnchor="middle"
            >
              {text(time)}
            </text>
          ))}
        </g>
      ))}
    </g>
  );
}

/** Where row `i` of `n` sits across the plot: the first at the left edge, the last at the right (one: the middle). */
export const rowX = (i: number, n: number) => (n <= 1 ? 0.5 : i / (n - 1));

export interface CurveProps {
  /** [x, y] as fractions of the plot (y 0 = top); null = no value that day (a gap, or joined over). */
  points: readonly ([number, number] | null)[];
  styleIndex: number;
  /** 'monotone' (a smooth curve through the points) or 'linear'. */
  shape: 'monotone' | 'linear';
  /** Join the points either side of a missing day (true), or leave a gap. */
  joinGaps: boolean;
}

/** The curves, in a coordinate box stretched over the plot; their strokes keep their width (non-scaling). */
export function Curves({ children }: { children: ReactNode }) {
  return (
    <svg
      width="100%"
      height="100%"
      viewBox={`0 0 ${CURVE_UNITS} ${CURVE_UNITS}`}
      preserveAspectRatio="none"
      overflow="visible"
    >
      {children}
    </svg>
  );
}

/** One series' line (inside {@link Curves}). */
export function Curve({ points, styleIndex, shape, joinGaps }: CurveProps) {
  const drawn = joinGaps ? points.filter((p) => p !== null) : points;
  const path = line<[number, number] | null>()
    .defined((p) => p !== null)
    .x((p) => p![0] * CURVE_UNITS)
    .y((p) => p![1] * CURVE_UNITS)
    .curve(shape === 'monotone' ? curveMonotoneX : curveLinear)(drawn);
  return (
    <path
      className="chart-line"
      d={path ?? ''}
      fill="none"
      stroke={seriesColor(styleIndex)}
      strokeWidth={2.5}
      strokeDasharray={SERIES_DASHES[styleIndex % SERIES_DASHES.length]}
      vectorEffect="non-scaling-stroke"
    />
  );
}

/** Dots on a series' days (when there are few of them). */
export function Dots({
  points,
  r,
  styleIndex,
}: {
  points: readonly ([number, number] | null)[];
  r: number;
  styleIndex: number;
}) {
  return (
    <g>
      {points.map((p, i) =>
        p ? <circle key={i} cx={pct(p[0])} cy={pct(p[1])} r={r} fill={seriesColor(styleIndex)} /> : null,
      )}
    </g>
  );
}
