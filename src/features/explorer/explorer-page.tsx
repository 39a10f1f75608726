import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { hashtagDetailOptions } from '../../api/hashtag-detail';
import { hashtagListOptions, useHashtagList } from '../../api/hashtag-list';
import { ErrorAlert } from '../../components/error-alert';
import { LinkProblemsNotice } from '../../components/link-problems-notice';
import { PrintHeader } from '../../components/print-header';
import { countryName, industryLabel, periodLabel } from '../../contract/constants';
import { explorerSubtitle, listPlace } from '../../contract/filter-params';
import { latestPointTime } from '../../lib/data-as-of';
import { hashtagHref } from '../../lib/hashtag-href';
import { fromListState } from '../../lib/list-return';
import { usePageTitle } from '../../lib/use-page-title';
import { DroppedOutList } from './dropped-out-list';
import { lastVisitKey } from '../../stores/last-visit-store';
import { MarkAllSeenButton } from './mark-all-seen-button';
import { useChangesSinceLastVisit, type ChangesSinceLastVisit } from './use-changes-since-last-visit';
import { formatVisitDate } from './visit-date';
import { FilterPanel } from './filter-panel';
import { Freshness } from './freshness';
import { HashtagTable } from './hashtag-table';
import { Pagination, rangeText } from './pagination';
import { ResultsActions } from './results-actions';
import { ResultsSearch } from './results-search';
import { StageFilter } from './stage-filter';
import { useCompareSelection } from './use-compare-selection';
import { explorerListQuery, useExplorerFilters, type ExplorerFilters } from './url-state';
import { viewRows } from './view-rows';

function EmptyState({
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

function Toolbar({ children }: { children: ReactNode }) {
  return (
    <div className="no-print flex flex-col gap-3 border-b border-line p-3 sm:flex-row sm:flex-wrap sm:items-start sm:justify-between">
      {children}
    </div>
  );
}

/**
 * Above the table while anything moved since the last visit: the date compared against and
 * "Mark all as seen". After marking, a short confirmation takes the button's place (and its focus).
 */
function ChangesBar({ changes }: { changes: ChangesSinceLastVisit }) {
  const [marked, setMarked] = useState(false);
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (marked) doneRef.current?.focus();
  }, [marked]);
  if (changes.hasChanges && changes.since !== undefined) {
    const moved = changes.markers.size;
    const dropped = changes.droppedOut.length;
    const counts = [
      moved > 0 ? `${moved} ${moved === 1 ? 'hashtag' : 'hashtags'} new or moved` : undefined,
      dropped > 0 ? `${dropped} dropped out` : undefined,
    ].filter(Boolean);
    return (
      <div className="no-print flex flex-wrap items-center justify-between gap-2 border-b border-line bg-surface-muted px-3 py-2 text-sm">
        <p>
          <span className="font-medium">Since your last visit on {formatVisitDate(changes.since)}:</span>{' '}
          {counts.join(', ')}
        </p>
        <MarkAllSeenButton
          onClick={() => {
            changes.markAllSeen();
            setMarked(true);
          }}
        />
      </div>
    );
  }
  if (!marked) return null;
  return (
    <div className="no-print border-b border-line bg-surface-muted px-3 py-2 text-sm">
      <p ref={doneRef} tabIndex={-1}>
        All changes marked as seen.
      </p>
    </div>
  );
}

