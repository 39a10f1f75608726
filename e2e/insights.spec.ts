import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { appReady } from './server-data';
import { drawAllCharts } from './detail-page';

// Storage formats as written by src/stores (last-visit-store.ts, watchlist-store.ts).
const LAST_VISIT_KEY = 'trends.lastVisit.v1';
const WATCHLIST_KEY = 'trends.watchlist.v1';
const DAY_MS = 86_400_000;

function table(page: Page) {
  return page.getByRole('table', { name: /^Trending hashtags/ });
}
function rowOf(page: Page, name: string) {
  return table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: `#${name}`, exact: true }) });
}
async function loaded(page: Page, rows = 20) {
  await expect(table(page).getByRole('rowheader')).toHaveCount(rows);
}

async function todaysTop20(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/api/tiktok/popular-trend/hashtag?country_code=US&period=7&limit=20&page=1');
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data: { list: { hashtag_name: string; rank: number }[] } };
  return body.data.list.sort((a, b) => a.rank - b.rank).map((item) => item.hashtag_name);
}

/** Writes localStorage for the app's origin before the app runs (a page that never touches it). */
async function seedStorage(page: Page, items: Record<string, unknown>) {
  await page.goto('/api/health');
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, JSON.stringify(value));
  }, items);
}

/**
 * The previous visit, two days ago: today's #1 was 9th, today's #9 was 1st, and today's #4 was not
 * there (#goneaway held rank 4 and is gone today).
 */
function previousVisit(names: readonly string[]) {
  const ranks = names.map((name, i): [string, number] => {
    const rank = i + 1;
    if (rank === 1) return [name, 9];
    if (rank === 9) return [name, 1];
    if (rank === 4) return ['goneaway', 4];
    return [name, rank];
  });
  return { version: 1, entries: { 'US|all|7|new0': { current: { savedAt: Date.now() - 2 * DAY_MS, ranks } } } };
}

