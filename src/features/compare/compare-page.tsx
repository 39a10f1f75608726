import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { topChartQuery } from '../../api/top-chart-query';
import { CopyLinkButton } from '../../components/copy-link-button';
import { EmbedButton } from '../../components/embed-button';
import { DownloadPptxButton } from '../../components/download-pptx-button';
import { ErrorAlert } from '../../components/error-alert';
import { LinkProblemsNotice } from '../../components/link-problems-notice';
import { Notice } from '../../components/notice';
import { PrintHeader } from '../../components/print-header';
import { ScopeFilters, useOptimisticChoice } from '../../components/scope-filters';
import { Skeleton } from '../../components/skeleton';
import { CHART_SIZE, countryName, periodLabel } from '../../contract/constants';
import { COMPARE_MAX, presentHref } from '../../lib/deck-links';
import { useShortcut } from '../../lib/shortcuts/use-shortcut';
import { fileSlug } from '../../lib/download';
import type { TrendScope } from '../../contract/filter-params';
import { latestPointTime } from '../../lib/data-as-of';
import { hashtagHref } from '../../lib/hashtag-href';
import { noDataMessage } from '../../lib/no-data-message';
import { usePageTitle } from '../../lib/use-page-title';
import { AddHashtagCombobox } from './add-hashtag-combobox';
import { CompareFiguresTable } from './compare-figures-table';
import { COMPARE_CHART_HEIGHT, CompareChart, useCompareDetails } from './compare-chart';
import { MODE_LABELS, compareSearch, overLimitMessage, parseCompareParams, type CompareMode } from './compare-params';
import { ScaleToggle } from './scale-toggle';
import { SeriesSwatch } from './series-swatch';

/** A 404 from the detail route: the tag is not charted in this scope, which Retry cannot change. */
const isNotCharted = (error: unknown) => error instanceof ApiError && error.kind === 'not-found';

