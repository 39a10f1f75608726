import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
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
import { whenIdle } from '../../lib/when-idle';
import { lastVisitKey } from '../../stores/last-visit-store';
import { ChangesBar } from './changes-bar';
import { DroppedOutList } from './dropped-out-list';
import { EmptyState } from './empty-state';
import { ChangesSince } from './changes-since';
import { FilterPanel } from './filter-panel';
import { Freshness } from './freshness';
import { HashtagTable } from './hashtag-table';
import { Pagination, rangeText } from './pagination';
import { ResultsToolbar } from './results-toolbar';
import { useChangesSinceLastVisit } from './use-changes-since-last-visit';
import { useCompareSelection } from '../../stores/compare-selection';
import { explorerListQuery, useExplorerFilters } from './url-state';
import { viewRows } from './view-rows';

/**
 * `/`: the ranked list under the URL's filters. The page loads the list and wires its parts: the
 * filters (filter-panel), the view options and actions (results-toolbar), the changes since the last
 * visit (changes-bar, the table's markers, dropped-out-list), the table and its paging.
 */
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

  // The next page is one click away: fetch it once this one is on screen and the browser is idle (not
  // in the task that hydrates the page or paints new rows).
  const hasMore = !list.isPlaceholderData && pagination?.has_more === true;
  useEffect(() => {
    if (!hasMore) return;
    return whenIdle(() => void queryClient.prefetchQuery(hashtagListOptions({ ...query, page: query.page + 1 })));
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

  const searchSession = (location.state as { searchSession?: string } | null)?.searchSession ?? location.key;

  const pageSize = pagination?.size || filters.limit;
  const pageCount = pagination ? Math.max(1, Math.ceil(pagination.total / filters.limit)) : filters.page;
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

      <ChangesSince filters={filters} onChange={update} />

      <section aria-label="Results" className="card print-can-split p-0">
        <ResultsToolbar
          filters={filters}
          update={update}
          searchSession={searchSession}
          pageRows={response?.data.list}
          rows={rows}
          selection={selection}
          linkState={linkState}
        />

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
