import { expect, test, type Page } from '@playwright/test';
import { appReady, withoutServerData } from './server-data';

/**
 * Hostile data from the API (page.route answers crafted bodies): markup and scripts in names,
 * javascript:/data: URLs, huge strings and 10,000-element arrays. Everything renders as inert text
 * or is dropped, no dialog ever opens, and the page keeps answering clicks.
 */

const LIST_API = '**/api/tiktok/popular-trend/hashtag?*';
const DETAIL_API = '**/api/tiktok/popular-trend/hashtag/detail?*';

const IMG_XSS = '<img src=x onerror=alert(1)>';
const SCRIPT_XSS = '"><script>alert(1)</script>';
const SVG_DATA = 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>';
const HUGE = `huge${'x'.repeat(100_000)}`;
const DAY = 86_400;
const T0 = 1_790_000_000 - (1_790_000_000 % DAY);

/** A 1×1 GIF: covers from the CDN are answered locally, never fetched. */
const PIXEL = Buffer.from('R0lGODlhAQABAAAAACwAAAAAAQABAAA=', 'base64');
const CDN = 'https://p16-sign-va.tiktokcdn.com/**';

const trend = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ time: T0 + i * DAY, value: ((i * 37) % 100) / 100 }));

function listItem(i: number, name: string, extra: Record<string, unknown> = {}) {
  return {
    hashtag_id: String(1_000_000 + i),
    hashtag_name: name,
    country_info: { id: 'US', value: 'United States', label: 'US' },
    is_promoted: false,
    trend: trend(7),
    publish_cnt: 1000 + i,
    video_views: 100_000 + i,
    rank: i + 1,
    rank_diff: 1,
    rank_diff_type: 1,
    ...extra,
  };
}

function listBody(list: unknown[]) {
  return {
    code: 0,
    msg: 'OK',
    request_id: 'hostile',
    data: { list, pagination: { page: 1, size: 20, total: 100, has_more: true } },
  };
}

function detailBody(info: Record<string, unknown>) {
  return {
    code: 0,
    msg: 'OK',
    request_id: 'hostile',
    data: {
      info: {
        hashtag_id: '42',
        hashtag_name: 'hostile',
        is_promoted: false,
        trend: trend(30),
        publish_cnt: 10,
        video_views: 1000,
        audience_ages: [{ age_level: 3, score: 100 }],
        audience_interests: [{ interest_info: { id: '1', value: IMG_XSS, label: SCRIPT_XSS }, score: 10 }],
        audience_countries: [{ country_info: { id: '1', value: SCRIPT_XSS, label: 'US' }, score: 10 }],
        ...info,
      },
    },
  };
}

/** Fails the test on any dialog (alert/confirm/prompt) or uncaught exception. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** Every URL the page placed in src/href: none may run script or carry inline data. */
async function expectNoDangerousUrls(page: Page) {
  const urls = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'img[src], a[href], iframe[src], source[src], video[src], image[href], use[href], form[action]',
      ),
    ].map((el) => {
      const raw = el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('action') ?? '';
      return { tag: el.tagName.toLowerCase(), raw: raw.slice(0, 80), protocol: new URL(raw, location.href).protocol };
    }),
  );
  expect(urls.length).toBeGreaterThan(0);
  const bad = urls.filter((u) => !['http:', 'https:'].includes(u.protocol) && !u.raw.startsWith('#'));
  expect(bad).toEqual([]);
  // Nothing from the data became a script element.
  expect(
    await page
      .locator('script')
      .evaluateAll((scripts) => scripts.filter((s) => s.textContent?.includes('alert(1)')).length),
  ).toBe(0);
}

/** A control still answers within a bounded time: the theme toggle flips the page. */
async function expectResponsive(page: Page) {
  const html = page.locator('html');
  const wasDark = ((await html.getAttribute('class')) ?? '').includes('dark');
  const started = Date.now();
  await page.getByRole('button', { name: 'Dark theme' }).click({ timeout: 5_000 });
  await expect(html).toHaveClass(wasDark ? /^(?!.*dark)/ : /dark/, { timeout: 5_000 });
  expect(Date.now() - started).toBeLessThan(5_000);
}

