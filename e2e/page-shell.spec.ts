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

/** When the page's first contentful paint and its requests matching each pattern started. */
async function startTimes<K extends string>(page: Page, patterns: Record<K, RegExp>): Promise<{ fcp: number } & Record<K, number[]>> {
  const sources: Record<string, string> = {};
  for (const [name, pattern] of Object.entries<RegExp>(patterns)) sources[name] = pattern.source;
  const timing = await page.evaluate((sources) => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
    const resources = performance.getEntriesByType('resource').map((entry) => {
      const url = new URL(entry.name);
      return { path: url.pathname + url.search, start: entry.startTime };
    });
    const starts = Object.fromEntries(
      Object.entries(sources).map(([name, source]) => [name, resources.filter((r) => new RegExp(source).test(r.path)).map((r) => r.start)]),
    );
    return { fcp, ...starts };
  }, sources);
  return timing as { fcp: number } & Record<K, number[]>;
}

const ENTRY = /^\/assets\/index-[\w-]+\.js$/;

test('on the explorer, the app starts once its shell is painted', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('table', { name: /hashtags/i }).getByRole('rowheader').first()).toBeVisible();
  const timing = await startTimes(page, { entry: ENTRY });
  expect(timing.fcp).toBeGreaterThan(0);
  expect(timing.entry).toHaveLength(1);
  expect(timing.entry[0]).toBeGreaterThanOrEqual(timing.fcp);
});

test('on a hashtag page, the page’s code and its data start before the app has run', async ({ page }) => {
  await page.goto('/hashtag/carmeet');
  await expect(page.getByRole('heading', { level: 1, name: /carmeet/ })).toBeVisible();
  const timing = await startTimes(page, {
    page: /^\/assets\/hashtag-page-[\w-]+\.js$/,
    data: /^\/api\/tiktok\/popular-trend\/hashtag\/detail\?hashtag_name=carmeet&country_code=US&period=7$/,
    // the app's first request of its own, once its entry has run
    app: /^\/api\/meta$/,
  });
  expect(timing.page).toHaveLength(1);
  expect(timing.data).toHaveLength(1);
  expect(timing.app).toHaveLength(1);
  expect(timing.page[0]).toBeLessThan(timing.app[0]!);
  expect(timing.data[0]).toBeLessThan(timing.app[0]!);
});
