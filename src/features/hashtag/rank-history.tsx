import { useHashtagHistory } from '../../api/hashtag-history';
import { HistoryUnavailable } from '../../components/history-unavailable';
import { countryName, periodLabel, type Period } from '../../contract/constants';
import type { HashtagHistory } from '../../contract/history';
import { fileSlug } from '../../lib/download';
import { formatDate } from '../../lib/format';
import { dayTime, formatHistoryDay } from '../../lib/history-days';
import { ChartFigure } from '../../components/charts/chart-figure';
import { LazyRankHistoryChart } from '../../components/charts/lazy-charts';
import { rankSummary, rankTable, type RankPoint } from '../../components/charts/rank-history-data';
import { TREND_HEIGHT } from './chart-heights';
import { CardSkeleton } from './detail-skeleton';

export const RANK_HISTORY_TITLE = 'Rank history';

/** When there is nothing to draw: nothing recorded yet, or never in the top 100 on a recorded day. */
function emptyMessage(history: HashtagHistory, points: readonly RankPoint[], place: string): string | undefined {
  if (history.recorded_since === null || points.length === 0)
    return `No rank history yet: nothing has been recorded for ${place}.`;
  if (points.every((p) => p.rank === null))
    return `Not in the top 100 on any of the ${points.length} days recorded since ${formatHistoryDay(history.recorded_since)}.`;
  return undefined;
}

/** The figure once the history has arrived: chart, table twin, CSV and PNG, as every chart of the page. */
export function RankHistoryFigure({ history }: { history: HashtagHistory }) {
  const { hashtag_name: name, country_code: country } = history;
  const period = history.period as Period;
  const place = `${countryName(country)}, last ${periodLabel(period)}`;
  const points: RankPoint[] = history.points.map((p) => ({ time: dayTime(p.date), rank: p.rank }));
  const empty = emptyMessage(history, points, place);
  const summary = history.recorded_since ? rankSummary(points, history.recorded_since) : '';
  const latest = points[points.length - 1];
  return (
    <ChartFigure
      title={RANK_HISTORY_TITLE}
      summary={summary}
      table={rankTable(points, (t) => formatDate(t))}
      emptyMessage={empty}
      height={TREND_HEIGHT}
      exportInfo={{
        subtitle: `#${name} · ${countryName(country)} · last ${periodLabel(period)} · rank in the top 100 per recorded day`,
        dataAsOf: latest?.time,
        fileName: fileSlug(name, RANK_HISTORY_TITLE, country, `${period}d`),
      }}
    >
      <LazyRankHistoryChart points={points} ariaLabel={`${RANK_HISTORY_TITLE}: ${summary}`} />
    </ChartFigure>
  );
}

/**
 * "Rank history": the hashtag's rank per recorded day in the page's country and period, from the
 * server's recorded rankings (GET /api/history/hashtag). When the store cannot answer, a quiet note
 * takes its place; the rest of the page does not depend on it.
 */
export function RankHistory({ name, country, period }: { name: string; country: string; period: Period }) {
  const query = useHashtagHistory({ name, country, period });
  if (query.isPending) {
    return (
      <div role="status" aria-busy="true" aria-label="Loading rank history">
        <CardSkeleton plotHeight={TREND_HEIGHT} summaryLines={1} />
      </div>
    );
  }
  if (query.isError) {
    return (
      <section aria-label={RANK_HISTORY_TITLE} className="card">
        <h2 className="font-semibold">{RANK_HISTORY_TITLE}</h2>
        <HistoryUnavailable what="the rank recorded per day" className="mt-0.5" />
      </section>
    );
  }
  return <RankHistoryFigure history={query.data.data.info} />;
}
