import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { appReady, withoutServerData } from './server-data';

const LIST_API = '**/api/tiktok/popular-trend/hashtag?*';

function table(page: Page) {
  return page.getByRole('table', { name: /hashtags/i });
}
function bodyRows(page: Page) {
  return table(page).locator('tbody tr:not([data-testid="skeleton-rows"])');
}
function search(page: Page) {
  return new URL(page.url()).search;
}
async function loaded(page: Page, rows = 20) {
  await expect(table(page).getByRole('rowheader')).toHaveCount(rows);
}

/** Fails the test on any console error or uncaught exception. */
function watchConsole(page: Page) {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

test('opens a shared link with every control restored, without console errors', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto(
    '/?country=JP&industry=27000000000&period=30&limit=50&sort=-views&hidePromoted=1&q=a&utm_source=chat',
  );
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue('Japan');
  await expect(page.getByLabel('Industry')).toHaveValue('27000000000');
  await expect(page.getByRole('radiogroup', { name: 'Period' }).getByRole('radio', { name: '30 days' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'New to top 100' })).not.toBeChecked();
  await expect(page.getByLabel('Rows per page')).toHaveValue('50');
  await expect(page.getByRole('columnheader', { name: /views/i })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('checkbox', { name: 'Hide promoted' })).toBeChecked();
  await expect(page.getByRole('searchbox', { name: 'Filter results' })).toHaveValue('a');
  await expect(table(page)).toHaveAccessibleName('Trending hashtags in Japan, food & beverage, last 30 days');
  await expect(bodyRows(page).first()).toBeVisible();
  for (const link of await table(page).getByRole('link').all()) {
    await expect(link).toHaveAttribute('href', /\?country=JP&period=30$/);
    await expect(link).toHaveText(/a/i);
  }
  await expect(page.getByTestId('freshness')).toHaveText(/^Updated .+ · demo data$/);
  // A shared link stays as it was: nothing rewritten, foreign parameters kept.
  expect(search(page)).toBe(
    '?country=JP&industry=27000000000&period=30&limit=50&sort=-views&hidePromoted=1&q=a&utm_source=chat',
  );
  expect(problems).toEqual([]);
});

test('each control writes the URL', async ({ page }) => {
  await page.goto('/?page=2');
  await appReady(page);
  await loaded(page);

  const country = page.getByRole('combobox', { name: 'Country' });
  await country.click();
  await country.fill('germ');
  await page.getByRole('option', { name: 'Germany' }).click();
  await expect(page).toHaveURL(/\/\?country=DE$/);
  await expect(country).toHaveValue('Germany');

  await page.getByLabel('Industry').selectOption({ label: 'Games' });
  await expect(page).toHaveURL(/\?country=DE&industry=25000000000$/);

  await page.getByRole('radio', { name: '120 days' }).check();
  await expect(page).toHaveURL(/\?country=DE&period=120&industry=25000000000$/);

  await page.getByRole('checkbox', { name: 'New to top 100' }).check();
  await expect(page).toHaveURL(/&new=1$/);
  await page.getByRole('checkbox', { name: 'New to top 100' }).uncheck();

  await page.getByLabel('Rows per page').selectOption('50');
  await expect(page).toHaveURL(/&limit=50$/);
  await loaded(page, 50);

  await page.getByRole('button', { name: /^posts/i }).click();
  await expect(page).toHaveURL(/&sort=-posts$/);
  await expect(page.getByRole('columnheader', { name: /posts/i })).toHaveAttribute('aria-sort', 'descending');

  await page.getByRole('checkbox', { name: 'Hide promoted' }).check();
  await expect(page).toHaveURL(/&hidePromoted=1$/);

  await page.getByRole('searchbox', { name: 'Filter results' }).pressSequentially('ing');
  await expect(page).toHaveURL(/&q=ing&sort=-posts&hidePromoted=1$/);
  for (const name of await table(page).getByRole('link').allTextContents()) expect(name).toContain('ing');

  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(country).toHaveValue('United States');
  await expect(page.getByRole('radio', { name: '7 days' })).toBeChecked();
  await expect(page.getByRole('searchbox', { name: 'Filter results' })).toHaveValue('');
  await loaded(page);
});

