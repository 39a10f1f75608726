import { GRID_COLOR, VALUE_TEXT, seriesColor } from './chart-colors';
import type { BarChartProps } from './bar-chart';
import {
  COLUMNS_GAP,
  COLUMNS_MARGIN,
  ROWS_GAP,
  ROWS_MARGIN,
  X_AXIS_HEIGHT,
  X_LABEL_GAP,
  categoryText,
  truncateLabel,
} from './plot-layout';
import { AXIS_LABEL, SvgPlot, pct } from './svg-plot';

/** Corner radius of a bar's free end. */
const RADIUS = 4;

/**
 * {@link BarChart}'s picture as plain SVG, drawn with the page: the same bands, bars, values written
 * on them and category labels, without the tooltip (recharts brings it, lazy-charts.tsx).
 */
export function SvgBarChart({
  bars,
  orientation,
  ariaLabel,
  formatValue = String,
  colorIndex = 0,
  categoryWidth = 132,
}: BarChartProps) {
  const rows = orientation === 'horizontal';
  const color = seriesColor(colorIndex);
  const max = Math.max(0, ...bars.map((b) => b.value)) || 1;
  const n = Math.max(1, bars.length);
  const gap = rows ? ROWS_GAP : COLUMNS_GAP;
  const margin = rows
    ? { ...ROWS_MARGIN, left: ROWS_MARGIN.left + categoryWidth }
    : { ...COLUMNS_MARGIN, bottom: COLUMNS_MARGIN.bottom + X_AXIS_HEIGHT };
  const valueText = { className: 'chart-text chart-label', fill: VALUE_TEXT, fontSize: 12, fontWeight: 600 } as const;

  return (
    <SvgPlot margin={margin} ariaLabel={ariaLabel}>
      {rows ? (
        <line x1="0" x2="0" y1="0" y2="100%" stroke={GRID_COLOR} />
      ) : (
        <line x1="0" x2="100%" y1="100%" y2="100%" stroke={GRID_COLOR} />
      )}
      {bars.map((bar, i) => {
        const start = pct((i + gap) / n);
        const thickness = pct((1 - 2 * gap) / n);
        const middle = pct((i + 0.5) / n);
        const length = bar.value / max;
        const name = categoryText(bar);
        return rows ? (
          <g key={bar.id} className="chart-bar">
            <rect x="0" y={start} width={pct(length)} height={thickness} rx={RADIUS} fill={color} />
            {/* square corners at the axis: only the free end is rounded (a corner's worth, so edges do not double) */}
            {length > 0 && <rect x="0" y={start} width={RADIUS} height={thickness} fill={color} />}
            <text {...valueText} x={pct(length)} y={middle} dx={5} dy="0.355em" textAnchor="start">
              {formatValue(bar.value)}
            </text>
            <text {...AXIS_LABEL} x={-14} y={middle} dy={4} textAnchor="end">
              <title>{name}</title>
              {truncateLabel(name)}
            </text>
          </g>
        ) : (
          <g key={bar.id} className="chart-bar">
            <rect x={start} y={pct(1 - length)} width={thickness} height={pct(length)} rx={RADIUS} fill={color} />
            {length > 0 && (
              <rect
                x={start}
                y="100%"
                width={thickness}
                height={RADIUS}
                transform={`translate(0 -${RADIUS})`}
                fill={color}
              />
            )}
            <text {...valueText} x={middle} y={pct(1 - length)} dy={-5} textAnchor="middle">
              {formatValue(bar.value)}
            </text>
            <text
              {...AXIS_LABEL}
              x={middle}
              y="100%"
              dy="0.71em"
              transform={`translate(0 ${X_LABEL_GAP})`}
              textAnchor="middle"
            >
              {name}
            </text>
          </g>
        );
      })}
    </SvgPlot>
  );
}
