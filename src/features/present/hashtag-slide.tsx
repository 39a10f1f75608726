import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { hashtagDetailOptions } from '../../api/hashtag-detail';
import { ErrorAlert } from '../../components/error-alert';
import { SideScroll } from '../../components/side-scroll';
import { Skeleton } from '../../components/skeleton';
import { countryName, periodLabel } from '../../contract/constants';
import { formatCompact, formatDate, formatExact } from '../../lib/format';
import { barTable, trendTable, type TrendSeries } from '../../components/charts/chart-data';
import { barSummary, trendSummary } from '../../components/charts/chart-summary';
import { DataTable } from '../../components/charts/data-table';
import { LazyBarChart, LazyTrendLineChart } from '../../components/charts/lazy-charts';
import { ageBars } from '../../components/charts/audience-data';
import { StageBadge } from '../../components/stage-badge';
import { classifyTrendStage } from '../../contract/trend-stage';
import { standingOf, type DeckEntry } from './deck-data';
import type { DeckFilters } from './deck-params';
import { DECK_CHART, slideTitleSize } from './deck-styles';
import { RankStandingBlock } from './rank-standing';
import { takeaway } from './takeaway';
import { VideoStrip } from './video-strip';

const percent = (v: number) => `${v}%`;

function Figure({ label, value, loading }: { label: string; value: number | undefined; loading: boolean }) {
  return (
    <div className="min-w-0 rounded-xl border border-line bg-surface-muted px-[0.75rem] py-[0.5rem] deck-wide:px-[1rem]">
      <dt className="text-base text-ink-muted deck-wide:text-lg">{label}</dt>
      <dd
        className="text-3xl font-bold tabular-nums deck-wide:text-4xl"
        title={value === undefined ? undefined : formatExact(value)}
      >
        {value !== undefined ? (
          formatCompact(value)
        ) : loading ? (
          <Skeleton className="my-[0.2rem] h-[2.1rem] w-[6rem]" />
        ) : (
          <span className="text-ink-muted">–</span>
        )}
      </dd>
    </div>
  );
}

/** A chart card; its summary sentence is for screen readers (the takeaway says it out loud). */
function Panel({
  title,
  summary,
  className,
  children,
}: {
  title: string;
  summary?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    // overflow: clip keeps the chart's hidden tooltip (parked beside the plot) from widening the slide
    // on a phone; the plot may still spill into the card's padding.
    <figure
      aria-label={title}
      className={`flex min-h-0 flex-col gap-[0.25rem] overflow-clip rounded-xl border border-line px-[0.9rem] py-[0.6rem] ${className ?? ''}`}
    >
      <figcaption className="text-xl font-semibold">
        {title}
        {summary && <span className="sr-only">: {summary}</span>}
      </figcaption>
      <div className="relative min-h-0 flex-1">{children}</div>
    </figure>
  );
}

/**
 * One hashtag: rank and change (from the list), stage, a takeaway line, the popularity curve,
 * posts and views, audience ages and a strip of video covers. The list item fills in while the
 * detail loads (it was prefetched one slide earlier, so normally it is already there).
 */
