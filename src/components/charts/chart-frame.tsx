import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { usePrinting } from '../../lib/use-printing';

/**
 * The plot width on paper: A4 portrait less index.css's 12 mm `@page` margins (703 CSS px), less a
 * card's border and padding (1 + 16 px a side). Letter paper is wider, so this fits both.
 */
export const PRINT_PLOT_WIDTH = Math.floor(((210 - 2 * 12) / 25.4) * 96) - 2 * 17;

export interface PlotSize {
  width: number;
  height: number;
}

/** recharts' z-index layers: `<g>`s that React portals into (see {@link ChartFrame}). */
const LAYERS = 'g[class*="recharts-zIndex-layer_"]:not([tabindex])';

/**
 * Gives a chart its size, drawn with explicit dimensions rather than recharts' ResponsiveContainer:
 * - on screen, the box it fills, measured before paint and again on every resize;
 * - on paper (between `beforeprint` and `afterprint`), the printed width at once, in the same task
 *   as `beforeprint`: a measured box keeps its screen width until after Chromium has laid the page
 *   out for paper, and the latest days would be cut off at the page's right edge.
 * It also keeps recharts' z-index layers out of the tab order: React listens for focus events on
 * every element it portals into, which makes Chromium treat these unnamed `<g>`s as tab stops.
 */
export function ChartFrame({ children }: { children: (size: PlotSize) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState<PlotSize>();
  const printing = usePrinting();

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (width: number, height: number) =>
      setMeasured((previous) =>
        previous?.width === width && previous.height === height ? previous : { width, height },
      );
    const box = element.getBoundingClientRect();
    update(box.width, box.height);
    const resizes = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) update(entry.contentRect.width, entry.contentRect.height);
    });
    resizes.observe(element);
    const untabLayers = () => element.querySelectorAll(LAYERS).forEach((g) => g.setAttribute('tabindex', '-1'));
    const additions = new MutationObserver(untabLayers);
    additions.observe(element, { childList: true, subtree: true });
    return () => {
      resizes.disconnect();
      additions.disconnect();
    };
  }, []);

  const size = measured && (printing ? { width: PRINT_PLOT_WIDTH, height: measured.height } : measured);
  return (
    <div ref={ref} className="h-full w-full">
      {size && size.width > 0 && size.height > 0 ? children(size) : null}
    </div>
  );
}
