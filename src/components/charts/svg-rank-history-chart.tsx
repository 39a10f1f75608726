import { formatDay } from '../../lib/format';
import { MAX_DOTTED_DAYS, RANK_AXIS_WIDTH, RANK_MARGIN, X_AXIS_HEIGHT } from './plot-layout';
import { rankRows, rankTicks } from './rank-history-data';
import type { RankHistoryChartProps } from './rank-history-chart';
import { AxisLine, Curve, Curves, DateLabels, Dots, SvgPlot, ValueLines, rowX } from './svg-plot';

/** {@link RankHistoryChart}'s picture as plain SVG, drawn with the page: rank 1 at the top, a gap on days out of the top 100. */
export function SvgRankHistoryChart({ points, ariaLabel, locale }: RankHistoryChartProps) {
  const rows = rankRows(points);
  const ticks = rankTicks(points);
  const worst = ticks[ticks.length - 1] ?? 100;
  const yAt = (rank: number) => (worst <= 1 ? 0 : (rank - 1) / (worst - 1));
  const drawn = rows.map((row, i): [number, number] | null =>
    row.rank === undefined ? null : [rowX(i, rows.length), yAt(row.rank)],
  );
  const margin = {
    ...RANK_MARGIN,
    left: RANK_MARGIN.left + RANK_AXIS_WIDTH,
    bottom: RANK_MARGIN.bottom + X_AXIS_HEIGHT,
  };
  // recharts' rows carry no series ids; DateLabels only reads their times
  const timeRows = rows.map((row) => ({ time: row.time }));
  return (
    <SvgPlot margin={margin} ariaLabel={ariaLabel}>
      <ValueLines ticks={ticks} at={yAt} text={String} />
      <AxisLine />
      <DateLabels rows={timeRows} text={(time) => formatDay(time, locale)} />
      <Curves>
        <Curve points={drawn} styleIndex={0} shape="linear" joinGaps={false} />
      </Curves>
      {rows.length <= MAX_DOTTED_DAYS && <Dots points={drawn} r={3} styleIndex={0} />}
    </SvgPlot>
  );
}
