import type { ExplorerFilters } from './url-state';

/**
 * What the table says when it has no rows, with a button for each filter that could be widened:
 * the API's filters when it returned none, else the view options that hid every row of the page.
 */
export function EmptyState({
  filters,
  fromServer,
  onChange,
}: {
  filters: ExplorerFilters;
  /** true: the API returned no rows; false: the view options hid every row of the page. */
  fromServer: boolean;
  onChange: (patch: Partial<ExplorerFilters>) => void;
}) {
  const actions: { label: string; patch: Partial<ExplorerFilters> }[] = [];
  if (fromServer) {
    if (filters.page > 1) actions.push({ label: 'Go to page 1', patch: { page: 1 } });
    if (filters.newOnly) actions.push({ label: 'Include hashtags already in the top 100', patch: { newOnly: false } });
    if (filters.industry) actions.push({ label: 'Show all industries', patch: { industry: undefined } });
    if (filters.period !== 120) actions.push({ label: 'Look at 120 days', patch: { period: 120 } });
  } else {
    if (filters.q) actions.push({ label: 'Clear the filter text', patch: { q: '' } });
    if (filters.hidePromoted) actions.push({ label: 'Show promoted hashtags', patch: { hidePromoted: false } });
    if (filters.stage) actions.push({ label: 'Show all stages', patch: { stage: undefined } });
  }
  return (
    <div className="mx-auto max-w-md">
      <p className="font-semibold">
        {fromServer
          ? 'No hashtags match these filters'
          : `No hashtag on this page matches${filters.q ? ` “${filters.q}”` : ''}`}
      </p>
      <p className="mt-1 text-ink-muted">
        {fromServer
          ? 'Try widening the filters: another industry, a longer period or all hashtags.'
          : 'Other pages may have matches.'}
      </p>
      {actions.length > 0 && (
        <div className="mt-3 flex flex-wrap justify-center gap-2">
          {actions.map((a) => (
            <button key={a.label} type="button" className="btn" onClick={() => onChange(a.patch)}>
              {a.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
