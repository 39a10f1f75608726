import { expect, type Page } from '@playwright/test';

/**
 * Helpers for hashtag pages in end-to-end tests.
 * - Charts further down are drawn as the visitor scrolls towards them (src/components/charts/lazy-charts.tsx):
 *   tests that read a chart scroll to it first, as a visitor would.
 * - Our server sends a hashtag page with its detail in it (server/pages/page-data.ts) when it has it in
 *   time; when the provider is slow, the page goes without and the browser asks for it.
 */

/** Scrolls to the figure titled `title` and waits for its chart to be drawn. */
export async function drawChart(page: Page, title: string) {
  const figure = page.getByRole('figure', { name: title });
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('svg.recharts-surface')).toBeVisible();
  return figure;
}

/** The figures of a hashtag page, top to bottom. */
export const DETAIL_FIGURES = [
  'Popularity over time',
  'Audience age',
  'Audience interests',
  'Audience countries',
] as const;

/** Scrolls through the page's figures, each drawn in turn, then back to the top. */
export async function drawAllCharts(page: Page) {
  for (const title of DETAIL_FIGURES) await drawChart(page, title);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Hashtag pages arrive as our server sends them when the provider is slower than its wait: without
 * the detail in the page, so the browser makes the request (and page.route can fail it).
 */
export async function withoutEmbeddedDetail(page: Page) {
  await page.route(
    (url) => url.pathname.startsWith('/hashtag/'),
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /<script type="application\/json" id="page-data"[^>]*>[\s\S]*?<\/script>/,
        '',
      );
      await route.fulfill({ response, body: html });
    },
  );
}
