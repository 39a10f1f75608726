import type { HashtagListItem } from '../../contract/schemas';
import type { FromListState } from '../../lib/list-return';
import { LabelledCheckbox } from './labelled-checkbox';
import { ResultsActions } from './results-actions';
import { ResultsSearch } from './results-search';
import { StageFilter } from './stage-filter';
import type { CompareSelection } from '../../stores/compare-selection';
import type { ExplorerFilters, UpdateOptions } from './url-state';

/**
 * Above the results: the view options, applied to the page of rows on screen (filter text, Hide
 * promoted, stage), how many rows they hide, and what to do with the rows (ResultsActions).
 */
export function ResultsToolbar({
  filters,
  update,
  searchSession,
  pageRows,
  rows,
  selection,
  linkState,
}: {
  filters: ExplorerFilters;
  update: (patch: Partial<ExplorerFilters>, options?: UpdateOptions) => void;
  /** Writes of the search box carry this id, so it is remounted only by other navigations. */
  searchSession: string;
  /** The page of rows as fetched; undefined while loading. */
  pageRows: readonly HashtagListItem[] | undefined;
  /** The rows on screen, sorted and filtered as shown; undefined while loading. */
  rows: readonly HashtagListItem[] | undefined;
  selection: CompareSelection;
  linkState: FromListState;
}) {
  const hidden = pageRows && rows ? pageRows.length - rows.length : 0;
  return (
    <div className="no-print flex flex-col gap-3 border-b border-line p-3 sm:flex-row sm:flex-wrap sm:items-start sm:justify-between">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <ResultsSearch
          key={searchSession}
          initial={filters.q}
          onChange={(q) => update({ q }, { replace: true, state: { searchSession } })}
        />
        <LabelledCheckbox
          label="Hide promoted"
          checked={filters.hidePromoted}
          onChange={(hidePromoted) => update({ hidePromoted })}
        />
        <StageFilter value={filters.stage} onChange={(stage) => update({ stage })} />
        <p className="text-sm text-ink-muted" aria-live="polite">
          {hidden > 0 && `${hidden} of ${pageRows?.length} rows on this page hidden`}
        </p>
      </div>
      <ResultsActions filters={filters} rows={rows} selection={selection} linkState={linkState} />
    </div>
  );
}
