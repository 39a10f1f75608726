import { formatDay } from '../../lib/format';
import { findPeak } from './chart-summary';
import { SERIES_DASHES, SURFACE, VALUE_TEXT, seriesColor } from './chart-colors';
import { TREND_MARGIN, X_AXIS_HEIGHT, peakLabelPosition, trendDrawing } from './plot-layout';
import { AxisLine, Curve, Curves, DateLabels, Dots, SvgPlot, ValueLines, pct, rowX } from './svg-plot';
import type { TrendLineChartProps } from './trend-line-chart';

/** Where the peak's label goes from its dot, by position (recharts' Label: 5 px beyond the dot's edge). */
const PEAK_LABEL = {
  top: { dx: 0, dy: -11, anchor: 'middle', baseline: '0' },
  right: { dx: 11, dy: 0, anchor: 'start', baseline: '0.355em' },
  left: { dx: -11, dy: 0, anchor: 'end', baseline: '0.355em' },
} as const;

/**
 * {@link TrendLineChart}'s picture as plain SVG, drawn with the page: the same rows, axes, dates,
 * dash patterns, dots, peak and legend, without the tooltip (recharts brings it, lazy-charts.tsx).
 */
export function SvgTrendLineChart({
  series,
  ariaLabel,
  markPeak = series.length === 1,
  locale,
  valueScale = 'popularity',
  formatValue,
}: TrendLineChartProps) {
  const { axis, showValue, rows } = trendDrawing(series, valueScale, formatValue);
  const top = axis.ticks[axis.ticks.length - 1] || 1;
  const yAt = (value: number) => 1 - value / top;
  const times = rows.map((r) => r.time);
  const legend = series.length > 1;
  const margin = {
    ...TREND_MARGIN,
    left: TREND_MARGIN.left + axis.width,
    bottom: (legend ? 0 : TREND_MARGIN.bottom) + X_AXIS_HEIGHT,
  };
  const styled = series.map((s, order) => ({
    s,
    i: s.styleIndex ?? order,
    points: rows.map((row, x): [number, number] | null => {
      const v = row[s.id];
      return v === undefined ? null : [rowX(x, rows.length), yAt(v)];
    }),
  }));

  return (
    <SvgPlot
      margin={margin}
      ariaLabel={ariaLabel}
      below={
        legend && (
          <ul
            className="chart-legend flex flex-wrap justify-center gap-x-2.5 pb-1 leading-[1.4]"
            style={{ color: VALUE_TEXT, fontSize: 13, paddingLeft: margin.left, paddingRight: margin.right }}
          >
            {styled.map(({ s, i }) => (
              <li key={s.id} data-legend-item="" className="inline-flex items-center gap-1">
                <svg width={14} height={14} viewBox="0 0 32 32" aria-hidden="true">
                  <path
                    data-legend-icon=""
                    d="M0,16h32"
                    fill="none"
                    strokeWidth={4}
                    stroke={seriesColor(i)}
                    strokeDasharray={SERIES_DASHES[i % SERIES_DASHES.length]}
                  />
                </svg>
                <span data-legend-text="">{s.label}</span>
              </li>
            ))}
          </ul>
        )
      }
    >
      <ValueLines ticks={axis.ticks} at={yAt} text={axis.tickText} />
      <AxisLine />
      <DateLabels rows={rows} text={(time) => formatDay(time, locale)} />
      <Curves>
        {styled.map(({ s, i, points }) => (
          <Curve key={s.id} points={points} styleIndex={i} shape="monotone" joinGaps />
        ))}
      </Curves>
      {styled.map(({ s, i, points }) =>
        s.points.length <= 2 ? <Dots key={`d-${s.id}`} points={points} r={4} styleIndex={i} /> : null,
      )}
      {markPeak &&
        styled.map(({ s, i }) => {
          const peak = findPeak(s.points);
          const at = peak ? times.indexOf(peak.time) : -1;
          if (!peak || at < 0) return null;
          const label = PEAK_LABEL[peakLabelPosition(peak.time, times)];
          const x = pct(rowX(at, rows.length));
          const y = pct(yAt(axis.toY(peak.value)));
          return (
            <g key={`peak-${s.id}`} className="chart-peak">
              <circle cx={x} cy={y} r={6} fill={seriesColor(i)} stroke={SURFACE} strokeWidth={2} />
              <text
                className="chart-text chart-label"
                x={x}
                y={y}
                dx={label.dx}
                dy={label.dy}
                textAnchor={label.anchor}
                fill={VALUE_TEXT}
                fontSize={12}
                fontWeight={600}
              >
                <tspan dy={label.baseline}>{`Peak ${showValue(axis.toY(peak.value))}`}</tspan>
              </text>
            </g>
          );
        })}
    </SvgPlot>
  );
}
