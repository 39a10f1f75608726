import { lazy, startTransition, Suspense, useEffect, useState, type ReactNode } from 'react';
import type { BarChartProps } from './bar-chart';
import type { TrendLineChartProps } from './trend-line-chart';

// recharts is most of the detail page's JavaScript (~100 KB gzip). Loaded on its own, after the page's
// text has painted, it no longer sits between the visitor and the hashtag's figures.
const loadTrendLineChart = () => import('./trend-line-chart');
const loadBarChart = () => import('./bar-chart');
const TrendLineChart = lazy(() => loadTrendLineChart().then((m) => ({ default: m.TrendLineChart })));
const BarChart = lazy(() => loadBarChart().then((m) => ({ default: m.BarChart })));

/** Fills the plot box (whose height ChartFigure fixes) while the chart waits: nothing shifts. */
function PlotPlaceholder() {
  return <span aria-hidden="true" className="block h-full w-full rounded-lg bg-surface-muted" />;
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
function useChartTurn(): { turn: boolean; done: () => void } {
  const [turn, setTurn] = useState(false);
  const [done, setDone] = useState<() => void>(() => () => {});
  useEffect(() => {
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const previous = lastTurn;
    lastTurn = previous.then(() => mine);
    let active = true;
    void previous.then(afterPaint).then(() => {
      if (!active) return release();
      // Both kinds at the first turn, so a bar chart's code is in by the time its turn comes.
      void loadTrendLineChart();
      void loadBarChart();
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
  }, []);
  return { turn, done };
}

/** Calls `onDrawn` once it (and so the chart before it in the same boundary) has committed. */
function Drawn({ onDrawn }: { onDrawn: () => void }) {
  useEffect(() => onDrawn(), [onDrawn]);
  return null;
}

function InTurn({ children }: { children: ReactNode }) {
  const { turn, done } = useChartTurn();
  if (!turn) return <PlotPlaceholder />;
  return (
    <Suspense fallback={<PlotPlaceholder />}>
      {children}
      <Drawn onDrawn={done} />
    </Suspense>
  );
}

/** {@link TrendLineChart}, drawn in its turn once the page around it has painted. */
export function LazyTrendLineChart(props: TrendLineChartProps) {
  return (
    <InTurn>
      <TrendLineChart {...props} />
    </InTurn>
  );
}

/** {@link BarChart}, drawn in its turn once the page around it has painted. */
export function LazyBarChart(props: BarChartProps) {
  return (
    <InTurn>
      <BarChart {...props} />
    </InTurn>
  );
}
