import { useQueries } from '@tanstack/react-query';
import { hashtagDetailOptions } from '../../api/hashtag-detail';
import { trendTable, type TrendSeries } from '../../components/charts/chart-data';
import { ChartFigure } from '../../components/charts/chart-figure';
import { LazyTrendLineChart } from '../../components/charts/lazy-charts';
import { countryName, periodLabel } from '../../contract/constants';
import type { TrendScope } from '../../contract/filter-params';
import { latestPointTime } from '../../lib/data-as-of';
import { fileSlug } from '../../lib/download';
import { formatCompact, formatDate } from '../../lib/format';
import { compareSummary, estimatePostsPerDay, type LoadedHashtag } from './compare-data';
import { RELATIVE_SCALE_NOTE, TREND_TITLES, type CompareMode } from './compare-params';

export const COMPARE_CHART_HEIGHT = 320;

/** A compared hashtag whose detail has arrived, with its place in `tags` (its colour). */
export type PlacedHashtag = LoadedHashtag & { index: number };

/** The details of the compared hashtags: one request each, and those that have arrived, in order. */
export function useCompareDetails(tags: readonly string[], scope: TrendScope) {
  const details = useQueries({
    queries: tags.map((name) => hashtagDetailOptions({ name, country: scope.country, period: scope.period })),
  });
  const loaded: PlacedHashtag[] = [];
  details.forEach((q, index) => {
    const name = tags[index];
    if (q.data && name !== undefined) loaded.push({ name, detail: q.data.data.info, index });
  });
  return { details, loaded, pending: details.some((q) => q.isPending) };
}

/** Compare's figure: the hashtags' curves on one chart, with its summary and table view. */
export function CompareChart({
  loaded,
  tags,
  scope,
  mode,
}: {
  loaded: readonly PlacedHashtag[];
  tags: readonly string[];
  scope: TrendScope;
  mode: CompareMode;
}) {
  const series: TrendSeries[] = loaded.map(({ name, detail, index }) => ({
    id: `s${index}`,
    label: `#${name}`,
    styleIndex: index,
    points: mode === 'posts' ? estimatePostsPerDay(detail.trend, detail.publish_cnt) : detail.trend,
  }));
  const title = TREND_TITLES[mode];
  const summary = compareSummary(series, mode);
  const table =
    mode === 'posts'
      ? trendTable(series, (t) => formatDate(t), { unit: 'posts per day, estimated', cell: Math.round })
      : trendTable(series, (t) => formatDate(t));
  const names = tags.map((t) => `#${t}`).join(' vs ');
  const scopeWords = [countryName(scope.country), `last ${periodLabel(scope.period)}`];
  return (
    <ChartFigure
      title={title}
      summary={summary}
      table={table}
      emptyMessage={series.length === 0 ? 'None of these hashtags could be loaded.' : undefined}
      height={COMPARE_CHART_HEIGHT}
      exportInfo={{
        subtitle: [names, ...scopeWords].join(' · '),
        // relative curves are each scaled to their own peak: say so wherever the picture goes
        note: mode === 'relative' ? RELATIVE_SCALE_NOTE : undefined,
        dataAsOf: latestPointTime(loaded.map((h) => h.detail.trend)),
        fileName: fileSlug('compare', ...tags, scope.country, `${scope.period}d`, mode),
      }}
    >
      <LazyTrendLineChart
        series={series}
        ariaLabel={`${title}: ${summary}`}
        markPeak={false}
        {...(mode === 'posts'
          ? {
              valueScale: 'count' as const,
              valueName: 'Estimated posts per day',
              formatValue: (v: number) => `≈ ${formatCompact(v)}`,
            }
          : {})}
      />
    </ChartFigure>
  );
}