test('back and forward walk through the filters; an earlier filter set comes back from cache', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await loaded(page);
  const firstPageNames = await table(page).getByRole('link').allTextContents();

  await page.getByRole('radio', { name: '30 days' }).check();
  await expect(page).toHaveURL(/\?period=30$/);
  await loaded(page);
  await page.getByLabel('Industry').selectOption({ label: 'Travel' });
  await expect(page).toHaveURL(/\?period=30&industry=17000000000$/);
  await loaded(page);

  const listRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/tiktok/popular-trend/hashtag?')) listRequests.push(r.url());
  });

  await page.goBack();
  await expect(page).toHaveURL(/\?period=30$/);
  await expect(page.getByLabel('Industry')).toHaveValue('');
  await expect(page.getByRole('radio', { name: '30 days' })).toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('radio', { name: '7 days' })).toBeChecked();
  await expect(page.getByTestId('skeleton-rows')).toHaveCount(0);
  expect(await table(page).getByRole('link').allTextContents()).toEqual(firstPageNames);

  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(/\?period=30&industry=17000000000$/);
  await expect(page.getByLabel('Industry')).toHaveValue('17000000000');
  // Every step back and forth was served from the cache.
  expect(listRequests.filter((u) => !u.includes('page=2'))).toEqual([]);

  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Industry')).toHaveValue('17000000000');
  await expect(page.getByRole('radio', { name: '30 days' })).toBeChecked();
  await loaded(page);
});

test('paginates through the top 100', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const nav = page.getByRole('navigation', { name: 'Pagination' });
  await expect(nav).toContainText('1–20 of 100');
  await expect(nav.getByRole('button', { name: 'Previous page' })).toBeDisabled();
  await expect(nav.getByRole('button', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
  // The first cell holds the compare checkbox; the rank comes next.
  const firstRank = table(page).getByRole('row').nth(1).getByRole('cell').nth(1);
  await expect(firstRank).toHaveText('1');

  // The next page is prefetched, so it shows at once.
  await nav.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\?page=2$/);
  await expect(nav).toContainText('21–40 of 100');
  await expect(firstRank).toHaveText('21');
  await expect(nav.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('button', { name: 'Previous page' })).toBeEnabled();

  await nav.getByRole('button', { name: 'Page 5' }).click();
  await expect(nav).toContainText('81–100 of 100');
  await expect(nav.getByRole('button', { name: 'Next page' })).toBeDisabled();

  await nav.getByRole('button', { name: 'Previous page' }).click();
  await expect(nav).toContainText('61–80 of 100');
  await page.goBack();
  await expect(nav).toContainText('81–100 of 100');
});

test('works with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await loaded(page);
  const country = page.getByRole('combobox', { name: 'Country' });
  for (let i = 0; i < 10 && !(await country.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(country).toBeFocused();

  // Type to search, arrows to move, Enter to choose.
  await page.keyboard.type('united');
  await expect(country).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('listbox').getByRole('option')).toHaveText([
    /United Arab Emirates/,
    /United Kingdom/,
    /United States/,
  ]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?country=GB$/);
  await expect(country).toHaveValue('United Kingdom');

  // Escape closes without choosing.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(page).toHaveURL(/\?country=GB$/);

  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Industry')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: '7 days' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '30 days' })).toBeChecked();
  await expect(page).toHaveURL(/\?country=GB&period=30$/);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'New to top 100' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\?country=GB&period=30&new=1$/);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\?country=GB&period=30$/);
  await loaded(page);

  // On to the table: sort with a header button, then open the first hashtag.
  const viewsButton = page.getByRole('button', { name: /^views/i });
  await viewsButton.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/&sort=-views$/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const first = table(page).getByRole('link').first();
  await first.focus();
  const name = (await first.textContent())!.replace(/^#/, '');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/hashtag/${encodeURIComponent(name)}\\?country=GB&period=30$`));
});

test('an upstream failure explains itself, shows the request id, and Retry recovers', async ({ page }) => {
  let failing = true;
  let failures = 0;
  await withoutServerData(page);
  await page.route(LIST_API, async (route) => {
    if (!failing) return route.fallback();
    failures++;
    await route.fulfill({
      status: 502,
      contentType: 'application/json',
      body: JSON.stringify({ code: 502, msg: 'The trends provider answered with HTTP 503', request_id: 'e2e-req-502' }),
    });
  });
  await page.goto('/?country=FR&period=30');
  await appReady(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The trends provider is having trouble');
  await expect(alert).toContainText('The trends provider answered with HTTP 503');
  await expect(alert).toContainText('e2e-req-502');
  expect(failures).toBeGreaterThanOrEqual(1);

  failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await loaded(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(search(page)).toBe('?country=FR&period=30');
});

test('rate limiting says when to retry', async ({ page }) => {
  let failing = true;
  await withoutServerData(page);
  await page.route(LIST_API, async (route) => {
    if (!failing) return route.fallback();
    await route.fulfill({
      status: 429,
      headers: { 'retry-after': '1' },
      contentType: 'application/json',
      body: JSON.stringify({ code: 429, msg: 'rate limit exceeded', request_id: 'e2e-req-429' }),
    });
  });
  await page.goto('/?industry=25000000000');
  await appReady(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Too many requests');
  await expect(alert).toContainText('Try again in 1 second.');
  await expect(alert).toContainText('e2e-req-429');
  failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await loaded(page);
  expect(search(page)).toBe('?industry=25000000000');
});

test('bad URL parameters fall back with a notice naming them', async ({ page }) => {
  await page.goto('/?country=XX&period=90&limit=50&new=maybe');
  await appReady(page);
  const notice = page.getByRole('status').filter({ hasText: 'not understood' });
  await expect(notice).toContainText('Unknown country “XX”: showing United States');
  await expect(notice).toContainText('Unknown period “90”: showing 7 days');
  await expect(notice).toContainText('“maybe”');
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue('United States');
  await expect(page.getByLabel('Rows per page')).toHaveValue('50');
  await loaded(page, 50);
  await notice.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page).toHaveURL(/\/\?limit=50$/);
});

test('hovering a row prefetches its hashtag; the list ships no charting library', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text().catch(() => ''));
  });
  await page.goto('/');
  await appReady(page);
  await loaded(page);
  const link = table(page).getByRole('link').nth(2);
  const name = (await link.textContent())!.replace(/^#/, '');
  const detail = page.waitForRequest(
    (r) => r.url().includes('/hashtag/detail?') && new URL(r.url()).searchParams.get('hashtag_name') === name,
  );
  await link.hover();
  await detail;
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.some((s) => s.includes('recharts'))).toBe(false);
});

