import { expect, type Page } from '@playwright/test';

/**
 * Helpers for hashtag pages in end-to-end tests.
 * - Charts come drawn with the page as plain SVG (`svg.chart-static`); recharts replaces one when a
 *   reader points at it (src/components/charts/lazy-charts.tsx).
 * - Our server renders every page with its data (src/entry-server.tsx) when it has it in time; when the
 *   provider is slow, the page goes without, drawn loading, and the late answers follow in the same response.
 */

/** Scrolls to the figure titled `title`, as a reader would, and checks its chart is drawn. */
export async function drawChart(page: Page, title: string) {
  const figure = page.getByRole('figure', { name: title });
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('svg.chart-static')).toBeVisible();
  return figure;
}

/** The figures of a hashtag page, top to bottom. */
export const DETAIL_FIGURES = [
  'Popularity over time',
  'Audience age',
  'Audience interests',
  'Audience countries',
] as const;

/** Scrolls through the page's figures, checking each is drawn, then back to the top. */
export async function drawAllCharts(page: Page) {
  for (const title of DETAIL_FIGURES) await drawChart(page, title);
  await page.evaluate(() => window.scrollTo(0, 0));
}