/** `/compare?tags=a,b,c&country=..&period=..&mode=posts`: up to five hashtags on one chart and side by side. */
export function ComparePage() {
  usePageTitle('Compare hashtags');
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const addRef = useRef<HTMLInputElement>(null);
  const params = parseCompareParams(searchParams);
  const { tags, scope, mode } = params;
  const overLimit = overLimitMessage(params);

  const go = (next: Partial<{ tags: readonly string[]; scope: TrendScope; mode: CompareMode }>) =>
    void navigate(
      { search: compareSearch(searchParams, { tags, scope, mode, ...next }) },
      { preventScrollReset: true },
    );
  // The scale just chosen shows at once; the chart follows in the router's transition (as ScopeFilters does).
  const [shownMode, chooseMode] = useOptimisticChoice(mode, (next) => go({ mode: next }));
  useShortcut('present', () => void navigate(presentHref(tags, scope)), tags.length > 0);
  useShortcut('filter', () => addRef.current?.focus());

  const top = useQuery(topChartQuery(scope));
  const suggestions = top.data?.data.list.map((item) => item.hashtag_name) ?? [];
  const { details, loaded, pending } = useCompareDetails(tags, scope);
  const dataAsOf = latestPointTime(loaded.map((h) => h.detail.trend));
  const names = tags.map((t) => `#${t}`).join(' vs ');
  const scopeWords = [countryName(scope.country), `last ${periodLabel(scope.period)}`];

  // After a removal the button that had focus is gone: hand focus to "Add hashtag" once the new
  // list has rendered (the field may only now be enabled again).
  const focusAddAfterRemove = useRef(false);
  const tagsKey = tags.join(',');
  useEffect(() => {
    if (!focusAddAfterRemove.current) return;
    focusAddAfterRemove.current = false;
    addRef.current?.focus();
  }, [tagsKey]);
  const remove = (name: string) => {
    focusAddAfterRemove.current = true;
    go({ tags: tags.filter((t) => t !== name) });
  };

  return (
    <div className="space-y-6">
      <PrintHeader title="Compare hashtags" filters={[names, ...scopeWords, MODE_LABELS[mode]]} dataAsOf={dataAsOf} />
      <div className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-3xl font-bold tracking-tight">Compare hashtags</h1>
          <div className="no-print flex flex-wrap items-center gap-2">
            <CopyLinkButton />
            {tags.length > 0 && <EmbedButton />}
            {loaded.length > 0 && (
              <DownloadPptxButton
                make={() =>
                  import('./compare-pptx').then((m) =>
                    m.downloadComparePptx({ hashtags: loaded, scope, mode, url: window.location.href }),
                  )
                }
              />
            )}
          </div>
        </div>
        <p className="text-ink-muted">
          Up to {COMPARE_MAX} hashtags in {countryName(scope.country)} over the last {periodLabel(scope.period)}.
        </p>
        <ScopeFilters className="no-print" scope={scope} onChange={(next) => go({ scope: next })}>
          <ScaleToggle value={shownMode} onChange={chooseMode} />
        </ScopeFilters>
        {overLimit && <Notice>{overLimit}</Notice>}
        <LinkProblemsNotice problems={params.problems} />
      </div>

      <section aria-labelledby="compare-hashtags" className="card space-y-3">
        <h2 id="compare-hashtags" className="font-semibold">
          Hashtags{' '}
          <span className="font-normal text-ink-muted">
            ({tags.length} of {COMPARE_MAX})
          </span>
        </h2>
        {tags.length > 0 && (
          <ul className="flex flex-wrap gap-2">
            {tags.map((name, index) => (
              // a long tag wraps inside its chip rather than widening the page (360 px phones)
              <li
                key={name}
                className="inline-flex max-w-full items-center gap-2 rounded-full border border-line py-1 pr-1 pl-3 text-sm"
              >
                <SeriesSwatch index={index} />
                <Link
                  to={hashtagHref(name, scope)}
                  className="min-w-0 font-medium text-ink wrap-anywhere hover:underline"
                >
                  #{name}
                </Link>
                {details[index]?.isPending && <span className="text-xs text-ink-muted">loading…</span>}
                {details[index]?.isError &&
                  (isNotCharted(details[index]?.error) ? (
                    <span className="text-xs text-ink-muted">no data</span>
                  ) : (
                    <span className="text-xs text-down">failed</span>
                  ))}
                <button
                  type="button"
                  className="btn-ghost rounded-full px-2 py-0.5"
                  aria-label={`Remove #${name}`}
                  onClick={() => remove(name)}
                >
                  <span aria-hidden="true">✕</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="no-print">
          <AddHashtagCombobox
            inputRef={addRef}
            suggestions={suggestions}
            exclude={tags}
            disabledReason={
              tags.length >= COMPARE_MAX
                ? `${COMPARE_MAX} hashtags is the most a chart can compare: remove one to add another.`
                : undefined
            }
            hint={
              top.isError
                ? `Suggestions are unavailable; type a hashtag and press Enter.`
                : `Suggestions come from the top ${CHART_SIZE} in ${countryName(scope.country)}; any other hashtag can be typed.`
            }
            onAdd={(name) => go({ tags: [...tags, name] })}
          />
        </div>
      </section>

      {details.map((q, index) =>
        q.isError && isNotCharted(q.error) ? (
          <p
            key={tags[index]}
            role="status"
            className="rounded-lg border border-line bg-surface-muted p-3 text-sm wrap-anywhere"
          >
            {noDataMessage(tags[index] ?? '', scope)} It is not in the top {CHART_SIZE} there; try another country or
            period.
          </p>
        ) : q.isError ? (
          <div key={tags[index]} className="space-y-1">
            <p className="text-sm font-semibold wrap-anywhere">#{tags[index]} could not be loaded</p>
            <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
          </div>
        ) : null,
      )}

      {tags.length === 0 ? (
        <div className="card space-y-2">
          <h2 className="text-lg font-semibold">Nothing to compare yet</h2>
          <p>
            Add up to {COMPARE_MAX} hashtags above to see their popularity on one chart and their figures side by side,
            or pick some in the{' '}
            <Link to="/" className="font-medium text-accent-ink underline">
              trending list
            </Link>
            .
          </p>
        </div>
      ) : loaded.length === 0 && pending ? (
        <div role="status" aria-label="Loading the comparison" className="card space-y-3">
          <Skeleton className="h-5 w-48" />
          <Skeleton className="w-full" />
          <div style={{ height: COMPARE_CHART_HEIGHT }}>
            <Skeleton className="h-full w-full" />
          </div>
        </div>
      ) : (
        <>
          <CompareChart loaded={loaded} tags={tags} scope={scope} mode={mode} />
          {loaded.length > 0 && (
            <CompareFiguresTable
              hashtags={loaded}
              period={scope.period}
              fileName={fileSlug('compare', ...tags, scope.country, `${scope.period}d`, 'figures')}
            />
          )}
        </>
      )}
    </div>
  );
}
