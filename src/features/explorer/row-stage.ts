import type { HashtagListItem } from '../../contract/schemas';
import { classifyTrendStage, type TrendStageResult } from '../../contract/trend-stage';

/**
 * One stage per list item object. Items come from the React Query cache and keep their identity
 * until refetched, so the badge, the stage sort and the stage filter share one classification per
 * row; a refetch brings new objects and the old entries go with them.
 */
const cache = new WeakMap<HashtagListItem, TrendStageResult>();

export function rowStage(item: HashtagListItem): TrendStageResult {
  let result = cache.get(item);
  if (!result) {
    result = classifyTrendStage({ trend: item.trend, rankDiffType: item.rank_diff_type, rankDiff: item.rank_diff });
    cache.set(item, result);
  }
  return result;
}
