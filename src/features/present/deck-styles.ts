/**
 * The deck sets the root font size from the viewport (see present-page.tsx), so every rem below
 * scales with the screen: 1rem is 1/66.7 of a 16:9 slide's width (19px at 1280×720, 29px at
 * 1920×1080). Charts draw their labels in px; these overrides make them follow the deck's type
 * (CSS beats SVG presentation attributes) and thicken the lines for a projector. The plot may
 * spill into its card's padding: the y axis keeps its fixed px width while its labels grow.
 */
export const DECK_CHART =
  '[&_.recharts-surface]:overflow-visible [&_.recharts-text]:text-[0.8rem] [&_.recharts-label]:font-semibold [&_.recharts-line-curve]:[stroke-width:0.22rem] [&_.recharts-legend-item-text]:text-[0.8rem] ' +
  // the same for the SVG drawn with the page, before recharts takes over (charts/svg-plot.tsx)
  '[&_.chart-text]:text-[0.8rem] [&_.chart-label]:font-semibold [&_.chart-line]:[stroke-width:0.22rem] [&_[data-legend-text]]:text-[0.8rem]';

/** The slide's own padding: generous, like a real deck's safe area; slimmer when slides stack (phones, zoom). */
export const SLIDE_PAD = 'px-[1.25rem] py-[1.25rem] deck-wide:px-[3rem] deck-wide:py-[1.75rem]';

/**
 * A hashtag slide's title: the longer the name, the smaller the type, and at most two lines that
 * may break anywhere (names have no spaces). The full name stays in the text and in the title.
 */
export function slideTitleSize(name: string): string {
  const length = [...name].length;
  if (length <= 16) return 'text-4xl deck-wide:text-6xl';
  if (length <= 32) return 'text-3xl deck-wide:text-5xl';
  return 'text-2xl deck-wide:text-4xl';
}
