/** Series colours from the theme (index.css defines them for light, dark and print). */
export const CHART_COLORS = [
  'var(--chart-1)',
  'var(--chart-2)',
  'var(--chart-3)',
  'var(--chart-4)',
  'var(--chart-5)',
] as const;
/** Dash patterns so series differ by more than colour. */
export const SERIES_DASHES = [undefined, '6 3', '2 3', '10 4 2 4', '1 5'] as const;

export const GRID_COLOR = 'var(--chart-grid)';
export const AXIS_TEXT = 'var(--color-ink-muted)';
export const VALUE_TEXT = 'var(--color-ink)';
export const SURFACE = 'var(--color-surface)';

export function seriesColor(index: number): string {
  return CHART_COLORS[index % CHART_COLORS.length] ?? CHART_COLORS[0];
}

/** Animations would only delay screenshots, PNG export and tests. */
export const ANIMATE = false;
