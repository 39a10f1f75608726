import { lazy, Suspense, useId, useState } from 'react';
import { daysBefore, formatHistoryDay } from '../../lib/history-days';
import type { ExplorerFilters } from './url-state';

/**
 * The choices of "Changes since". Each one writes the UTC day it means today into the URL
 * (`since=2026-11-16`), never a relative key: a shared link compares with the same recorded ranking
 * on any day it is opened (why: contract/filter-params.ts, sinceParamSchema).
 */
export const SINCE_CHOICES = [
  { key: 'yesterday', label: 'Yesterday', days: 1 },
  { key: 'week', label: 'Last week', days: 7 },
  { key: 'month', label: 'Last month', days: 30 },
] as const;

/** The option a `since` day shows as: a choice when it is the day that choice means today, else the date itself. */
export function sinceChoice(since: string | undefined, now: number): string {
  if (since === undefined) return '';
  return SINCE_CHOICES.find((c) => daysBefore(c.days, now) === since)?.key ?? 'custom';
}

// Loaded when a day is chosen (or a link has one): most visits of the explorer never need it.
const ChangesSinceResults = lazy(() =>
  import('./changes-since-results').then((m) => ({ default: m.ChangesSinceResults })),
);

function LoadingChanges() {
  return (
    <p role="status" aria-busy="true" className="text-sm text-ink-muted">
      Loading changes…
    </p>
  );
}

/**
 * "Changes since": yesterday, last week or last month, from the rankings the server has recorded
 * (GET /api/history/changes) for the explorer's country, industry, period and "new" filter. The
 * same for everyone who opens the link, unlike the per-browser "since your last visit" above the
 * table. Nothing is asked until a day is chosen; when the store cannot answer, a quiet note says so.
 */
export function ChangesSince({
  filters,
  onChange,
  now: fixedNow,
}: {
  filters: ExplorerFilters;
  onChange: (patch: Partial<ExplorerFilters>) => void;
  /** The reader's clock (epoch ms): which day each choice means; default: when the explorer opened. */
  now?: number;
}) {
  const id = useId();
  const [openedAt] = useState(() => Date.now());
  const now = fixedNow ?? openedAt;
  const { since } = filters;
  const choice = sinceChoice(since, now);

  return (
    <section aria-labelledby={`${id}-heading`} className={`card space-y-3 ${since ? '' : 'no-print'}`}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <h2 id={`${id}-heading`} className="font-semibold">
          <label htmlFor={`${id}-since`}>Changes since</label>
        </h2>
        {/* on paper, where the control is not printed */}
        {since && <p className="hidden font-semibold print:block">{formatHistoryDay(since)}</p>}
        <select
          id={`${id}-since`}
          className="field"
          value={choice}
          onChange={(e) => {
            const picked = SINCE_CHOICES.find((c) => c.key === e.target.value);
            if (e.target.value === '') onChange({ since: undefined });
            else if (picked) onChange({ since: daysBefore(picked.days, now) });
          }}
        >
          <option value="">Not shown</option>
          {SINCE_CHOICES.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label} ({formatHistoryDay(daysBefore(c.days, now))})
            </option>
          ))}
          {choice === 'custom' && since && <option value="custom">{formatHistoryDay(since)}</option>}
        </select>
        <p className="text-sm text-ink-muted">
          From the rankings this dashboard records each day; the same for everyone with this link.
        </p>
      </div>
      {since !== undefined && (
        <Suspense fallback={<LoadingChanges />}>
          <ChangesSinceResults filters={filters} since={since} onChange={onChange} />
        </Suspense>
      )}
    </section>
  );
}
