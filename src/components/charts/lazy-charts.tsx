import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import type { BarChart, BarChartProps } from './bar-chart';
import type { RankHistoryChart, RankHistoryChartProps } from './rank-history-chart';
import { SvgBarChart } from './svg-bar-chart';
import { SvgRankHistoryChart } from './svg-rank-history-chart';
import { SvgTrendLineChart } from './svg-trend-line-chart';
import type { TrendLineChart, TrendLineChartProps } from './trend-line-chart';

/*
 * A chart is drawn twice over its life, from one geometry (plot-layout.ts):
 * - with the page, as plain SVG (svg-*-chart.tsx): on the server, at hydration, on paper, in a PNG.
 *   It costs a few KB of script, so a page full of charts stays light and its charts are in its HTML;
 * - by recharts, once a reader points at it, taps it or focuses it: what only that needs (the
 *   tooltip, the cursor, the keyboard walk along the days) comes with recharts, the detail page's
 *   largest library, loaded then.
 */
interface ChartCode {
  TrendLineChart: typeof TrendLineChart;
  BarChart: typeof BarChart;
  RankHistoryChart: typeof RankHistoryChart;
}

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

/** Frames to wait for recharts' surface, which it draws after measuring its box. */
const FOCUS_FRAMES = 30;

/**
 * Moves focus to recharts' surface in `box` once it is there (the SVG that had it is gone), unless the
 * reader has moved on meanwhile (tabbed past the chart): focus is never pulled back.
 */
function focusSurface(box: HTMLElement, frames = FOCUS_FRAMES) {
  const focused = document.activeElement;
  if (focused && focused !== document.body && !box.contains(focused)) return;
  const surface = box.querySelector<SVGElement>('svg.recharts-surface[tabindex]');
  if (surface) surface.focus();
  else if (frames > 0) requestAnimationFrame(() => focusSurface(box, frames - 1));
}

/**
 * The SVG picture (`still`) until the reader points at it, taps it or focuses it; then, once
 * recharts has arrived, recharts' chart (`live`) in its place, for good. Focus follows to it.
 */
function Interactive({ still, live }: { still: ReactNode; live: (code: ChartCode) => ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [code, setCode] = useState<ChartCode>();
  const [wanted, setWanted] = useState(false);
  const hadFocus = useRef(false);
  useEffect(() => {
    if (!wanted) return;
    let active = true;
    // a transition: React builds recharts' tree in slices of a few milliseconds
    void requestChartCode().then((loaded) => active && startTransition(() => setCode(loaded)));
    return () => {
      active = false;
    };
  }, [wanted]);
  useEffect(() => {
    if (code && hadFocus.current && box.current) focusSurface(box.current);
  }, [code]);
  const want = () => setWanted(true);
  return (
    <div
      ref={box}
      className="h-full w-full"
      // a mouse pointing at it; a finger only when it taps (a finger scrolling the page past it ends in
      // pointercancel, not pointerup)
      onPointerEnter={(event) => event.pointerType !== 'touch' && want()}
      onPointerUp={want}
      onFocus={() => {
        hadFocus.current = !code;
        want();
      }}
    >
      {code ? live(code) : still}
    </div>
  );
}

/** A line chart over days, drawn with the page; recharts takes over when a reader points at it. */
export function LazyTrendLineChart(props: TrendLineChartProps) {
  return <Interactive still={<SvgTrendLineChart {...props} />} live={(c) => <c.TrendLineChart {...props} />} />;
}

/** A bar chart, drawn with the page; recharts takes over when a reader points at it. */
export function LazyBarChart(props: BarChartProps) {
  return <Interactive still={<SvgBarChart {...props} />} live={(c) => <c.BarChart {...props} />} />;
}

/** The rank history chart, drawn with the page; recharts takes over when a reader points at it. */
export function LazyRankHistoryChart(props: RankHistoryChartProps) {
  return <Interactive still={<SvgRankHistoryChart {...props} />} live={(c) => <c.RankHistoryChart {...props} />} />;
}
