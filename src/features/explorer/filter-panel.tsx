import { useId } from 'react';
import { CountryCombobox } from '../../components/country-combobox';
import { PeriodPicker } from '../../components/period-picker';
import { INDUSTRIES, PAGE_SIZES, type PageSize } from '../../contract/constants';
import { LabelledCheckbox } from './labelled-checkbox';
import type { ExplorerFilters } from './url-state';

/** The controls that select which list the API returns. Each change is one history entry. */
export function FilterPanel({
  filters,
  onChange,
  onReset,
}: {
  filters: ExplorerFilters;
  onChange: (patch: Partial<ExplorerFilters>) => void;
  onReset: () => void;
}) {
  const id = useId();
  return (
    <section aria-label="Filters" className="card grid gap-4 sm:grid-cols-2 lg:flex lg:flex-wrap lg:items-end">
      <CountryCombobox value={filters.country} onChange={(country) => onChange({ country })} className="lg:w-60" />
      <div className="lg:w-60">
        <label htmlFor={`${id}-industry`} className="mb-1 block text-sm font-medium">
          Industry
        </label>
        <select
          id={`${id}-industry`}
          className="field w-full"
          value={filters.industry ?? ''}
          onChange={(e) => onChange({ industry: e.target.value || undefined })}
        >
          <option value="">All industries</option>
          {INDUSTRIES.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </select>
      </div>
      <PeriodPicker value={filters.period} onChange={(period) => onChange({ period })} />
      <div className="flex flex-wrap items-end gap-4">
        <LabelledCheckbox
          label="New to top 100"
          className="h-[34px] font-medium"
          checked={filters.newOnly}
          onChange={(newOnly) => onChange({ newOnly })}
        />
        <div>
          <label htmlFor={`${id}-limit`} className="mb-1 block text-sm font-medium">
            Rows per page
          </label>
          <select
            id={`${id}-limit`}
            className="field"
            value={filters.limit}
            onChange={(e) => onChange({ limit: Number(e.target.value) as PageSize })}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="btn-ghost h-[34px] underline-offset-2 hover:underline lg:ml-auto"
          onClick={onReset}
        >
          Reset filters
        </button>
      </div>
    </section>
  );
}
