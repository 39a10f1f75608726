import { useId, useRef } from 'react';
import { CountryCombobox } from '../../components/country-combobox';
import { PeriodPicker } from '../../components/period-picker';
import { INDUSTRIES, PAGE_SIZES, type PageSize } from '../../contract/constants';
import { LabelledCheckbox } from './labelled-checkbox';
import { useShortcut } from '../../lib/shortcuts/use-shortcut';
import { ShortcutHint } from '../../lib/shortcuts/shortcut-hint';
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
  const industryRef = useRef<HTMLSelectElement>(null);
  useShortcut('industry', () => industryRef.current?.focus());
  useShortcut('new-only', () => onChange({ newOnly: !filters.newOnly }));
  return (
    <section aria-label="Filters" className="card grid gap-4 sm:grid-cols-2 lg:flex lg:flex-wrap lg:items-end">
      <CountryCombobox
        value={filters.country}
        onChange={(country) => onChange({ country })}
        className="lg:w-60"
        shortcut
      />
      <div className="relative lg:w-60">
        <label htmlFor={`${id}-industry`} className="mb-1 block text-sm font-medium">
          Industry
        </label>
        <ShortcutHint id="industry" className="absolute top-0 right-0" />
        <select
          ref={industryRef}
          id={`${id}-industry`}
          aria-keyshortcuts="i"
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
      <PeriodPicker value={filters.period} onChange={(period) => onChange({ period })} shortcuts />
      <div className="flex flex-wrap items-end gap-4">
        <div className="flex h-[34px] items-center gap-2">
          <LabelledCheckbox
            label="New to top 100"
            className="h-[34px] font-medium"
            checked={filters.newOnly}
            onChange={(newOnly) => onChange({ newOnly })}
          />
          <ShortcutHint id="new-only" />
        </div>
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