test('downloads the rows on screen as CSV', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await loaded(page);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('hashtags-us-7-days-page-1.csv');
  const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const lines = text.split('\r\n').slice(0, -1);
  expect(lines[0]).toBe('rank,hashtag,industry,posts,views,rank change,promoted,country,period');
  expect(lines).toHaveLength(21);
  expect(lines[1]).toMatch(/^1,[^,]+,.*,United States,7 days$/);
  const names = (await table(page).getByRole('link').allTextContents()).map((n) => n.replace(/^#/, ''));
  expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(names);

  // Sorted and searched as on screen.
  await page.getByRole('button', { name: /^views/i }).click();
  await expect(page).toHaveURL(/sort=-views/);
  const sorted = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const sortedLines = (await readFile(await (await sorted).path(), 'utf8')).split('\r\n').slice(1, -1);
  const views = sortedLines.map((l) => Number(l.split(',').at(-5)));
  expect(views).toEqual([...views].sort((a, b) => b - a));
});

test('ticks hashtags and opens them in Compare', async ({ page }) => {
  await page.goto('/?country=GB&period=30');
  await appReady(page);
  await loaded(page);
  const names = (await table(page).getByRole('link').allTextContents()).map((n) => n.replace(/^#/, ''));
  const [a, b, c] = names as [string, string, string];
  await expect(page.getByRole('button', { name: 'Compare (0)' })).toBeDisabled();
  await page.getByRole('checkbox', { name: `Select #${b} for comparison` }).check();
  await expect(page.getByText('Tick 1 more to compare.')).toBeVisible();
  await page.getByRole('checkbox', { name: `Select #${a} for comparison` }).check();
  await page.getByRole('checkbox', { name: `Select #${c} for comparison` }).check();
  // Selection is not part of the shareable URL.
  expect(search(page)).toBe('?country=GB&period=30');

  await page.getByRole('link', { name: 'Compare (3)' }).click();
  await expect(page).toHaveURL(/\/compare\?/);
  const url = new URL(page.url());
  expect(url.searchParams.get('tags')?.split(',')).toEqual([b, a, c]);
  expect(url.searchParams.get('country')).toBe('GB');
  expect(url.searchParams.get('period')).toBe('30');
});

test('caps the comparison at five hashtags', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await loaded(page);
  const boxes = table(page).getByRole('checkbox', { name: /for comparison$/ });
  for (let i = 0; i < 5; i++) await boxes.nth(i).check();
  await expect(page.getByText('Up to 5 hashtags can be compared: untick one to pick another.')).toBeVisible();
  await expect(boxes.nth(5)).toBeDisabled();
  await expect(boxes.nth(4)).toBeEnabled();
  await boxes.nth(0).uncheck();
  await expect(boxes.nth(5)).toBeEnabled();
});

test('presents the list under the explorer filters', async ({ page }) => {
  await page.goto('/?industry=25000000000&period=30&new=1&sort=-views');
  await appReady(page);
  await expect(page.getByRole('link', { name: 'Present' })).toHaveAttribute(
    'href',
    '/present?country=US&period=30&industry=25000000000&new=1',
  );
});

for (const scheme of ['light', 'dark'] as const) {
  test(`has no axe violations in ${scheme} mode`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?country=XX');
    await appReady(page);
    await loaded(page);
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    // Open the country list too.
    await page.getByRole('combobox', { name: 'Country' }).click();
    await expect(page.getByRole('listbox')).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}
