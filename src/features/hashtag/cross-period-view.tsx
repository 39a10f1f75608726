import { useId } from 'react';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError } from '../../api/api-error';
import { hashtagDetailOptions } from '../../api/hashtag-detail';
import { ColumnHeaders } from '../../components/column-headers';
import { Skeleton } from '../../components/skeleton';
import { CHART_SIZE, PERIODS, periodLabel, type Period } from '../../contract/constants';
import { hashtagHref } from '../../lib/hashtag-href';
import { StageBadge } from '../../components/stage-badge';
import { topChartQuery } from '../../api/top-chart-query';
import { classifyTrendStage } from '../../contract/trend-stage';

export type Longevity = 'short-lived moment' | 'lasting';

/**
 * "short-lived moment" when it charts (is in the top 100) only at 7 days, "lasting" when it charts at
 * every period; undefined otherwise or while any period is unknown.
 */
export function longevityOf(charts: Readonly<Record<Period, boolean | undefined>>): Longevity | undefined {
  const values = PERIODS.map((p) => charts[p]);
  if (values.some((v) => v === undefined)) return undefined;
  if (values.every(Boolean)) return 'lasting';
  if (charts[7] && PERIODS.filter((p) => p !== 7).every((p) => !charts[p])) return 'short-lived moment';
  return undefined;
}

const LONGEVITY_TEXT: Record<Longevity, string> = {
  'short-lived moment': `In the top ${CHART_SIZE} at 7 days only.`,
  lasting: `In the top ${CHART_SIZE} at ${PERIODS.map(String)
    .join(', ')
    .replace(/, (\d+)$/, ' and $1')} days.`,
};

function unavailable(error: unknown): boolean {
  return error instanceof ApiError && (error.kind === 'invalid-request' || error.kind === 'not-found');
}

/**
 * The same hashtag at 7, 30 and 120 days side by side: its rank in each period's top 100 and its
 * stage there. Six requests (a detail and the top-100 list per period), each shared with any other
 * view asking for the same thing.
 */
export function CrossPeriodView({ name, country }: { name: string; country: string }) {
  const headingId = useId();
  const charts = useQueries({ queries: PERIODS.map((period) => topChartQuery({ country, period })) });
  const details = useQueries({ queries: PERIODS.map((period) => hashtagDetailOptions({ name, country, period })) });

  const rows = PERIODS.map((period, i) => {
    const chart = charts[i];
    const detail = details[i];
    const list = chart?.data && !chart.isPlaceholderData ? chart.data.data.list : undefined;
    const item = list?.find((entry) => entry.hashtag_name === name);
    return { period, chart, detail, list, item, charts: list ? item !== undefined : undefined };
  });
  const longevity = longevityOf({ 7: rows[0]?.charts, 30: rows[1]?.charts, 120: rows[2]?.charts });

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id={headingId} className="text-lg font-semibold">
          Across periods
        </h2>
        {longevity && (
          <p className="text-sm">
            <span className="rounded-full border border-accent px-2 py-0.5 text-xs font-semibold text-accent-ink">
              {longevity === 'lasting' ? 'Lasting' : 'Short-lived moment'}
            </span>{' '}
            <span className="text-ink-muted">{LONGEVITY_TEXT[longevity]}</span>
          </p>
        )}
      </div>
      <table className="w-full max-w-xl text-left text-sm">
        <caption className="sr-only">Rank and stage by period</caption>
        <ColumnHeaders columns={[{ label: 'Period' }, { label: 'Rank' }, { label: 'Stage' }]} />
        <tbody>
          {rows.map(({ period, chart, detail, list, item }) => (
            <tr key={period} className="border-b border-line">
              <th scope="row" className="py-2 pr-4 font-medium">
                <Link
                  to={hashtagHref(name, { country, period })}
                  className="text-accent-ink underline-offset-2 hover:underline"
                >
                  {periodLabel(period)}
                </Link>
              </th>
              <td className="py-2 pr-4 tabular-nums">
                {list ? (
                  item ? (
                    `#${item.rank}`
                  ) : (
                    <span className="text-ink-muted">Not in top {CHART_SIZE}</span>
                  )
                ) : chart?.isError ? (
                  <span className="text-ink-muted">{unavailable(chart.error) ? 'Unavailable' : 'Could not load'}</span>
                ) : (
                  <Skeleton className="h-4 w-10" />
                )}
              </td>
              <td className="py-2">
                {detail?.data && (list || chart?.isError) ? (
                  <StageBadge
                    result={classifyTrendStage({
                      trend: detail.data.data.info.trend,
                      rankDiffType: item?.rank_diff_type,
                      rankDiff: item?.rank_diff,
                    })}
                  />
                ) : detail?.isError ? (
                  <span className="text-ink-muted">{unavailable(detail.error) ? 'No data' : 'Could not load'}</span>
                ) : (
                  <Skeleton className="h-5 w-20" />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