export function ExplorerPage() {
  usePageTitle('Trending hashtags');
  const { filters, problems, search, update, reset, dropInvalid } = useExplorerFilters();
  const location = useLocation();
  const queryClient = useQueryClient();

  const query = useMemo(() => explorerListQuery(filters), [filters]);
  const list = useHashtagList(query);
  const response = list.data;
  const pagination = response?.data.pagination;

  const scope = useMemo(
    () => ({ country: filters.country, period: filters.period }),
    [filters.country, filters.period],
  );
  const rows = useMemo(
    () =>
      response
        ? viewRows(response.data.list, {
            q: filters.q,
            sort: filters.sort,
            hidePromoted: filters.hidePromoted,
            stage: filters.stage,
          })
        : undefined,
    [response, filters.q, filters.sort, filters.hidePromoted, filters.stage],
  );

  // Compared with the page exactly as fetched (never the sorted/filtered view, never placeholder
  // rows of other filters), so hidden rows do not look dropped out.
  const visitKey = lastVisitKey({
    country: filters.country,
    industry: filters.industry,
    period: filters.period,
    newOnly: filters.newOnly,
  });
  const changes = useChangesSinceLastVisit(visitKey, list.isPlaceholderData ? undefined : response?.data.list);
  const selection = useCompareSelection();

  // The next page is one click away: fetch it once this one is on screen.
  const hasMore = !list.isPlaceholderData && pagination?.has_more === true;
  useEffect(() => {
    if (hasMore) void queryClient.prefetchQuery(hashtagListOptions({ ...query, page: query.page + 1 }));
  }, [hasMore, query, queryClient]);

  const prefetchDetail = useCallback(
    (name: string) =>
      void queryClient.prefetchQuery(hashtagDetailOptions({ name, country: scope.country, period: scope.period })),
    [queryClient, scope],
  );

  // The address shown, not the router's location: the router applies a new URL in a transition after
  // the filters already showed it (url-state.ts). Following the location, every row would render a
  // second time when it catches up, for the same address.
  const { pathname } = location;
  const linkState = useMemo(() => fromListState({ pathname, search: search ? `?${search}` : '' }), [pathname, search]);

  // Writes of the search box carry this id, so it is remounted only by other navigations.
  const searchSession = (location.state as { searchSession?: string } | null)?.searchSession ?? location.key;

  const pageSize = pagination?.size || filters.limit;
  const pageCount = pagination ? Math.max(1, Math.ceil(pagination.total / filters.limit)) : filters.page;
  const hidden = response && rows ? response.data.list.length - rows.length : 0;
  const printFilters = [
    countryName(filters.country),
    industryLabel(filters.industry),
    `last ${periodLabel(filters.period)}`,
    filters.newOnly ? 'new to the top 100 only' : undefined,
    pagination ? `page ${filters.page} of ${pageCount}` : undefined,
    filters.q ? `names matching “${filters.q}”` : undefined,
    filters.hidePromoted ? 'promoted hidden' : undefined,
    filters.stage ? `stage ${filters.stage}` : undefined,
  ];

  return (
    <div className="space-y-4">
      <PrintHeader
        title="Trending hashtags"
        filters={printFilters}
        dataAsOf={response && latestPointTime(response.data.list.map((item) => item.trend))}
      />
      {list.isFetching && !list.isPending && (
        <div
          role="progressbar"
          aria-label="Loading"
          className="fixed inset-x-0 top-0 z-50 h-0.5 animate-pulse bg-accent"
        />
      )}
      <header className="flex flex-wrap items-end justify-between gap-x-4 gap-y-1">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Trending hashtags</h1>
          <p className="text-ink-muted">{explorerSubtitle(filters)}</p>
        </div>
        <Freshness receivedAt={response?.receivedAt} stale={response?.stale ?? false} />
      </header>

      <div className="no-print space-y-4">
        <LinkProblemsNotice problems={problems} onDismiss={dropInvalid} />
        <FilterPanel filters={filters} onChange={update} onReset={reset} />
      </div>

      <section aria-label="Results" className="card print-can-split p-0">
        <Toolbar>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <ResultsSearch
              key={searchSession}
              initial={filters.q}
              onChange={(q) => update({ q }, { replace: true, state: { searchSession } })}
            />
            <label className="flex cursor-pointer items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4 accent-(--color-accent)"
                checked={filters.hidePromoted}
                onChange={(e) => update({ hidePromoted: e.target.checked })}
              />
              Hide promoted
            </label>
            <StageFilter value={filters.stage} onChange={(stage) => update({ stage })} />
            <p className="text-sm text-ink-muted" aria-live="polite">
              {hidden > 0 && `${hidden} of ${response?.data.list.length} rows on this page hidden`}
            </p>
          </div>
          <ResultsActions filters={filters} rows={rows} selection={selection} linkState={linkState} />
        </Toolbar>

        <ChangesBar key={visitKey} changes={changes} />

        {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} className="m-3" />}

        {!(list.isError && !response) && (
          <HashtagTable
            caption={`Trending hashtags in ${listPlace(filters)}`}
            rows={rows}
            skeletonRows={filters.limit}
            scope={scope}
            sort={filters.sort}
            onSort={(sort) => update({ sort })}
            linkState={linkState}
            onIntent={prefetchDetail}
            busy={list.isPlaceholderData}
            empty={<EmptyState filters={filters} fromServer={response?.data.list.length === 0} onChange={update} />}
            markers={changes.markers}
            since={changes.since}
            selected={selection.has}
            selectionFull={selection.isFull}
            onSelect={selection.set}
          />
        )}

        {changes.droppedOut.length > 0 && (
          <div className="border-t border-line px-3 pb-3">
            <DroppedOutList
              droppedOut={changes.droppedOut}
              since={changes.since}
              range={changes.range}
              hrefFor={(name) => hashtagHref(name, scope)}
            />
          </div>
        )}

        <div className="no-print border-t border-line p-3">
          <Pagination
            page={filters.page}
            pageCount={pageCount}
            range={
              pagination ? rangeText(pagination.page, pageSize, response.data.list.length, pagination.total) : undefined
            }
            onPage={(page) => update({ page })}
          />
        </div>
      </section>
    </div>
  );
}
