import { expect, test, type Page } from '@playwright/test';

const URL_WITH_FILTERS = '/?country=FR&industry=22000000000&period=30&new=1';
const SUBTITLE = 'Top 100 in France, apparel & accessories, last 30 days · new to the top 100 only';

/** What the first paint shows of the header and the explorer's heading: text, classes and boxes. */
async function shellParts(page: Page) {
  return page.evaluate(() =>
    [
      document.querySelector('header a[href="/"]'),
      document.querySelector('main h1'),
      document.querySelector('main h1 + p'),
    ].map((el) => {
      if (!el) return null;
      const box = el.getBoundingClientRect();
      return { text: el.textContent, className: el.className, box: [box.x, box.y, box.width, box.height].map(Math.round) };
    }),
  );
}

test('the server paints the page shell for the URL before any of the app has run', async ({ page }) => {
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto(URL_WITH_FILTERS);
  await expect(page.getByRole('heading', { level: 1, name: 'Trending hashtags' })).toBeVisible();
  await expect(page.getByText(SUBTITLE)).toBeVisible();
  await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'true');
});

test('the app takes over the shell without moving it', async ({ page }) => {
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto(URL_WITH_FILTERS);
  const shell = await shellParts(page);
  expect(shell.every(Boolean)).toBe(true);

  await page.unroute('**/assets/*.js');
  await page.goto(URL_WITH_FILTERS);
  await expect(page.getByRole('table', { name: /hashtags/i }).getByRole('rowheader').first()).toBeVisible();
  await expect(page.getByRole('main')).not.toHaveAttribute('aria-busy');
  expect(await shellParts(page)).toEqual(shell);
});

test('the app starts after the shell is painted, and a hashtag page’s code and data with it', async ({ page }) => {
  await page.goto('/hashtag/carmeet');
  await expect(page.getByRole('heading', { level: 1, name: /carmeet/ })).toBeVisible();
  const timing = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
    const starts = (pattern: RegExp) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => pattern.test(new URL(entry.name).pathname + new URL(entry.name).search))
        .map((entry) => entry.startTime);
    return {
      fcp,
      entry: starts(/^\/assets\/index-[\w-]+\.js$/),
      page: starts(/^\/assets\/hashtag-page-[\w-]+\.js$/),
      data: starts(/^\/api\/tiktok\/popular-trend\/hashtag\/detail\?hashtag_name=carmeet&country_code=US&period=7$/),
    };
  });
  expect(timing.fcp).toBeGreaterThan(0);
  expect(timing.entry).toHaveLength(1);
  expect(timing.entry[0]).toBeGreaterThanOrEqual(timing.fcp);
  // the page's chunk and its data were asked for by the boot script with the entry, not after it ran
  expect(timing.page).toHaveLength(1);
  expect(timing.data).toHaveLength(1);
  expect(Math.abs(timing.page[0]! - timing.entry[0]!)).toBeLessThan(50);
  expect(Math.abs(timing.data[0]! - timing.entry[0]!)).toBeLessThan(50);
});