export function HashtagSlide({
  entry,
  position,
  count,
  filters,
  listLoaded,
}: {
  entry: DeckEntry;
  position: number;
  count: number;
  filters: DeckFilters;
  listLoaded: boolean;
}) {
  const { country, period } = filters;
  const detailQuery = useQuery(hashtagDetailOptions({ name: entry.name, country, period }));
  const detail = detailQuery.data?.data.info;
  const item = entry.item;

  const trend = detail?.trend ?? item?.trend ?? [];
  const ages = detail ? ageBars(detail) : [];
  const standing = standingOf(entry, listLoaded);
  const stage = classifyTrendStage({ trend, rankDiffType: item?.rank_diff_type, rankDiff: item?.rank_diff });
  const line = detail ? takeaway({ standing, ages, trend }) : undefined;
  const series: TrendSeries[] = [{ id: 'popularity', label: `#${entry.name}`, points: trend }];
  const trendText = trendSummary(trend);
  const ageText = barSummary(ages, { noun: 'age group', formatValue: percent });
  const loading = detailQuery.isPending;

  return (
    // Wide screens: one 16:9 grid that fits the slide (the chart row takes what is left). Narrow or
    // zoomed-in screens: the same parts stacked at their own heights, and the slide scrolls.
    <div className="flex min-h-full flex-col gap-[1rem] px-[1.25rem] py-[1rem] deck-wide:grid deck-wide:h-full deck-wide:grid-cols-[minmax(0,1fr)] deck-wide:grid-rows-[auto_auto_minmax(0,1fr)] deck-wide:px-[3rem] deck-wide:pb-[1.1rem] deck-wide:pt-[1.25rem]">
      <header className="flex flex-col gap-[0.75rem] deck-wide:flex-row deck-wide:items-end deck-wide:justify-between deck-wide:gap-[2rem]">
        <div className="min-w-0">
          <p className="text-base text-ink-muted deck-wide:text-lg">
            Hashtag {position} of {count} · {countryName(country)} · last {periodLabel(period)}
          </p>
          <h1
            className={`line-clamp-2 pb-[0.1em] font-bold leading-tight tracking-tight [overflow-wrap:anywhere] ${slideTitleSize(entry.name)}`}
            title={`#${entry.name}`}
          >
            #{entry.name}
          </h1>
        </div>
        <div className="flex shrink-0 flex-wrap items-center gap-[0.5rem] deck-wide:flex-col deck-wide:flex-nowrap deck-wide:items-end deck-wide:pb-[0.4rem]">
          <RankStandingBlock standing={standing} rank={item?.rank} />
          {trend.length > 0 && <StageBadge result={stage} className="[&>span:first-child]:text-lg" />}
        </div>
      </header>

      <div className="min-h-[2rem]">
        {detailQuery.isError ? (
          <ErrorAlert error={detailQuery.error} onRetry={() => void detailQuery.refetch()} className="text-lg" />
        ) : line !== undefined ? (
          <p
            className="line-clamp-3 border-l-[0.3rem] border-accent pl-[1rem] text-xl font-medium [overflow-wrap:anywhere] deck-wide:line-clamp-2 deck-wide:text-2xl"
            data-testid="takeaway"
          >
            {line || 'Not enough data for a takeaway.'}
          </p>
        ) : (
          <Skeleton className="h-[2rem] w-full max-w-[40rem]" />
        )}
      </div>

      <div className="flex flex-col gap-[1rem] deck-wide:grid deck-wide:min-h-0 deck-wide:grid-cols-12 deck-wide:gap-[1.5rem]">
        <div className="flex min-w-0 flex-col gap-[1rem] deck-wide:col-span-7 deck-wide:grid deck-wide:min-h-0 deck-wide:grid-rows-[minmax(0,1fr)_5.5rem]">
          <Panel
            title="Popularity over time"
            summary={trend.length > 0 ? trendText : undefined}
            className="h-[16rem] deck-wide:h-auto"
          >
            {trend.length < 2 ? (
              loading ? (
                <Skeleton className="h-full w-full" />
              ) : (
                <p className="flex h-full items-center justify-center text-xl text-ink-muted">No data</p>
              )
            ) : (
              <>
                <div className={`absolute inset-0 ${DECK_CHART}`}>
                  <LazyTrendLineChart series={series} ariaLabel={`Popularity over time: ${trendText}`} />
                </div>
                <div className="sr-only">
                  <DataTable
                    caption={`Popularity of #${entry.name} (0–100)`}
                    data={trendTable(series, (t) => formatDate(t))}
                  />
                </div>
              </>
            )}
          </Panel>
          <div className="flex h-[6.5rem] min-h-0 items-stretch gap-[1rem] deck-wide:h-auto">
            <p className="w-[4.5rem] shrink-0 self-center text-lg leading-snug text-ink-muted">Top videos</p>
            {/* Covers that do not fit scroll sideways (by touch, or as links come into focus), never cut. */}
            <SideScroll className="min-w-0 flex-1 overflow-y-hidden [scrollbar-width:none]">
              {detail ? (
                <VideoStrip items={detail.related_items} name={entry.name} />
              ) : loading ? (
                <Skeleton className="h-full w-full" />
              ) : null}
            </SideScroll>
          </div>
        </div>
        <div className="flex min-w-0 flex-col gap-[1rem] deck-wide:col-span-5 deck-wide:grid deck-wide:min-h-0 deck-wide:grid-rows-[auto_minmax(0,1fr)]">
          <dl className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)] gap-[1rem]">
            <Figure
              label={`Posts · ${periodLabel(period)}`}
              value={detail?.publish_cnt ?? item?.publish_cnt}
              loading={loading}
            />
            <Figure
              label={`Views · ${periodLabel(period)}`}
              value={detail?.video_views ?? item?.video_views}
              loading={loading}
            />
          </dl>
          <Panel
            title="Audience age"
            summary={ages.length > 0 ? ageText : undefined}
            className="h-[14rem] deck-wide:h-auto"
          >
            {ages.length === 0 ? (
              loading ? (
                <Skeleton className="h-full w-full" />
              ) : (
                <p className="flex h-full items-center justify-center text-xl text-ink-muted">No data</p>
              )
            ) : (
              <>
                <div className={`absolute inset-0 ${DECK_CHART}`}>
                  <LazyBarChart
                    bars={ages}
                    orientation="vertical"
                    ariaLabel={`Audience age: ${ageText}`}
                    valueName="Share of audience"
                    formatValue={percent}
                  />
                </div>
                <div className="sr-only">
                  <DataTable
                    caption={`Audience age of #${entry.name}`}
                    data={barTable(ages, 'Age', 'Share of audience (%)')}
                  />
                </div>
              </>
            )}
          </Panel>
        </div>
      </div>
    </div>
  );
}
