import { expect, test, type Page } from '@playwright/test';
import { withoutEmbeddedDetail } from './detail-page';

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
      return {
        text: el.textContent,
        className: el.className,
        box: [box.x, box.y, box.width, box.height].map(Math.round),
      };
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

/**
 * What `read` sees of `url` as the server paints it (every app script blocked), then once the app has
 * taken over (`appReady`): all of it there, and the same in both.
 */
async function expectTakenOverInPlace(
  page: Page,
  url: string,
  read: (page: Page) => Promise<unknown[]>,
  appReady: (page: Page) => Promise<void>,
) {
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto(url);
  const shell = await read(page);
  expect(shell.every(Boolean)).toBe(true);

  await page.unroute('**/assets/*.js');
  await page.goto(url);
  await appReady(page);
  await expect(page.getByRole('main')).not.toHaveAttribute('aria-busy');
  expect(await read(page)).toEqual(shell);
}

test('the app takes over the shell without moving it', async ({ page }) => {
  await expectTakenOverInPlace(page, URL_WITH_FILTERS, shellParts, async (page) => {
    await expect(
      page
        .getByRole('table', { name: /hashtags/i })
        .getByRole('rowheader')
        .first(),
    ).toBeVisible();
  });
});

/** When the page's first contentful paint and its requests matching each pattern started. */
async function startTimes<K extends string>(
  page: Page,
  patterns: Record<K, RegExp>,
): Promise<{ fcp: number } & Record<K, number[]>> {
  const sources: Record<string, string> = {};
  for (const [name, pattern] of Object.entries<RegExp>(patterns)) sources[name] = pattern.source;
  const timing = await page.evaluate((sources) => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
    const resources = performance.getEntriesByType('resource').map((entry) => {
      const url = new URL(entry.name);
      return { path: url.pathname + url.search, start: entry.startTime };
    });
    const starts = Object.fromEntries(
      Object.entries(sources).map(([name, source]) => [
        name,
        resources.filter((r) => new RegExp(source).test(r.path)).map((r) => r.start),
      ]),
    );
    return { fcp, ...starts };
  }, sources);
  return timing as { fcp: number } & Record<K, number[]>;
}

const ENTRY = /^\/assets\/index-[\w-]+\.js$/;

test('on the explorer, the app starts once its shell is painted', async ({ page }) => {
  await page.goto('/');
  await expect(
    page
      .getByRole('table', { name: /hashtags/i })
      .getByRole('rowheader')
      .first(),
  ).toBeVisible();
  const timing = await startTimes(page, { entry: ENTRY });
  expect(timing.fcp).toBeGreaterThan(0);
  expect(timing.entry).toHaveLength(1);
  expect(timing.entry[0]).toBeGreaterThanOrEqual(timing.fcp);
});

// A demo hashtag with a description in France over 30 days (the provider leaves it out for some).
const DETAIL_URL = '/hashtag/carmeet?country=FR&period=30';
const DETAIL_REQUEST =
  /^\/api\/tiktok\/popular-trend\/hashtag\/detail\?hashtag_name=carmeet&country_code=FR&period=30$/;

/**
 * The top of a hashtag page: text and boxes of what the server draws before the app. The star's box
 * only: the shell leaves it empty, since whether it is filled is stored in the browser.
 */
async function detailTop(page: Page) {
  return page.evaluate(() =>
    [
      document.querySelector('main a[href^="/"]'),
      document.querySelector('main h1'),
      document.querySelector('main h1 ~ *')?.firstElementChild,
      [...document.querySelectorAll('main p')].find((p) => p.classList.contains('max-w-3xl')),
      [...document.querySelectorAll('main span, main label')].find((el) => el.textContent === 'Country'),
      [...document.querySelectorAll('main span')].find((el) => el.textContent === 'Period')?.nextElementSibling,
      [...document.querySelectorAll('main span')].find((el) => el.textContent?.startsWith('Industry:'))?.parentElement,
    ].map((el) => {
      if (!el) return null;
      const box = el.getBoundingClientRect();
      const text = el.matches('main h1 ~ * > *') ? 'star' : el.textContent;
      return { text, box: [box.x, box.y, box.width, box.height].map(Math.round) };
    }),
  );
}

