import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { hashtagDetailOptions } from '../../api/hashtag-detail';
import { hashtagListOptions } from '../../api/hashtag-list';
import { useHistoryChanges } from '../../api/history-changes';
import { useDataMode } from '../../api/meta';
import { DownloadPptxButton } from '../../components/download-pptx-button';
import { ErrorAlert } from '../../components/error-alert';
import { LinkProblemsNotice } from '../../components/link-problems-notice';
import { Skeleton } from '../../components/skeleton';
import { SlowLoadingNotice } from '../../components/slow-loading-notice';
import type { ParamProblem } from '../../contract/filter-params';
import { explorerHref } from '../../lib/deck-links';
import { daysBefore } from '../../lib/history-days';
import { readFromListState } from '../../lib/list-return';
import { usePageTitle } from '../../lib/use-page-title';
import { ChangesSlide } from './changes-slide';
import { CoverSlide } from './cover-slide';
import { DeckControls } from './deck-controls';
import {
  buildSlides,
  deckEntries,
  deckListQuery,
  latestPointTime,
  scopeLine,
  slideLabel,
  weekOfChanges,
  WEEK_DAYS,
  type Slide,
} from './deck-data';
import { clampSlide, parseDeckParams } from './deck-params';
import { HashtagSlide } from './hashtag-slide';
import { MoversSlide } from './movers-slide';
import { usePrefetchNearSlides } from './slide-prefetch';
import { SummarySlide } from './summary-slide';
import { useDeckKeys } from './use-deck-keys';
import { useDeckTypeScale } from './use-deck-type-scale';
import { useFullscreen } from './use-fullscreen';
import { searchWithShownValues, useSlideInUrl } from './use-slide-in-url';

/**
 * `/present`: the explorer's filters (or `tags`) as a full-screen slide deck.
 *
 * - The slide lives in the URL (use-slide-in-url.ts), so a link opens at it.
 * - Keys: use-deck-keys.ts. Escape leaves fullscreen first; only an Escape outside fullscreen goes
 *   back to the explorer: the exact view the deck was opened from, else the list under its filters.
 * - The list is loaded once; each slide prefetches what its neighbours need (slide-prefetch.ts), so
 *   advancing does not wait.
 */
