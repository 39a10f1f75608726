import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate, formatDay } from '../../lib/format';
import type { TrendSeries } from './chart-data';
import { findPeak } from './chart-summary';
import { timeTicks } from './trend-rows';
import { TREND_MARGIN as MARGIN, datesThatFit, peakLabelPosition, trendDrawing } from './plot-layout';
import { ANIMATE, AXIS_TEXT, GRID_COLOR, SERIES_DASHES, SURFACE, VALUE_TEXT, seriesColor } from './chart-colors';
import { ChartFrame } from './chart-frame';
import { ChartTooltipBox } from './chart-tooltip';

export interface TrendLineChartProps {
  /** One series for a hashtag's curve; several for a comparison (a legend appears). */
  series: readonly TrendSeries[];
  /** Accessible name of the plot (the summary sentence works well). */
  ariaLabel: string;
  /** Mark each series' peak with a dot and its value (default: only with one series). */
  markPeak?: boolean;
  locale?: string;
  /**
   * 'popularity' (default): values are 0..1 and drawn as 0–100. 'count': values are drawn as they
   * are (e.g. estimated posts per day) on an axis that starts at 0 and fits the data.
   */
  valueScale?: 'popularity' | 'count';
  /** How a value reads in the tooltip and peak labels; default: the score, or a compact number for counts. */
  formatValue?: (value: number) => string;
  /** What the number is, for the single-series tooltip; default "Popularity". */
  valueName?: string;
}

/** What recharts hands a custom tick. */
export interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: number };
}

export function tickText({ x, y }: TickProps, text: string, anchor: 'middle' | 'end', dy: string) {
  return (
    <text x={Number(x)} y={Number(y)} dy={dy} textAnchor={anchor} fill={AXIS_TEXT} fontSize={12}>
      {text}
    </text>
  );
}

/**
 * The time axis of every line chart over days, as `<XAxis>` props: fewer dates on a narrow chart, so
 * their labels never run into each other. `plotWidth` is the chart's width less the value axis and margins.
 */
export function dateAxisProps(rows: Parameters<typeof timeTicks>[0], plotWidth: number, locale: string | undefined) {
  return {
    dataKey: 'time',
    ticks: timeTicks(rows, datesThatFit(plotWidth)),
    interval: 0,
    tick: (props: TickProps) => tickText(props, formatDay(props.payload?.value ?? 0, locale), 'middle', '0.71em'),
    stroke: GRID_COLOR,
    tickLine: false,
  } as const;
}

/** A value axis tick: the value's text, right-aligned just left of the axis. */
export const valueTick = (text: (value: number) => string) => (props: TickProps) =>
  tickText({ ...props, x: Number(props.x) - 2 }, text(props.payload?.value ?? 0), 'end', '0.355em');

/** Popularity (0–100) over time; dates in the user's locale; fills its parent's size (on paper, the page's width). */
export function TrendLineChart({
  series,
  ariaLabel,
  markPeak = series.length === 1,
  locale,
  valueScale = 'popularity',
  formatValue,
  valueName = 'Popularity',
}: TrendLineChartProps) {
  const { axis, showValue, rows } = trendDrawing(series, valueScale, formatValue);
  const { toY, ticks } = axis;
  const labels = new Map(series.map((s) => [s.id, s.label]));
  const yAxisWidth = axis.width;
  return (
    <ChartFrame>
      {({ width, height }) => (
        <LineChart width={width} height={height} data={rows} margin={MARGIN} aria-label={ariaLabel}>
          <CartesianGrid stroke={GRID_COLOR} vertical={false} />
          <XAxis {...dateAxisProps(rows, width - yAxisWidth - MARGIN.left - MARGIN.right, locale)} />
          <YAxis
            domain={[0, ticks[ticks.length - 1] || 1]}
            ticks={ticks}
            interval={0}
            tick={valueTick(axis.tickText)}
            stroke={GRID_COLOR}
            tickLine={false}
            axisLine={false}
            width={yAxisWidth}
          />
          <Tooltip
            cursor={{ stroke: AXIS_TEXT, strokeDasharray: '3 3' }}
            isAnimationActive={ANIMATE}
            content={({ active, payload, label }) =>
              active && payload && payload.length > 0 ? (
                <ChartTooltipBox title={formatDate(Number(label), locale)}>
                  {payload.map((item) => (
                    <p key={String(item.dataKey)}>
                      {series.length > 1 ? `${labels.get(String(item.dataKey)) ?? ''}: ` : `${valueName}: `}
                      <strong>{showValue(Number(item.value))}</strong>
                    </p>
                  ))}
                </ChartTooltipBox>
              ) : null
            }
          />
          {series.length > 1 && (
            <Legend
              wrapperStyle={{ color: VALUE_TEXT, fontSize: 13 }}
              // in the order the series were given (recharts sorts by name by default)
              itemSorter={(item) => series.findIndex((s) => s.id === item.dataKey)}
            />
          )}
          {series.map((s, order) => {
            const i = s.styleIndex ?? order;
            return (
              <Line
                key={s.id}
                dataKey={s.id}
                name={s.label}
                type="monotone"
                stroke={seriesColor(i)}
                strokeWidth={2.5}
                strokeDasharray={SERIES_DASHES[i % SERIES_DASHES.length]}
                dot={s.points.length <= 2 ? { r: 4, fill: seriesColor(i), strokeWidth: 0 } : false}
                activeDot={{ r: 5, stroke: SURFACE, strokeWidth: 2 }}
                isAnimationActive={ANIMATE}
                connectNulls
                // the legend swatch repeats the dash pattern, so the legend never relies on colour alone
                legendType="plainline"
              />
            );
          })}
          {markPeak &&
            series.map((s, order) => {
              const i = s.styleIndex ?? order;
              const peak = findPeak(s.points);
              if (!peak) return null;
              const position = peakLabelPosition(
                peak.time,
                rows.map((r) => r.time),
              );
              return (
                <ReferenceDot
                  key={`peak-${s.id}`}
                  x={peak.time}
                  y={toY(peak.value)}
                  r={6}
                  fill={seriesColor(i)}
                  stroke={SURFACE}
                  strokeWidth={2}
                  label={{
                    value: `Peak ${showValue(toY(peak.value))}`,
                    position,
                    fill: VALUE_TEXT,
                    fontSize: 12,
                    fontWeight: 600,
                  }}
                />
              );
            })}
        </LineChart>
      )}
    </ChartFrame>
  );
}
