import { useQueries } from '@tanstack/react-query';
import { hashtagDetailOptions } from '../../api/hashtag-detail';
import type { TrendDatum } from '../../components/charts/chart-data';
import { findPeak } from '../../components/charts/chart-summary';
import { StageBadge } from '../../components/stage-badge';
import { classifyTrendStage } from '../../contract/trend-stage';
import { formatDataAsOf } from '../../lib/data-as-of';
import { formatCompact, formatExact } from '../../lib/format';
import type { DeckEntry } from './deck-data';
import type { DeckFilters } from './deck-params';
import { SLIDE_PAD } from './deck-styles';
import { RankChangeText } from './rank-standing';

function shareOfPeak(trend: readonly TrendDatum[]): string {
  const sorted = [...trend].sort((a, b) => a.time - b.time);
  const peak = findPeak(sorted);
  const last = sorted[sorted.length - 1];
  if (!peak || !last || !(peak.value > 0)) return '–';
  return `${Math.round((last.value / peak.value) * 100)}%`;
}

function Count({ value }: { value: number | undefined }) {
  if (value === undefined) return <span className="text-ink-muted">–</span>;
  return <span title={formatExact(value)}>{formatCompact(value)}</span>;
}

/**
 * Every presented hashtag in one table. Ranks and figures come from the list; hashtags outside the
 * top 100 read theirs from the detail (prefetched on the slide before this one).
 */
export function SummarySlide({
  entries,
  filters,
  scopeText,
  asOf,
}: {
  entries: readonly DeckEntry[];
  filters: DeckFilters;
  scopeText: string;
  asOf: number | undefined;
}) {
  const unlisted = entries.filter((e) => !e.item);
  const details = useQueries({
    queries: unlisted.map((e) =>
      hashtagDetailOptions({ name: e.name, country: filters.country, period: filters.period }),
    ),
  });
  const detailOf = new Map(unlisted.map((e, i) => [e.name, details[i]?.data?.data.info]));
  // Up to ten rows fit a 16:9 slide whole; a longer hand-picked deck gets denser rows, then scrolls.
  const dense = entries.length > 10;
  const cell = dense ? 'px-[0.6rem] py-0' : 'px-[0.75rem] py-[0.12rem]';

  return (
    <div className={`flex min-h-full flex-col gap-[1rem] deck-wide:h-full ${SLIDE_PAD}`}>
      <header>
        <h1 className="text-4xl font-bold tracking-tight deck-wide:text-5xl">Summary</h1>
        <p className="mt-[0.3rem] text-lg text-ink-muted deck-wide:text-xl">
          {scopeText}
          {asOf !== undefined ? ` · data as of ${formatDataAsOf(asOf)}` : ''}
        </p>
      </header>
      {entries.length === 0 ? (
        <p className="text-3xl text-ink-muted">No hashtags to present for these filters.</p>
      ) : (
        <div className="min-h-0 flex-1 overflow-auto">
          <table className={`w-full border-collapse ${dense ? 'text-base' : 'text-base deck-wide:text-lg'}`}>
            <caption className="sr-only">All presented hashtags</caption>
            <thead>
              <tr className="border-b-2 border-line text-left text-[0.85em] text-ink-muted [&>th]:whitespace-nowrap [&>th]:font-medium">
                <th scope="col" className={`${cell} text-right`}>
                  Rank
                </th>
                <th scope="col" className={cell}>
                  Hashtag
                </th>
                <th scope="col" className={cell}>
                  Change
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  Posts
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  Views
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  Now vs peak
                </th>
                <th scope="col" className={cell}>
                  Stage
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => {
                const item = entry.item;
                const detail = detailOf.get(entry.name);
                const trend = item?.trend ?? detail?.trend ?? [];
                const stage = classifyTrendStage({
                  trend,
                  rankDiffType: item?.rank_diff_type,
                  rankDiff: item?.rank_diff,
                });
                return (
                  <tr key={entry.name} className="border-b border-line last:border-b-0">
                    <td className={`${cell} text-right font-semibold tabular-nums`}>{item ? item.rank : '–'}</td>
                    <th scope="row" className={`${cell} text-left font-semibold`} title={`#${entry.name}`}>
                      <span className="block max-w-[8rem] truncate deck-wide:max-w-[20rem]">#{entry.name}</span>
                    </th>
                    <td className={cell}>
                      {item ? (
                        <RankChangeText diffType={item.rank_diff_type} diff={item.rank_diff} compact />
                      ) : (
                        <span className="text-ink-muted">Not in the top 100</span>
                      )}
                    </td>
                    <td className={`${cell} text-right tabular-nums`}>
                      <Count value={item?.publish_cnt ?? detail?.publish_cnt} />
                    </td>
                    <td className={`${cell} text-right tabular-nums`}>
                      <Count value={item?.video_views ?? detail?.video_views} />
                    </td>
                    <td className={`${cell} text-right tabular-nums`}>{shareOfPeak(trend)}</td>
                    <td className={cell}>
                      {trend.length > 0 ? (
                        <StageBadge result={stage} className="[&>span:first-child]:text-[0.8em]" />
                      ) : (
                        <span className="text-ink-muted">–</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