test('the list renders markup in names as text and drops javascript:/data: avatars', async ({ page }) => {
  const problems = watch(page);
  const javascriptAvatar = { nick_name: `<b>${IMG_XSS}</b>`, avatar_url: 'javascript:alert(1)' };
  const dataAvatar = { nick_name: 'data', avatar_url: SVG_DATA };
  await withoutServerData(page);
  await page.route(LIST_API, (route) =>
    route.fulfill({
      json: listBody([
        listItem(0, IMG_XSS, { creators: [javascriptAvatar, dataAvatar] }),
        listItem(1, SCRIPT_XSS, { industry_info: { id: '99999999999', value: SCRIPT_XSS, label: IMG_XSS } }),
        listItem(2, HUGE),
        listItem(3, 'javascript:alert(1)'),
        ...Array.from({ length: 16 }, (_, i) => listItem(4 + i, `plain${i}`)),
      ]),
    }),
  );
  await page.goto('/');
  await appReady(page);
  const table = page.getByRole('table', { name: /hashtags/i });
  await expect(table.getByRole('rowheader')).toHaveCount(20);
  await expect(table.getByRole('link', { name: `#${IMG_XSS}`, exact: true })).toBeVisible();
  await expect(table.getByRole('link', { name: `#${SCRIPT_XSS}`, exact: true })).toBeVisible();
  await expect(table.getByRole('link', { name: /^#hugex+$/ })).toHaveCount(1);
  // The hostile avatar is a letter, not an image; the data: one too.
  await expect(table.getByRole('img', { name: `<b>${IMG_XSS}</b>` })).toHaveJSProperty('tagName', 'SPAN');
  await expect(table.getByRole('img', { name: 'data', exact: true })).toHaveJSProperty('tagName', 'SPAN');
  // A name that looks like a URL is only ever a path segment of our own link.
  await expect(table.getByRole('link', { name: '#javascript:alert(1)' })).toHaveAttribute(
    'href',
    /^\/hashtag\/javascript%3Aalert\(1\)/,
  );
  await expectNoDangerousUrls(page);
  await expectResponsive(page);
  expect(problems).toEqual([]);
});

test('the detail page keeps markup as text and drops javascript:/data: URLs in video_url and cover_uri', async ({
  page,
}) => {
  const problems = watch(page);
  await withoutServerData(page);
  await page.route(CDN, (route) => route.fulfill({ contentType: 'image/gif', body: PIXEL }));
  await page.route(DETAIL_API, (route) =>
    route.fulfill({
      json: detailBody({
        hashtag_name: IMG_XSS,
        description: 'Plain <b>bold</b> &lt;script&gt;alert(1)&lt;/script&gt; end',
        video_url: 'javascript:alert(1)',
        industry_info: { id: '99999999999', value: IMG_XSS, label: 'x' },
        related_hashtags: [
          { hashtag_id: '1', hashtag_name: SCRIPT_XSS, video_url: 'javascript:alert(1)' },
          { hashtag_id: '2', hashtag_name: HUGE },
        ],
        related_items: [
          { item_id: '7481798827758980374', cover_uri: 'javascript:alert(1)' },
          { item_id: '7481798827758980375', cover_uri: SVG_DATA },
          { item_id: '7481798827758980376', cover_uri: 'http://insecure.example/cover.jpg' },
          { item_id: '7481798827758980377', cover_uri: 'https://p16-sign-va.tiktokcdn.com/x.jpg' },
        ],
      }),
    }),
  );
  // The hashtag's own name comes from the URL: markup there is text too.
  await page.goto(`/hashtag/${encodeURIComponent(IMG_XSS)}`);
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`#${IMG_XSS}`);
  await expect(page.getByText('Plain <b>bold</b> <script>alert(1)</script> end', { exact: true })).toBeVisible();
  await expect(page.getByText(`Industry: ${IMG_XSS}`)).toBeVisible();
  await expect(page.getByRole('link', { name: `#${SCRIPT_XSS}`, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Open on TikTok/ })).toHaveCount(0);
  const videos = page.getByRole('region', { name: 'Related videos' });
  // Covers that are not https: are placeholders, links go to tiktok.com by id.
  await expect(videos.locator('img')).toHaveCount(1);
  await expect(videos.getByRole('link')).toHaveCount(4);
  await expectNoDangerousUrls(page);
  await expectResponsive(page);
  expect(problems).toEqual([]);
});

test('a detail with 10,000 related videos and 10,000 trend points stays responsive', async ({ page }) => {
  test.setTimeout(75_000);
  const problems = watch(page);
  await withoutServerData(page);
  await page.route(DETAIL_API, (route) =>
    route.fulfill({
      json: detailBody({
        trend: trend(10_000),
        related_items: Array.from({ length: 10_000 }, (_, i) => ({
          item_id: String(7_000_000_000_000_000_000n + BigInt(i)),
          cover_uri: i % 2 ? 'javascript:alert(1)' : `https://p16-sign-va.tiktokcdn.com/cover-${i}.jpg`,
        })),
      }),
    }),
  );
  await page.route(CDN, (route) => route.fulfill({ contentType: 'image/gif', body: PIXEL }));
  await page.goto('/hashtag/hostile');
  await appReady(page);
  // The curve is drawn from at most ~600 of the 10,000 dates (TrendLineChart thins what it draws;
  // its table keeps them all), so the chart appears within seconds, not minutes.
  const chart = page.getByRole('figure', { name: 'Popularity over time' });
  await expect(chart).toBeVisible({ timeout: 15_000 });
  await expect(chart.locator('svg.chart-static .chart-line')).toHaveCount(1, { timeout: 15_000 });
  const videos = page.getByRole('region', { name: 'Related videos' });
  await expect(videos).toContainText('10000 videos');
  await expectResponsive(page);
  // The grid holds the first 100 and grows on request, 100 at a time.
  await expect(videos.getByRole('listitem')).toHaveCount(100);
  const more = videos.getByRole('button', { name: 'Show 100 more videos (9900 not shown)' });
  await more.click({ timeout: 5_000 });
  await expect(videos.getByRole('listitem')).toHaveCount(200, { timeout: 5_000 });
  await expect(videos.getByRole('button', { name: /not shown/ })).toHaveText('Show 100 more videos (9800 not shown)');
  await expectNoDangerousUrls(page);
  expect(problems).toEqual([]);
});

test('a list of 10,000 items: the client keeps the page it asked for and stays responsive', async ({ page }) => {
  test.setTimeout(60_000);
  const problems = watch(page);
  let sent = 0;
  await withoutServerData(page);
  await page.route(LIST_API, async (route) => {
    const list = Array.from({ length: 10_000 }, (_, i) => listItem(i, `item${i}`));
    sent = list.length;
    await route.fulfill({ json: listBody(list) });
  });
  await page.goto('/?limit=50');
  await appReady(page);
  const table = page.getByRole('table', { name: /hashtags/i });
  await expect(table.getByRole('link', { name: '#item0', exact: true })).toBeVisible({ timeout: 20_000 });
  expect(sent).toBe(10_000);
  // Our API never sends more than `limit` rows: the rest is dropped at the client's edge.
  await expect(table.getByRole('rowheader')).toHaveCount(50);
  await expectResponsive(page);
  expect(problems).toEqual([]);
});

test('a malformed percent-encoding in a hashtag path is not a blank page', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/hashtag/%E0%A4%A?country=GB');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect((await page.getByRole('main').innerText()).trim().length).toBeGreaterThan(20);
  expect(problems).toEqual([]);
});
