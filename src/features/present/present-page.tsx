import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { hashtagDetailOptions } from '../../api/hashtag-detail';
import { hashtagListOptions } from '../../api/hashtag-list';
import { useDataMode } from '../../api/meta';
import { ErrorAlert } from '../../components/error-alert';
import { LinkProblemsNotice } from '../../components/link-problems-notice';
import { Skeleton } from '../../components/skeleton';
import { SlowLoadingNotice } from '../../components/slow-loading-notice';
import { explorerHref } from '../../lib/deck-links';
import { readFromListState } from '../../lib/list-return';
import type { ParamProblem } from '../../contract/filter-params';
import { safeImageUrl } from '../../contract/safe-url';
import { usePageTitle } from '../../lib/use-page-title';
import { CoverSlide } from './cover-slide';
import {
  buildSlides,
  deckEntries,
  deckListQuery,
  latestPointTime,
  scopeLine,
  slideLabel,
  type DeckEntry,
  type Slide,
} from './deck-data';
import { deckAction } from './deck-keys';
import { clampSlide, parseDeckParams, type DeckFilters } from './deck-params';
import { HashtagSlide } from './hashtag-slide';
import { MoversSlide } from './movers-slide';
import { SummarySlide } from './summary-slide';
import { useFullscreen } from './use-fullscreen';
import { STRIP_SIZE } from './video-strip';

/**
 * Root font size while the deck is on screen: 1rem = 1.5% of a 16:9 slide's width (the smaller of
 * 1.5vw and 2.67vh, so a taller or wider window letterboxes the type instead of overflowing), never
 * under 14px. Every rem-based size in the deck scales with it.
 */
const DECK_ROOT_FONT_SIZE = 'max(14px, min(1.5vw, 2.6667vh))';

function useDeckTypeScale() {
  useLayoutEffect(() => {
    const root = document.documentElement;
    const before = root.style.fontSize;
    root.style.fontSize = DECK_ROOT_FONT_SIZE;
    return () => {
      root.style.fontSize = before;
    };
  }, []);
}

const preloadedCovers = new Set<string>();

/** Fetch a hashtag's detail and warm the first covers, so its slide opens complete. */
function prefetchEntry(queryClient: QueryClient, entry: DeckEntry, filters: DeckFilters) {
  const options = hashtagDetailOptions({ name: entry.name, country: filters.country, period: filters.period });
  void queryClient.prefetchQuery(options).then(() => {
    const info = queryClient.getQueryData(options.queryKey)?.data.info;
    for (const item of info?.related_items.slice(0, STRIP_SIZE) ?? []) {
      const src = safeImageUrl(item.cover_uri);
      if (!src || preloadedCovers.has(src)) continue;
      preloadedCovers.add(src);
      const img = new Image();
      img.referrerPolicy = 'no-referrer';
      img.src = src;
    }
  });
}

/** Is a popover open? Escape then belongs to it (it closes itself), not to the deck. */
function popoverOpen(): boolean {
  try {
    return document.querySelector(':popover-open') !== null;
  } catch {
    return false; // a browser (or jsdom) without the selector has no popovers either
  }
}

/**
 * `/present`: the explorer's filters (or `tags`) as a full-screen slide deck.
 *
 * - The slide lives in the URL (`slide=3`, 1-based, left out on the first) so a link opens at it.
 *   Moving between slides REPLACES the history entry: with a clicker, Back should leave the deck,
 *   not walk back through twenty slides.
 * - Keys: see deck-keys.ts. Escape leaves fullscreen first; only an Escape outside fullscreen goes
 *   back to the explorer: the exact view the deck was opened from, else the list under its filters.
 * - The list is loaded once; each slide prefetches the details of the next two and the previous
 *   slide (and warms their video covers), so advancing does not wait.
 */
