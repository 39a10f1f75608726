import { Link, useNavigate } from 'react-router';
import { CopyLinkButton } from '../../components/copy-link-button';
import { EmbedButton } from '../../components/embed-button';
import type { HashtagListItem } from '../../contract/schemas';
import { COMPARE_MAX, compareHref, presentHref } from '../../lib/deck-links';
import type { FromListState } from '../../lib/list-return';
import { useShortcut } from '../../lib/shortcuts/use-shortcut';
import { ShortcutHint } from '../../lib/shortcuts/shortcut-hint';
import type { CompareSelection } from '../../stores/compare-selection';
import type { ExplorerFilters } from './url-state';

/** Compare needs two hashtags: one alone is its detail page (which has its own Compare link). */
export const COMPARE_MIN = 2;

function selectionHint(count: number): string {
  if (count >= COMPARE_MAX) return `Up to ${COMPARE_MAX} hashtags can be compared: untick one to pick another.`;
  if (count > 0 && count < COMPARE_MIN) return `Tick ${COMPARE_MIN - count} more to compare.`;
  return '';
}

/**
 * The right-hand side of the results toolbar: Copy link, Download CSV (the rows as shown),
 * Compare (the ticked rows) and Present (the explorer's list as a deck).
 */
export function ResultsActions({
  filters,
  rows,
  selection,
  linkState,
}: {
  filters: ExplorerFilters;
  /** The rows on screen, sorted and filtered as shown; undefined while loading. */
  rows: readonly HashtagListItem[] | undefined;
  selection: CompareSelection;
  /** Where the deck's Exit leads back to: this exact view (page, sort, stage, rows per page...). */
  linkState: FromListState;
}) {
  const scope = { country: filters.country, period: filters.period };
  const count = selection.names.length;
  const canCompare = count >= COMPARE_MIN;
  const compareLabel = `Compare (${count})`;
  const canDownload = rows !== undefined && rows.length > 0;
  const deckHref = presentHref({
    country: filters.country,
    period: filters.period,
    industry: filters.industry,
    newOnly: filters.newOnly,
  });
  const navigate = useNavigate();
  useShortcut('present', () => void navigate(deckHref, { state: linkState }));

  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <div className="flex flex-wrap items-center gap-2">
        <CopyLinkButton />
        <EmbedButton />
        <button
          type="button"
          className="btn"
          disabled={!canDownload}
          title={
            canDownload
              ? `Download the ${rows.length} rows shown, sorted and filtered as on screen`
              : 'No rows to download'
          }
          // The CSV code loads on the press: most visits never download.
          onClick={() => rows && void import('./results-csv').then((csv) => csv.downloadResultsCsv(rows, filters))}
        >
          Download CSV
        </button>
        {canCompare ? (
          <Link to={compareHref(selection.names, scope)} className="btn">
            {compareLabel}
          </Link>
        ) : (
          <button
            type="button"
            className="btn"
            disabled
            title={`Tick ${COMPARE_MIN} to ${COMPARE_MAX} hashtags to compare them`}
          >
            {compareLabel}
          </button>
        )}
        {count > 0 && (
          <button type="button" className="btn-ghost" onClick={selection.clear}>
            Clear selection
          </button>
        )}
        <Link
          to={deckHref}
          state={linkState}
          className="btn"
          title="Present this list as slides (the top 10)"
          aria-keyshortcuts="p"
        >
          Present
        </Link>
        <ShortcutHint id="present" className="-ml-1" />
      </div>
      <p aria-live="polite" className="text-sm text-ink-muted">
        {selectionHint(count)}
      </p>
    </div>
  );
}