test('a hashtag page comes with its name, facts and description, painted before any script has run', async ({
  page,
}) => {
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto(DETAIL_URL);
  await expect(page.getByRole('heading', { level: 1, name: '#carmeet' })).toBeVisible();
  await expect(
    page.getByText('#carmeet collects short videos from creators and brands joining the conversation.'),
  ).toBeVisible();
  await expect(page.getByText('Industry: Vehicle & Transportation')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to trending hashtags' })).toHaveAttribute(
    'href',
    '/?country=FR&period=30',
  );
  // The app's controls are drawn but inert until it runs: nothing to press that does nothing.
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'true');
});

for (const viewport of [
  { width: 412, height: 823 },
  { width: 1350, height: 940 },
]) {
  test(`the app takes over a hashtag page’s shell without moving it (${viewport.width} px)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await expectTakenOverInPlace(page, DETAIL_URL, detailTop, async (page) => {
      await expect(page.getByRole('radio', { name: '30 days' })).toBeChecked();
    });
  });
}

test('a hashtag page uses the detail that came with it: no request for it, and the app starts once it is painted', async ({
  page,
}) => {
  await page.goto(DETAIL_URL);
  await expect(page.getByRole('radio', { name: '30 days' })).toBeChecked();
  await expect(page.getByRole('status', { name: 'Loading hashtag details' })).toHaveCount(0);
  const timing = await startTimes(page, {
    entry: ENTRY,
    data: DETAIL_REQUEST,
    page: /^\/assets\/hashtag-page-[\w-]+\.js$/,
  });
  expect(timing.data).toEqual([]);
  expect(timing.entry).toHaveLength(1);
  expect(timing.entry[0]).toBeGreaterThanOrEqual(timing.fcp);
  expect(timing.page).toHaveLength(1);
  // What the page embedded is gone once taken: a later visit to the same URL asks afresh.
  expect(await page.locator('#page-data').count()).toBe(0);
});

test('a hashtag page sent without its detail (a slow provider): its code and its data start before the app has run', async ({
  page,
}) => {
  await withoutEmbeddedDetail(page);
  await page.goto(DETAIL_URL);
  await expect(page.getByRole('heading', { level: 1, name: /carmeet/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: '30 days' })).toBeChecked();
  const patterns = {
    page: /^\/assets\/hashtag-page-[\w-]+\.js$/,
    data: DETAIL_REQUEST,
    // the app's first request of its own, once its entry has run
    app: /^\/api\/meta$/,
  };
  await expect.poll(async () => (await startTimes(page, patterns)).app.length).toBe(1);
  const timing = await startTimes(page, patterns);
  expect(timing.page).toHaveLength(1);
  expect(timing.data).toHaveLength(1);
  expect(timing.app).toHaveLength(1);
  expect(timing.page[0]).toBeLessThan(timing.app[0]!);
  expect(timing.data[0]).toBeLessThan(timing.app[0]!);
});

test('a hashtag page under a parameter the app corrects comes with the corrected answer: the notice, no failed request', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname + new URL(request.url()).search));
  await page.goto('/hashtag/carmeet?country=ZZ');
  await expect(page.getByText('Unknown country “ZZ”: showing United States')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '#carmeet' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Related hashtags' })).toBeVisible();
  expect(requests.filter((r) => r.includes('hashtag_name=carmeet&country_code=ZZ'))).toEqual([]);
  expect(
    requests.filter(
      (r) => r === '/api/tiktok/popular-trend/hashtag/detail?hashtag_name=carmeet&country_code=US&period=7',
    ),
  ).toEqual([]);
  expect(errors).toEqual([]);
});
