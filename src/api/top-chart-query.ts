import { hashtagListOptions } from './hashtag-list';
import { CHART_SIZE } from '../contract/constants';
import type { TrendScope } from '../contract/filter-params';

/**
 * The whole top 100 of one country and period (all industries, not only new entries): one request
 * gives every hashtag its rank. Same key as the explorer's 100-per-page first page, so they share it.
 */
export function topChartQuery(scope: TrendScope) {
  return hashtagListOptions({
    country: scope.country,
    period: scope.period,
    newOnly: false,
    page: 1,
    limit: CHART_SIZE,
  });
}