export function PresentPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  // Opened from the explorer's Present button: the exact view it came from (page, sort, stage...).
  // Kept in history state, so it survives a reload; moving between slides carries it along.
  const { state: historyState } = useLocation();
  const queryClient = useQueryClient();
  const mode = useDataMode();
  const rootRef = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(rootRef);
  useDeckTypeScale();

  const { filters, slide: requestedSlide, problems } = useMemo(() => parseDeckParams(searchParams), [searchParams]);
  const tagsKey = filters.tags.join(',');
  const listResult = useQuery(hashtagListOptions(deckListQuery(filters)));
  const list = listResult.isSuccess ? listResult.data.data.list : undefined;
  const listLoaded = list !== undefined;
  // "What changed this week", from the recorded history: a week before the day the deck was opened.
  const [openedAt] = useState(() => Date.now());
  const changesQuery = useHistoryChanges({
    country: filters.country,
    industry: filters.industry,
    period: filters.period,
    newOnly: filters.newOnly,
    since: daysBefore(WEEK_DAYS, openedAt),
  });
  const weekChanges = weekOfChanges(changesQuery.data?.data.info);
  // Hand-picked names can still be shown from their details when the list fails. The deck also
  // waits for the history (a local database, 5 s at most) so that the number of slides, and the
  // slide a link opens at, never change under the presenter; without history the slide is left out.
  const ready = (listLoaded || (filters.tags.length > 0 && listResult.isError)) && !changesQuery.isPending;

  // eslint-disable-next-line react-hooks/exhaustive-deps -- tagsKey stands for filters.tags
  const entries = useMemo(() => deckEntries(filters.tags, list), [tagsKey, list]);
  const slides: Slide[] = useMemo(
    () => (ready ? buildSlides(filters, entries, weekChanges) : []),
    [ready, filters, entries, weekChanges],
  );
  const total = slides.length;
  const clamped = clampSlide(requestedSlide, total);
  const index = ready ? clamped.index : 0;
  const slide = slides[index];
  const allProblems: ParamProblem[] = ready && clamped.problem ? [...problems, clamped.problem] : problems;
  const exitHref = readFromListState(historyState) ?? explorerHref(filters);
  const scopeText = scopeLine(filters);
  const label = slide ? slideLabel(slide, index, total) : 'Loading the presentation';
  const asOf = latestPointTime(
    list
      ? list.map((i) => i.trend)
      : entries.map(
          (e) =>
            queryClient.getQueryData(hashtagDetailOptions({ name: e.name, ...filters }).queryKey)?.data.info.trend ??
            [],
        ),
  );

  usePageTitle(slide ? `${slide.title} · Presentation` : 'Presentation');

  const { goTo, targetRef } = useSlideInUrl(index, total, historyState);
  useDeckKeys({ goTo, targetRef, total, fullscreen, exitHref });
  usePrefetchNearSlides({ ready, slides, index, entries, filters });

  /** After a notice is dismissed: write the values actually shown, so the URL and the deck agree. */
  const dropInvalid = () =>
    setSearchParams(searchWithShownValues(searchParams, allProblems, { index, tags: filters.tags }), {
      replace: true,
      preventScrollReset: true,
      state: historyState,
    });

  return (
    <div ref={rootRef} className="flex h-dvh flex-col overflow-hidden bg-surface text-ink">
      <main className="relative min-h-0 flex-1 overflow-auto">
        {allProblems.length > 0 && (
          <div className="absolute inset-x-0 top-[0.75rem] z-10 mx-auto flex w-fit max-w-[90%] flex-col gap-[0.5rem] text-lg">
            <LinkProblemsNotice problems={allProblems} onDismiss={dropInvalid} />
          </div>
        )}
        <SlowLoadingNotice className="absolute inset-x-0 bottom-[0.75rem] z-10 mx-auto w-fit max-w-[90%] text-lg" />
        <div
          role="region"
          aria-roledescription="carousel"
          aria-label="Hashtag trends presentation"
          className="min-h-full deck-wide:h-full"
        >
          <p aria-live="polite" aria-atomic="true" className="sr-only">
            {slide ? label : ''}
          </p>
          {slide ? (
            <section
              key={index}
              aria-roledescription="slide"
              aria-label={label}
              className="min-h-full deck-wide:h-full"
            >
              {slide.kind === 'cover' && <CoverSlide filters={filters} entries={entries} asOf={asOf} mode={mode} />}
              {slide.kind === 'movers' && (
                <MoversSlide
                  list={list}
                  error={listResult.error}
                  onRetry={() => void listResult.refetch()}
                  periodDays={filters.period}
                />
              )}
              {slide.kind === 'hashtag' && (
                <HashtagSlide
                  entry={slide.entry}
                  position={slide.position}
                  count={entries.length}
                  filters={filters}
                  listLoaded={listLoaded}
                />
              )}
              {slide.kind === 'changes' && <ChangesSlide changes={slide.changes} />}
              {slide.kind === 'summary' && (
                <SummarySlide entries={entries} filters={filters} scopeText={scopeText} asOf={asOf} />
              )}
            </section>
          ) : listResult.isError ? (
            <div className="mx-auto flex h-full max-w-[48rem] flex-col justify-center-safe gap-[1rem] px-[1.25rem] deck-wide:px-[3rem]">
              <h1 className="text-4xl font-bold deck-wide:text-5xl">The presentation could not be loaded</h1>
              <ErrorAlert error={listResult.error} onRetry={() => void listResult.refetch()} className="text-xl" />
            </div>
          ) : (
            <div
              aria-busy="true"
              className="flex h-full flex-col justify-center-safe gap-[1.5rem] px-[1.25rem] deck-wide:px-[5rem]"
            >
              <h1 className="text-4xl font-bold deck-wide:text-5xl">Loading the presentation…</h1>
              <Skeleton className="h-[5rem] w-full max-w-[40rem]" />
              <Skeleton className="h-[2.5rem] w-full max-w-[30rem]" />
            </div>
          )}
        </div>
      </main>

      <DeckControls
        scopeText={scopeText}
        mode={mode}
        index={index}
        total={total}
        onPrevious={() => goTo(targetRef.current - 1)}
        onNext={() => goTo(targetRef.current + 1)}
        fullscreen={fullscreen}
        exitHref={exitHref}
        download={
          ready && (
            <DownloadPptxButton
              className="btn-ghost text-base"
              statusClassName="sr-only"
              make={() =>
                import('./deck-pptx').then((m) =>
                  m.downloadDeckPptx(queryClient, { filters, slides, entries, list, url: window.location.href }),
                )
              }
            >
              {/* On a phone the icon alone, as Fullscreen: the name stays "Download PowerPoint". */}
              <svg aria-hidden="true" viewBox="0 0 16 16" className="h-[1em] w-[1em] deck-wide:mr-[0.35rem]">
                <path d="M8 1.5v9M4 7l4 4 4-4M2 14.5h12" fill="none" stroke="currentColor" strokeWidth="1.75" />
              </svg>
              <span className="sr-only deck-wide:not-sr-only">PowerPoint</span>
            </DownloadPptxButton>
          )
        }
      />
    </div>
  );
}
