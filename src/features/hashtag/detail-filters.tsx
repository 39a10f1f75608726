import { CountryCombobox } from '../../components/country-combobox';
import { PeriodPicker } from '../../components/period-picker';
import type { TrendScope } from '../../contract/filter-params';

/** Country and Period for this hashtag (the same controls as the list); the page writes them into the URL. */
export function DetailFilters({ scope, onChange }: { scope: TrendScope; onChange: (scope: TrendScope) => void }) {
  return (
    <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
      <CountryCombobox className="w-56" value={scope.country} onChange={(country) => onChange({ ...scope, country })} />
      <PeriodPicker value={scope.period} onChange={(period) => onChange({ ...scope, period })} />
    </div>
  );
}
