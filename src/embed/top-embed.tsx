import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { hashtagListOptions } from '../api/hashtag-list';
import type { TableData } from '../components/charts/chart-data';
import { DataTable } from '../components/charts/data-table';
import { ErrorAlert } from '../components/error-alert';
import { SideScroll } from '../components/side-scroll';
import type { EmbedView } from '../contract/embed-view';
import type { HashtagListItem } from '../contract/schemas';
import { formatCompact } from '../lib/format';
import { rankChangeWords } from '../contract/constants';
import { EmbedLoading } from './embed-loading';

const ROW_HEIGHT = 33;

function topTable(rows: readonly HashtagListItem[]): TableData {
  return {
    columns: ['Rank', 'Hashtag', 'Posts', 'Views', 'Rank change'],
    rows: rows.map((item) => [
      item.rank,
      `#${item.hashtag_name}`,
      formatCompact(item.publish_cnt),
      formatCompact(item.video_views),
      rankChangeWords(item.rank_diff_type, item.rank_diff) ?? '–',
    ]),
  };
}

/** "#chatgpt leads with 17.5K posts; 2 are new to the top 100." */
function topSummary(rows: readonly HashtagListItem[]): string {
  const first = rows[0];
  if (!first) return 'No hashtags in this list.';
  const fresh = rows.filter((r) => rankChangeWords(r.rank_diff_type, r.rank_diff) === 'new').length;
  const news = fresh === 0 ? '' : `; ${fresh} ${fresh === 1 ? 'is' : 'are'} new to the top 100`;
  return `#${first.hashtag_name} leads with ${formatCompact(first.publish_cnt)} posts${news}.`;
}

/** `/embed?country&industry&period&limit=10`: the explorer's top N as a table. */
export function TopEmbed({ view }: { view: Extract<EmbedView, { kind: 'top' }> }) {
  const { filters, limit } = view;
  const titleId = useId();
  const query = useQuery(
    hashtagListOptions({
      country: filters.country,
      period: filters.period,
      industry: filters.industry,
      newOnly: filters.newOnly,
      page: 1,
      limit,
    }),
  );
  if (query.isPending) return <EmbedLoading label="Loading the top hashtags" height={ROW_HEIGHT * limit} />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const rows = query.data.data.list.slice(0, limit);
  const caption = `Top ${limit} hashtags`;
  return (
    <figure aria-labelledby={titleId} className="card flex flex-col gap-3">
      <figcaption className="wrap-anywhere">
        <span id={titleId} className="block font-semibold">
          {caption}
        </span>
        <span className="mt-0.5 block text-sm text-ink-muted">{topSummary(rows)}</span>
      </figcaption>
      <SideScroll>
        <DataTable caption={caption} data={topTable(rows)} />
      </SideScroll>
    </figure>
  );
}
