import type { HashtagListItem } from '../../contract/schemas';
import { STAGE_ORDER, type TrendStage } from '../../contract/trend-stage';
import { rankChangeScore } from './rank-change';
import { rowStage } from './row-stage';
import type { Sort, SortKey } from './url-state';

const sortValue: Record<SortKey, (item: HashtagListItem) => number> = {
  rank: (item) => item.rank,
  posts: (item) => item.publish_cnt,
  views: (item) => item.video_views,
  change: (item) => rankChangeScore(item.rank_diff_type, item.rank_diff),
  stage: (item) => STAGE_ORDER[rowStage(item).stage],
};

function fold(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/^#/, '').trim();
}

/**
 * The rows on screen: the page from the API, narrowed by the search text, "Hide promoted" and the
 * stage, then sorted (ties and unknown values keep rank order; unknown values always sink).
 */
export function viewRows(
  list: readonly HashtagListItem[],
  view: { q: string; sort: Sort; hidePromoted: boolean; stage?: TrendStage },
): HashtagListItem[] {
  const q = fold(view.q);
  const rows = list.filter(
    (item) =>
      (!view.hidePromoted || !item.is_promoted) &&
      (!q || fold(item.hashtag_name).includes(q)) &&
      (!view.stage || rowStage(item).stage === view.stage),
  );
  const value = sortValue[view.sort.key];
  const sign = view.sort.dir === 'asc' ? 1 : -1;
  return rows.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (Number.isNaN(va) !== Number.isNaN(vb)) return Number.isNaN(va) ? 1 : -1;
    const byValue = Number.isNaN(va) ? 0 : (va - vb) * sign;
    return byValue || a.rank - b.rank;
  });
}
