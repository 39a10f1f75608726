import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError, describeApiError } from '../../api/api-error';
import { hashtagDetailOptions } from '../../api/hashtag-detail';
import { ColumnHeaders, type Column } from '../../components/column-headers';
import { CompactNumber } from '../../components/compact-number';
import { Skeleton } from '../../components/skeleton';
import { CHART_SIZE } from '../../contract/constants';
import type { HashtagListItem } from '../../contract/schemas';
import type { TrendScope } from '../../contract/filter-params';
import { hashtagHref } from '../../lib/hashtag-href';
import { noDataMessage } from '../../lib/no-data-message';
import { StageBadge } from '../../components/stage-badge';
import { StarButton } from '../../components/star-button';
import { topChartQuery } from '../../api/top-chart-query';
import { classifyTrendStage } from '../../contract/trend-stage';
import { SideScroll } from '../../components/side-scroll';

const COLUMNS: readonly Column[] = [
  { label: 'Hashtag' },
  { label: 'Rank', numeric: true },
  { label: 'Posts', numeric: true },
  { label: 'Views', numeric: true },
  { label: 'Stage' },
  { label: <span className="sr-only">Starred</span> },
];

/**
 * One row per starred hashtag: rank in the top 100, posts and views in the period, and stage. Each
 * row loads (and fails, with its own Retry) on its own.
 */
export function WatchlistTable({ hashtags, scope }: { hashtags: readonly string[]; scope: TrendScope }) {
  const details = useQueries({
    queries: hashtags.map((name) => hashtagDetailOptions({ name, country: scope.country, period: scope.period })),
  });
  const chart = useQuery(topChartQuery(scope));
  // keepPreviousData would show another country's ranks while loading: treat them as loading.
  const chartItems = chart.data && !chart.isPlaceholderData ? chart.data.data.list : undefined;
  const byName = new Map<string, HashtagListItem>(chartItems?.map((item) => [item.hashtag_name, item]));

  return (
    <SideScroll>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Watchlist hashtags</caption>
        <ColumnHeaders columns={COLUMNS} />
        <tbody>
          {hashtags.map((name, i) => {
            const detail = details[i];
            const item = byName.get(name);
            return (
              <tr key={name} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-medium">
                  <Link to={hashtagHref(name, scope)} className="text-accent-ink underline-offset-2 hover:underline">
                    #{name}
                  </Link>
                </th>
                <td className="py-2 pr-4 text-right tabular-nums">
                  {chartItems ? (
                    item ? (
                      item.rank
                    ) : (
                      <span className="text-ink-muted">Not in top {CHART_SIZE}</span>
                    )
                  ) : chart.isError ? (
                    <span className="text-ink-muted">Unknown</span>
                  ) : (
                    <Skeleton className="ml-auto h-4 w-8" />
                  )}
                </td>
                {!detail || detail.isPending ? (
                  <>
                    <td className="py-2 pr-4">
                      <Skeleton className="ml-auto h-4 w-12" />
                    </td>
                    <td className="py-2 pr-4">
                      <Skeleton className="ml-auto h-4 w-12" />
                    </td>
                    <td className="py-2 pr-4">
                      <Skeleton className="h-5 w-20" />
                    </td>
                  </>
                ) : detail.isError ? (
                  <td colSpan={3} className="py-2 pr-4">
                    <RowError error={detail.error} name={name} scope={scope} onRetry={() => void detail.refetch()} />
                  </td>
                ) : (
                  <>
                    <td className="py-2 pr-4 text-right">
                      <CompactNumber value={detail.data.data.info.publish_cnt} />
                    </td>
                    <td className="py-2 pr-4 text-right">
                      <CompactNumber value={detail.data.data.info.video_views} />
                    </td>
                    <td className="py-2 pr-4">
                      {chartItems || chart.isError ? (
                        <StageBadge
                          result={classifyTrendStage({
                            trend: detail.data.data.info.trend,
                            rankDiffType: item?.rank_diff_type,
                            rankDiff: item?.rank_diff,
                          })}
                        />
                      ) : (
                        <Skeleton className="h-5 w-20" />
                      )}
                    </td>
                  </>
                )}
                <td className="py-2">
                  <StarButton name={name} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </SideScroll>
  );
}

function RowError({
  error,
  name,
  scope,
  onRetry,
}: {
  error: unknown;
  name: string;
  scope: TrendScope;
  onRetry: () => void;
}) {
  if (error instanceof ApiError && error.kind === 'not-found') {
    return <span className="text-ink-muted">{noDataMessage(name, scope)}</span>;
  }
  const { title } = describeApiError(error);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="text-down">Could not load: {title}.</span>
      <button type="button" className="btn-ghost underline" aria-label={`Retry #${name}`} onClick={onRetry}>
        Retry
      </button>
    </span>
  );
}
