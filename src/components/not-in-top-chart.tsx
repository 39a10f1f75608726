import { CHART_SIZE, countryName, periodLabel } from '../contract/constants';
import type { TrendScope } from '../contract/filter-params';

/**
 * The one wording for a hashtag that has no figures in a country and period because it is not in
 * that chart: "#name is not in the top 100 in United Kingdom over 30 days." Not an error: the provider
 * only has figures for the hashtags of a top 100.
 */
export function NotInTopChart({ name, scope }: { name: string; scope: TrendScope }) {
  return (
    <>
      #{name} is not in the top {CHART_SIZE} in {countryName(scope.country)} over {periodLabel(scope.period)}.
    </>
  );
}
