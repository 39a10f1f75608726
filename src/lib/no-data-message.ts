import { countryName, periodLabel } from '../contract/constants';
import type { TrendScope } from '../contract/filter-params';

/**
 * What a 404 from the detail route means to a person: the hashtag is not charted in this country
 * and period (it may be elsewhere), not that it does not exist. Watchlist and compare say it alike.
 */
export function noDataMessage(name: string, scope: TrendScope): string {
  return `No data for #${name} in ${countryName(scope.country)} over ${periodLabel(scope.period)}.`;
}
