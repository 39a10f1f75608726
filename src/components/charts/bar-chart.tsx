import { Bar, BarChart as RechartsBarChart, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarDatum } from './chart-data';
import { ANIMATE, AXIS_TEXT, GRID_COLOR, VALUE_TEXT, seriesColor } from './chart-colors';
import { ChartFrame } from './chart-frame';
import { COLUMNS_GAP, COLUMNS_MARGIN, ROWS_GAP, ROWS_MARGIN, categoryText, truncateLabel } from './plot-layout';
import { ChartTooltipBox } from './chart-tooltip';

export interface BarChartProps {
  bars: readonly BarDatum[];
  /** 'vertical' = columns (categories along the bottom); 'horizontal' = rows of bars (long labels). */
  orientation: 'vertical' | 'horizontal';
  ariaLabel: string;
  /** What the number is, for the tooltip: "Share", "Relative score". */
  valueName: string;
  formatValue?: (value: number) => string;
  /** Index into the theme's chart colours. */
  colorIndex?: number;
  /** Room for category labels in horizontal layout (CSS px). */
  categoryWidth?: number;
}

/** Bars with their values written on them (never colour alone); fills its parent's size (on paper, the page's width). */
export function BarChart({
  bars,
  orientation,
  ariaLabel,
  valueName,
  formatValue = String,
  colorIndex = 0,
  categoryWidth = 132,
}: BarChartProps) {
  const data = bars.map((b) => ({ ...b, name: categoryText(b) }));
  const horizontal = orientation === 'horizontal';
  const color = seriesColor(colorIndex);
  const max = Math.max(0, ...bars.map((b) => b.value));

  return (
    <ChartFrame>
      {({ width, height }) => (
        <RechartsBarChart
          width={width}
          height={height}
          data={data}
          layout={horizontal ? 'vertical' : 'horizontal'}
          margin={horizontal ? ROWS_MARGIN : COLUMNS_MARGIN}
          barCategoryGap={`${(horizontal ? ROWS_GAP : COLUMNS_GAP) * 100}%`}
          aria-label={ariaLabel}
        >
          {horizontal ? (
            <>
              <XAxis type="number" hide domain={[0, max || 1]} />
              <YAxis
                type="category"
                dataKey="name"
                width={categoryWidth}
                tickLine={false}
                axisLine={{ stroke: GRID_COLOR }}
                interval={0}
                tick={({ x, y, payload }: { x: number | string; y: number | string; payload: { value: string } }) => (
                  <text x={Number(x) - 6} y={Number(y)} dy={4} textAnchor="end" fill={AXIS_TEXT} fontSize={12}>
                    <title>{payload.value}</title>
                    {truncateLabel(payload.value)}
                  </text>
                )}
              />
            </>
          ) : (
            <>
              <XAxis
                type="category"
                dataKey="name"
                // a plain label: recharts' default tick text measures itself in the DOM on every render
                tick={({ x, y, payload }: { x: number | string; y: number | string; payload: { value: string } }) => (
                  <text x={Number(x)} y={Number(y)} dy="0.71em" textAnchor="middle" fill={AXIS_TEXT} fontSize={12}>
                    {payload.value}
                  </text>
                )}
                tickLine={false}
                axisLine={{ stroke: GRID_COLOR }}
                interval={0}
              />
              <YAxis type="number" hide domain={[0, max || 1]} />
            </>
          )}
          <Tooltip
            cursor={{ fill: 'var(--color-surface-muted)' }}
            isAnimationActive={ANIMATE}
            content={({ active, payload }) => {
              const item = payload?.[0]?.payload as BarDatum | undefined;
              return active && item ? (
                <ChartTooltipBox title={categoryText(item)}>
                  {valueName}: <strong>{formatValue(item.value)}</strong>
                </ChartTooltipBox>
              ) : null;
            }}
          />
          <Bar
            dataKey="value"
            name={valueName}
            fill={color}
            radius={horizontal ? [0, 4, 4, 0] : [4, 4, 0, 0]}
            isAnimationActive={ANIMATE}
          >
            <LabelList
              dataKey="value"
              position={horizontal ? 'right' : 'top'}
              formatter={(v: unknown) => formatValue(Number(v))}
              fill={VALUE_TEXT}
              fontSize={12}
              fontWeight={600}
            />
          </Bar>
        </RechartsBarChart>
      )}
    </ChartFrame>
  );
}