export function PresentPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const navigate = useNavigate();
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
  // Hand-picked names can still be shown from their details when the list fails.
  const ready = listLoaded || (filters.tags.length > 0 && listResult.isError);

  // eslint-disable-next-line react-hooks/exhaustive-deps -- tagsKey stands for filters.tags
  const entries = useMemo(() => deckEntries(filters.tags, list), [tagsKey, list]);
  const slides: Slide[] = useMemo(() => (ready ? buildSlides(filters, entries) : []), [ready, filters, entries]);
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

  // Where the last key press is taking us: a second press before the URL has caught up counts from there.
  const targetRef = useRef(index);
  useEffect(() => {
    targetRef.current = index;
  }, [index]);

  const goTo = useCallback(
    (next: number) => {
      if (total === 0) return;
      const to = Math.max(0, Math.min(total - 1, next));
      if (to === targetRef.current) return;
      targetRef.current = to;
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          if (to === 0) params.delete('slide');
          else params.set('slide', String(to + 1));
          return params;
        },
        { replace: true, preventScrollReset: true, state: historyState },
      );
    },
    [setSearchParams, total, historyState],
  );

  /** After a notice is dismissed: write the values actually shown, so the URL and the deck agree. */
  const dropInvalid = () => {
    const params = new URLSearchParams(searchParams);
    for (const problem of allProblems) {
      if (problem.param === 'slide') {
        if (index === 0) params.delete('slide');
        else params.set('slide', String(index + 1));
      } else if (problem.param === 'tags') {
        params.set('tags', filters.tags.join(','));
      } else {
        params.delete(problem.param);
      }
    }
    setSearchParams(params, { replace: true, preventScrollReset: true, state: historyState });
  };

  // Keyboard: one listener for the page's life, reading the latest state through a ref.
  const onActionRef = useRef<(event: KeyboardEvent) => void>(() => undefined);
  useEffect(() => {
    onActionRef.current = (event: KeyboardEvent) => {
      const action = deckAction(event);
      if (!action) return;
      if (action === 'exit') {
        if (popoverOpen()) return;
        event.preventDefault();
        if (document.fullscreenElement) fullscreen.exit();
        else if (!fullscreen.justExited()) void navigate(exitHref);
        return;
      }
      event.preventDefault();
      if (action === 'fullscreen') fullscreen.toggle();
      else if (action === 'next') goTo(targetRef.current + 1);
      else if (action === 'previous') goTo(targetRef.current - 1);
      else if (action === 'first') goTo(0);
      else goTo(total - 1);
    };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => onActionRef.current(event);
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // Prefetch what the neighbouring slides need.
  useEffect(() => {
    if (!ready) return;
    for (const offset of [1, 2, -1]) {
      const near = slides[index + offset];
      if (near?.kind === 'hashtag') prefetchEntry(queryClient, near.entry, filters);
      if (near?.kind === 'summary') for (const e of entries) if (!e.item) prefetchEntry(queryClient, e, filters);
    }
  }, [entries, filters, index, queryClient, ready, slides]);

  const atStart = index === 0;
  const atEnd = index >= total - 1;

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

      <nav
        aria-label="Presentation controls"
        className="flex h-[2.75rem] shrink-0 items-center justify-between gap-[0.5rem] border-t border-line px-[0.5rem] text-base text-ink-muted deck-wide:gap-[1rem] deck-wide:px-[1.5rem]"
      >
        <p className="min-w-0 truncate">
          {scopeText}
          {mode ? ` · ${mode === 'demo' ? 'Demo data' : 'Live data'}` : ''}
        </p>
        <div className="flex shrink-0 items-center gap-[0.25rem] deck-wide:gap-[0.5rem]">
          <button
            type="button"
            className="btn-ghost text-base aria-disabled:opacity-40"
            aria-label="Previous slide"
            aria-disabled={atStart || total === 0}
            onClick={() => goTo(targetRef.current - 1)}
          >
            <span aria-hidden="true">←</span>
          </button>
          <p
            className="min-w-[3.5rem] text-center tabular-nums text-ink deck-wide:min-w-[4.5rem]"
            data-testid="slide-counter"
          >
            {total > 0 ? `${index + 1} / ${total}` : '– / –'}
          </p>
          <button
            type="button"
            className="btn-ghost text-base aria-disabled:opacity-40"
            aria-label="Next slide"
            aria-disabled={atEnd || total === 0}
            onClick={() => goTo(targetRef.current + 1)}
          >
            <span aria-hidden="true">→</span>
          </button>
          <button
            type="button"
            className="btn-ghost text-base"
            aria-pressed={fullscreen.active}
            disabled={!fullscreen.supported}
            title={fullscreen.supported ? 'Fullscreen (F)' : 'Fullscreen is not available in this browser'}
            onClick={fullscreen.toggle}
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 16 16"
              className="h-[0.9em] w-[0.9em] deck-wide:mr-[0.35rem]"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.75"
            >
              <path d="M1.5 5.5v-4h4M10.5 1.5h4v4M14.5 10.5v4h-4M5.5 14.5h-4v-4" />
            </svg>
            {/* On a phone the icon alone: the word stays the button's name. */}
            <span className="sr-only deck-wide:not-sr-only">Fullscreen</span>
          </button>
          <Link to={exitHref} className="btn-ghost text-base font-medium" title="Back to the list (Esc)">
            Exit
          </Link>
        </div>
      </nav>
    </div>
  );
}
