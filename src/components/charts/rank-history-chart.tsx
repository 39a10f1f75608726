import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate } from '../../lib/format';
import { ANIMATE, AXIS_TEXT, GRID_COLOR, SURFACE, seriesColor } from './chart-colors';
import { ChartFrame } from './chart-frame';
import { ChartTooltipBox } from './chart-tooltip';
import { MAX_DOTTED_DAYS, RANK_AXIS_WIDTH as Y_AXIS_WIDTH, RANK_MARGIN as MARGIN } from './plot-layout';
import { OUT_OF_TOP, rankRows, rankTicks, type RankPoint } from './rank-history-data';
import { dateAxisProps, valueTick } from './trend-line-chart';

export interface RankHistoryChartProps {
  /** One per recorded day; `rank` null = recorded that day, not in the top 100 (drawn as a gap). */
  points: readonly RankPoint[];
  /** Accessible name of the plot (the summary sentence works well). */
  ariaLabel: string;
  locale?: string;
}

/**
 * Rank per recorded day: rank 1 at the top (the axis runs downwards), a break in the line on days
 * out of the top 100. Same frame, colours, ticks and tooltip as the popularity chart; on paper it is
 * drawn at the printed width (ChartFrame).
 */
export function RankHistoryChart({ points, ariaLabel, locale }: RankHistoryChartProps) {
  const rows = rankRows(points);
  const ticks = rankTicks(points);
  const byTime = new Map(rows.map((r) => [r.time, r.rank]));
  return (
    <ChartFrame>
      {({ width, height }) => (
        <LineChart width={width} height={height} data={rows} margin={MARGIN} aria-label={ariaLabel}>
          <CartesianGrid stroke={GRID_COLOR} vertical={false} />
          <XAxis {...dateAxisProps(rows, width - Y_AXIS_WIDTH - MARGIN.left - MARGIN.right, locale)} />
          <YAxis
            reversed
            domain={[1, ticks[ticks.length - 1] ?? 100]}
            ticks={ticks}
            interval={0}
            allowDecimals={false}
            tick={valueTick(String)}
            stroke={GRID_COLOR}
            tickLine={false}
            axisLine={false}
            width={Y_AXIS_WIDTH}
          />
          <Tooltip
            cursor={{ stroke: AXIS_TEXT, strokeDasharray: '3 3' }}
            isAnimationActive={ANIMATE}
            content={({ active, label }) => {
              if (!active || label === undefined) return null;
              const rank = byTime.get(Number(label));
              return (
                <ChartTooltipBox title={formatDate(Number(label), locale)}>
                  <p>
                    {rank === undefined ? (
                      OUT_OF_TOP
                    ) : (
                      <>
                        Rank <strong>{rank}</strong>
                      </>
                    )}
                  </p>
                </ChartTooltipBox>
              );
            }}
          />
          <Line
            dataKey="rank"
            name="Rank"
            type="linear"
            stroke={seriesColor(0)}
            strokeWidth={2.5}
            dot={rows.length <= MAX_DOTTED_DAYS ? { r: 3, fill: seriesColor(0), strokeWidth: 0 } : false}
            activeDot={{ r: 5, stroke: SURFACE, strokeWidth: 2 }}
            isAnimationActive={ANIMATE}
            // a day out of the top 100 is a gap, never a line drawn across it
            connectNulls={false}
            legendType="plainline"
          />
        </LineChart>
      )}
    </ChartFrame>
  );
}
