import { lazy, startTransition, Suspense, useEffect, useState, type ReactNode, type Ref } from 'react';
import { whenIdle } from '../../lib/when-idle';
import type { BarChartProps } from './bar-chart';
import type { TrendLineChartProps } from './trend-line-chart';

// recharts is most of the detail page's JavaScript (~100 KB gzip). Loaded on its own, after the page's
// text has painted, it no longer sits between the visitor and the hashtag's figures.
const loadTrendLineChart = () => import('./trend-line-chart');
const loadBarChart = () => import('./bar-chart');
const TrendLineChart = lazy(() => loadTrendLineChart().then((m) => ({ default: m.TrendLineChart })));
const BarChart = lazy(() => loadBarChart().then((m) => ({ default: m.BarChart })));

/** Fills the plot box (whose height ChartFigure fixes) while the chart waits: nothing shifts. */
function PlotPlaceholder({ ref }: { ref?: Ref<HTMLSpanElement> }) {
  return <span ref={ref} aria-hidden="true" className="block h-full w-full rounded-lg bg-surface-muted" />;
}

/** How far ahead of the viewport a chart is drawn once the visitor scrolls: a viewport height. */
const AHEAD = '100% 0px';

/** The chart code, fetched and evaluated once, when the browser is idle or a chart's turn comes. */
let chartCodeRequested = false;
function loadChartCode() {
  if (chartCodeRequested) return;
  chartCodeRequested = true;
  void loadTrendLineChart();
  void loadBarChart();
}

const inViewport = (box: DOMRectReadOnly) => box.top < window.innerHeight && box.bottom > 0 && box.height > 0;

/**
 * Whether the chart whose placeholder gets the returned ref should be drawn (it stays true):
 * - at once when it is in the viewport;
 * - within a viewport height ({@link AHEAD}) once the visitor has scrolled, so it is drawn before it
 *   shows. A chart further down a phone screen costs nothing until the visitor heads for it: at load
 *   a chart is tens of milliseconds of script on a slow phone;
 * - when the page is printed (`beforeprint`), and always without IntersectionObserver (and in jsdom).
 */
function useDrawNow(): [boolean, (element: HTMLElement | null) => void] {
  const [draw, setDraw] = useState(() => typeof IntersectionObserver === 'undefined');
  const [element, setElement] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (draw || !element) return;
    const drawNow = () => setDraw(true);
    let ahead = false;
    let scrolled = false;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        ahead = entry.isIntersecting;
        if (ahead && (scrolled || inViewport(entry.boundingClientRect))) drawNow();
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    const onScroll = () => {
      scrolled = true;
      if (ahead) drawNow();
    };
    window.addEventListener('scroll', onScroll, { passive: true, once: true });
    window.addEventListener('beforeprint', drawNow);
    // The code comes ahead of the first chart to draw, while nothing else is going on.
    const cancelIdle = whenIdle(loadChartCode);
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('beforeprint', drawNow);
      cancelIdle();
    };
  }, [draw, element]);
  return [draw, setElement];
}

/** The last chart to have asked for a turn resolves this when it has been drawn. */
let lastTurn: Promise<void> = Promise.resolve();

/** Resolves after the browser has painted (a frame, then a task after it). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * One chart at a time, each after a paint. A recharts chart costs tens of milliseconds of script,
 * style and layout on a slow phone; four of them committed together held the main thread for
 * about half a second. In turn, the page stays responsive and the charts appear one by one, in page order.
 * Returns whether it is this chart's turn, and `done` to call once it has been drawn.
 */
function useChartTurn(wanted: boolean): { turn: boolean; done: () => void } {
  const [turn, setTurn] = useState(false);
  const [done, setDone] = useState<() => void>(() => () => {});
  useEffect(() => {
    if (!wanted) return;
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const previous = lastTurn;
    lastTurn = previous.then(() => mine);
    let active = true;
    void previous.then(afterPaint).then(() => {
      if (!active) return release();
      // Both kinds at the first turn, so a bar chart's code is in by the time its turn comes.
      loadChartCode();
      // A transition: React builds the chart's tree in slices of a few milliseconds instead of one
      // long task (recharts' own follow-up updates after the first commit stay synchronous).
      startTransition(() => {
        setDone(() => release);
        setTurn(true);
      });
    });
    return () => {
      active = false;
      release();
    };
  }, [wanted]);
  return { turn, done };
}

/** Calls `onDrawn` once it (and so the chart before it in the same boundary) has committed. */
function Drawn({ onDrawn }: { onDrawn: () => void }) {
  useEffect(() => onDrawn(), [onDrawn]);
  return null;
}

function InTurn({ children }: { children: ReactNode }) {
  const [drawNow, placeholder] = useDrawNow();
  const { turn, done } = useChartTurn(drawNow);
  if (!turn) return <PlotPlaceholder ref={placeholder} />;
  return (
    <Suspense fallback={<PlotPlaceholder />}>
      {children}
      <Drawn onDrawn={done} />
    </Suspense>
  );
}

/** {@link TrendLineChart}, drawn in its turn once the page around it has painted, when it is in view or about to be. */
export function LazyTrendLineChart(props: TrendLineChartProps) {
  return (
    <InTurn>
      <TrendLineChart {...props} />
    </InTurn>
  );
}

/** {@link BarChart}, drawn in its turn once the page around it has painted, when it is in view or about to be. */
export function LazyBarChart(props: BarChartProps) {
  return (
    <InTurn>
      <BarChart {...props} />
    </InTurn>
  );
}