test('a second visit after the data changed marks what moved; "Mark all as seen" clears it for good', async ({
  page,
}) => {
  const names = await todaysTop20(page.request);
  await seedStorage(page, { [LAST_VISIT_KEY]: previousVisit(names) });
  await page.goto('/');
  await appReady(page);
  await loaded(page);

  const markers = table(page).locator('[data-change]');
  await expect(markers).toHaveCount(3);
  await expect(rowOf(page, names[0]!).locator('[data-change="climbed"]')).toContainText(/▲ 8 since \w+/);
  await expect(rowOf(page, names[0]!)).toContainText(/Up 8 places since/);
  await expect(rowOf(page, names[8]!).locator('[data-change="fell"]')).toContainText(/▼ 8 since \w+/);
  await expect(rowOf(page, names[3]!).locator('[data-change="new"]')).toHaveText(/^New since \w+/);
  await expect(page.getByText(/^Since your last visit on /)).toBeVisible();

  const dropped = page.getByRole('region', { name: 'Dropped out since your last visit' });
  await expect(dropped).toContainText(/Dropped out of the top 20 since .+: #goneaway \(was 4\)/);
  await expect(dropped.getByRole('link', { name: '#goneaway' })).toHaveAttribute('href', '/hashtag/goneaway');

  // Still there after a reload within the same visit.
  await page.reload();
  await appReady(page);
  await loaded(page);
  await expect(markers).toHaveCount(3);

  await page.getByRole('button', { name: 'Mark all as seen' }).click();
  await expect(markers).toHaveCount(0);
  await expect(dropped).toHaveCount(0);
  await expect(page.getByText('All changes marked as seen.')).toBeFocused();

  await page.reload();
  await appReady(page);
  await loaded(page);
  await expect(page.getByRole('rowheader').first()).toBeVisible();
  await expect(markers).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mark all as seen' })).toHaveCount(0);
  await expect(dropped).toHaveCount(0);
});

test('stars from the table and the detail page land on the watchlist, which exports and imports', async ({
  page,
  browser,
  baseURL,
}) => {
  const names = await todaysTop20(page.request);
  const [fromTable, fromDetail] = [names[0]!, names[1]!];

  await page.goto('/');
  await appReady(page);
  await loaded(page);
  const tableStar = page.getByRole('button', { name: `Star #${fromTable}`, exact: true });
  await tableStar.click();
  await expect(tableStar).toHaveAttribute('aria-pressed', 'true');

  await rowOf(page, fromDetail)
    .getByRole('link', { name: `#${fromDetail}` })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`#${fromDetail}`);
  const detailStar = page.getByRole('button', { name: `Star #${fromDetail}`, exact: true });
  await expect(detailStar).toHaveAttribute('aria-pressed', 'false');
  await detailStar.click();
  await expect(detailStar).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Trend stage').locator('..').locator('[data-stage]')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Watchlist' }).click();
  const list = page.getByRole('table', { name: 'Watchlist hashtags' });
  await expect(list.getByRole('rowheader')).toHaveText([`#${fromTable}`, `#${fromDetail}`]);
  for (const name of [fromTable, fromDetail]) {
    const row = list.getByRole('row').filter({ has: page.getByRole('link', { name: `#${name}`, exact: true }) });
    await expect(row.locator('[data-stage]')).toBeVisible();
    await expect(row.getByRole('cell').nth(0)).toHaveText(/^\d+$/); // rank in the top 100
    await expect(row.getByRole('cell').nth(1)).toHaveText(/^[\d.]+[KMB]?$/); // posts
    await expect(row.getByRole('cell').nth(2)).toHaveText(/^[\d.]+[KMB]?$/); // views
  }
  const tags = [fromTable, fromDetail].map(encodeURIComponent).join(',');
  await expect(page.getByRole('link', { name: 'Open in Compare' })).toHaveAttribute(
    'href',
    `/compare?tags=${tags}&country=US&period=7`,
  );

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('watchlist.json');
  const file = await download.path();
  const exported = JSON.parse(await readFile(file, 'utf8')) as { format: string; hashtags: string[] };
  expect(exported.format).toBe('hashtag-watchlist');
  expect(exported.hashtags).toEqual([fromTable, fromDetail]);

  // Someone else, in a fresh browser with nothing stored, imports the file.
  const other = await browser.newContext({ baseURL });
  try {
    const otherPage = await other.newPage();
    await otherPage.goto('/watchlist');
    await appReady(otherPage);
    await expect(otherPage.getByRole('heading', { name: 'No starred hashtags yet' })).toBeVisible();
    await otherPage.getByLabel('Import watchlist').setInputFiles(file);
    await expect(otherPage.getByText(`Added 2 hashtags: #${fromTable}, #${fromDetail}.`)).toBeVisible();
    await expect(otherPage.getByRole('table', { name: 'Watchlist hashtags' }).getByRole('rowheader')).toHaveText([
      `#${fromTable}`,
      `#${fromDetail}`,
    ]);
    await otherPage.reload();
    await expect(otherPage.getByRole('table', { name: 'Watchlist hashtags' }).getByRole('rowheader')).toHaveCount(2);
  } finally {
    await other.close();
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`insights add no axe violations in ${scheme} mode: markers, watchlist, detail page`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: scheme });
    const names = await todaysTop20(page.request);
    await seedStorage(page, {
      [LAST_VISIT_KEY]: previousVisit(names),
      [WATCHLIST_KEY]: { version: 1, hashtags: names.slice(0, 3) },
    });
    const axe = async () => expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    await page.goto('/');
    await appReady(page);
    await loaded(page);
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/);
    await expect(table(page).locator('[data-change]')).toHaveCount(3);
    await expect(page.getByRole('region', { name: 'Dropped out since your last visit' })).toBeVisible();
    await page.getByRole('checkbox', { name: `Select #${names[0]} for comparison` }).check();
    await page.getByRole('checkbox', { name: `Select #${names[1]} for comparison` }).check();
    await axe();
    // The "why" popover of a stage, open.
    const why = table(page).getByRole('button', { name: /^Why / }).first();
    await why.click();
    await expect(why).toHaveAttribute('aria-expanded', 'true');
    await axe();
    await page.keyboard.press('Escape');

    await page.goto('/watchlist');
    await appReady(page);
    const list = page.getByRole('table', { name: 'Watchlist hashtags' });
    await expect(list.locator('[data-stage]')).toHaveCount(3);
    await axe();

    await page.goto(`/hashtag/${encodeURIComponent(names[0]!)}`);
    await appReady(page);
    await drawAllCharts(page);
    await expect(page.getByRole('table', { name: 'Rank and stage by period' }).locator('[data-stage]')).toHaveCount(3);
    await expect(page.getByRole('button', { name: `Star #${names[0]}`, exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await axe();
  });
}
