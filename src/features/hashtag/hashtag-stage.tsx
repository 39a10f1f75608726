import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { topChartQuery } from '../../api/top-chart-query';
import { Skeleton } from '../../components/skeleton';
import type { TrendPoint } from '../../contract/schemas';
import type { TrendScope } from '../../contract/filter-params';
import { StageBadge } from '../../components/stage-badge';
import { classifyTrendStage } from '../../contract/trend-stage';

/**
 * "Trend stage" next to the headline figures. The detail response carries no rank change, so the
 * rank comes from the period's top 100 (the request the list and "Rank and stage by period" share):
 * the stage then matches the explorer row and the cross-period table. When the top 100 fails or the
 * hashtag is not in it, the curve alone decides.
 */
export function HashtagStage({
  name,
  scope,
  trend,
}: {
  name: string;
  scope: TrendScope;
  trend: readonly TrendPoint[];
}) {
  const chart = useQuery(topChartQuery(scope));
  // Another period's chart kept on screen while this one loads is not this period's rank.
  const list = chart.data && !chart.isPlaceholderData ? chart.data.data.list : undefined;
  const item = list?.find((entry) => entry.hashtag_name === name);
  const settled = list !== undefined || chart.isError;
  const result = useMemo(
    () => classifyTrendStage({ trend, rankDiffType: item?.rank_diff_type, rankDiff: item?.rank_diff }),
    [trend, item?.rank_diff_type, item?.rank_diff],
  );
  return settled ? <StageLine badge={<StageBadge result={result} />} /> : <HashtagStageSkeleton />;
}

function StageLine({ badge }: { badge: ReactNode }) {
  return (
    <div className="flex min-h-7 flex-wrap items-center gap-2 text-sm">
      <span className="text-ink-muted">Trend stage</span>
      {badge}
    </div>
  );
}

export function HashtagStageSkeleton() {
  return <StageLine badge={<Skeleton className="h-5 w-24 rounded-full" />} />;
}
