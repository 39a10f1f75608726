import type { ListParams } from '../../src/contract/api-params';
import { hashtagListDataSchema, type HashtagListItem } from '../../src/contract/schemas';
import type { RankedItem, Scope } from '../store/types';

/** An answer of the list route, as the source serialised it. */
export interface PageOfRanking {
  data: unknown;
}

/** List rows as the store records them. */
export const rankedItems = (list: readonly HashtagListItem[]): RankedItem[] =>
  list.map((item) => ({
    name: item.hashtag_name,
    rank: item.rank,
    posts: item.publish_cnt,
    views: item.video_views,
    rankDiff: item.rank_diff,
    rankDiffType: item.rank_diff_type,
  }));

/** Pages, one after another, until the provider says there is no more: the whole top 100. */
export async function wholeRankingPages(
  scope: Scope,
  pageSize: number,
  fetchPage: (params: ListParams) => Promise<PageOfRanking>,
): Promise<RankedItem[]> {
  const items: RankedItem[] = [];
  for (let page = 1; page <= Math.ceil(100 / pageSize) + 1; page++) {
    const body = await fetchPage({
      page,
      limit: pageSize,
      period: scope.period,
      country_code: scope.country,
      industry_id: scope.industry || undefined,
      filter_by: scope.newOnly ? 'new_on_board' : undefined,
    });
    const { list, pagination } = hashtagListDataSchema.parse(body.data);
    items.push(...rankedItems(list));
    if (!pagination.has_more || list.length === 0) break;
  }
  return items;
}
