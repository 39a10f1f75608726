import { startTransition, useContext, useEffect, useState, type ReactNode, type Ref } from 'react';
import { usePrinting } from '../../lib/use-printing';
import { whenIdle } from '../../lib/when-idle';
import type { BarChart, BarChartProps } from './bar-chart';
import { DrawNowContext } from './draw-now-context';
import type { RankHistoryChart, RankHistoryChartProps } from './rank-history-chart';
import type { TrendLineChart, TrendLineChartProps } from './trend-line-chart';

// recharts is most of the detail page's JavaScript: loaded on its own, after the page's text has
// painted, so it does not stand between the visitor and the hashtag's figures.
interface ChartCode {
  TrendLineChart: typeof TrendLineChart;
  BarChart: typeof BarChart;
  RankHistoryChart: typeof RankHistoryChart;
}

/**
 * The chart code once it has arrived. Kept here (rather than behind React.lazy) so a chart can be
 * drawn synchronously when it must be: in a `beforeprint` handler, nothing may wait for a promise.
 */
let chartCode: ChartCode | undefined;
let chartCodePromise: Promise<ChartCode> | undefined;
function requestChartCode(): Promise<ChartCode> {
  chartCodePromise ??= Promise.all([
    import('./trend-line-chart'),
    import('./bar-chart'),
    import('./rank-history-chart'),
  ]).then(([line, bar, rank]) => {
    chartCode = {
      TrendLineChart: line.TrendLineChart,
      BarChart: bar.BarChart,
      RankHistoryChart: rank.RankHistoryChart,
    };
    return chartCode;
  });
  return chartCodePromise;
}

/** The chart code, or undefined until it has arrived (asked for once `wanted`). */
function useChartCode(wanted: boolean): ChartCode | undefined {
  const [code, setCode] = useState(chartCode);
  useEffect(() => {
    if (!wanted || code) return;
    let active = true;
    // in a transition, as a chart's turn is: React builds the chart in slices of a few milliseconds
    void requestChartCode().then((loaded) => active && startTransition(() => setCode(loaded)));
    return () => {
      active = false;
    };
  }, [wanted, code]);
  return code ?? chartCode;
}

/** Fills the plot box (whose height ChartFigure fixes) while the chart waits: nothing shifts. */
function PlotPlaceholder({ ref }: { ref?: Ref<HTMLSpanElement> }) {
  return <span ref={ref} aria-hidden="true" className="block h-full w-full rounded-lg bg-surface-muted" />;
}

/** How far ahead of the viewport a chart is drawn once the visitor scrolls: a viewport height. */
const AHEAD = '100% 0px';

/** The chart code, fetched and evaluated once, when the browser is idle or a chart's turn comes. */
function loadChartCode() {
  void requestChartCode();
}

const inViewport = (box: DOMRectReadOnly) => box.top < window.innerHeight && box.bottom > 0 && box.height > 0;

/**
 * Whether the chart whose placeholder gets the returned ref should be drawn (it stays true):
 * - at once when it is in the viewport;
 * - within a viewport height ({@link AHEAD}) once the visitor has scrolled, so it is drawn before it
 *   shows. A chart further down a phone screen costs nothing until the visitor heads for it: at load
 *   a chart is tens of milliseconds of script on a slow phone;
 * - always without IntersectionObserver (and in jsdom).
 * Printing and exporting draw it at once, without waiting for this (see {@link InTurn}).
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
    // The code comes ahead of the first chart to draw, while nothing else is going on.
    const cancelIdle = whenIdle(loadChartCode);
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
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
 * One chart at a time, each after a paint: a recharts chart costs tens of milliseconds of script,
 * style and layout on a slow phone, so drawn in turn the page stays responsive and the charts appear
 * one by one, in page order.
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

/**
 * The chart drawn by `draw`, in its turn, or at once (skipping the queue) when the page is printed
 * or its figure asks for it (Download PNG): with the code in, that happens in the same render, so a
 * `beforeprint` handler returns with the chart in the DOM. Once drawn, it stays drawn.
 */
function InTurn({ draw }: { draw: (code: ChartCode) => ReactNode }) {
  const printing = usePrinting();
  const asked = useContext(DrawNowContext);
  const [drawNow, placeholder] = useDrawNow();
  const { turn, done } = useChartTurn(drawNow);
  const [forced, setForced] = useState(false);
  if ((printing || asked) && !forced) setForced(true);
  const wanted = turn || forced || printing || asked;
  const code = useChartCode(wanted);
  if (!wanted || !code) return <PlotPlaceholder ref={placeholder} />;
  return (
    <>
      {draw(code)}
      <Drawn onDrawn={done} />
    </>
  );
}

/** {@link TrendLineChart}, drawn in its turn once the page around it has painted, when it is in view or about to be. */
export function LazyTrendLineChart(props: TrendLineChartProps) {
  return <InTurn draw={(code) => <code.TrendLineChart {...props} />} />;
}

/** {@link BarChart}, drawn in its turn once the page around it has painted, when it is in view or about to be. */
export function LazyBarChart(props: BarChartProps) {
  return <InTurn draw={(code) => <code.BarChart {...props} />} />;
}

/** {@link RankHistoryChart}, drawn in its turn once the page around it has painted, when it is in view or about to be. */
export function LazyRankHistoryChart(props: RankHistoryChartProps) {
  return <InTurn draw={(code) => <code.RankHistoryChart {...props} />} />;
}
