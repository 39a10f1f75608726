import { startTransition, useOptimistic } from 'react';
import { CountryCombobox } from '../../components/country-combobox';
import { PeriodPicker } from '../../components/period-picker';
import type { TrendScope } from '../../contract/filter-params';

/**
 * Country and Period for this hashtag (the same controls as the list); the page writes them into the URL.
 *
 * The router applies the new URL in a transition, and the page under the controls follows it in a
 * background render (a period already fetched redraws four charts). Until that transition ends,
 * the controls show the choice just made (`useOptimistic`), so a radio does not snap back; only
 * they render at once.
 */
export function DetailFilters({ scope, onChange }: { scope: TrendScope; onChange: (scope: TrendScope) => void }) {
  const [shown, setShown] = useOptimistic(scope);
  const choose = (next: TrendScope) =>
    startTransition(() => {
      setShown(next);
      onChange(next);
    });
  return (
    <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
      <CountryCombobox className="w-56" value={shown.country} onChange={(country) => choose({ ...shown, country })} />
      <PeriodPicker value={shown.period} onChange={(period) => choose({ ...shown, period })} />
    </div>
  );
}
