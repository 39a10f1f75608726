import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { appReady, withoutServerData } from './server-data';
import { watchErrors } from './console-errors';

const LIST_API = '/api/tiktok/popular-trend/hashtag';
const DETAIL_API = '/api/tiktok/popular-trend/hashtag/detail';

async function topNames(request: APIRequestContext, count: number, country = 'US', period = 30): Promise<string[]> {
  const response = await request.get(`${LIST_API}?country_code=${country}&period=${period}&limit=100&page=1`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data: { list: { hashtag_name: string }[] } };
  return body.data.list.slice(0, count).map((item) => item.hashtag_name);
}

const compareUrl = (names: string[], extra = '') =>
  `/compare?tags=${names.map(encodeURIComponent).join(',')}&country=US&period=30${extra}`;

function trendFigure(page: Page, title = 'Popularity over time') {
  return page.getByRole('figure', { name: title });
}

/** The plotted curves (not the legend icons, which are small svgs of their own). */
function curves(page: Page, title?: string) {
  return trendFigure(page, title).locator('svg.chart-static path.chart-line');
}

test('compares three hashtags on one chart: one line each, distinct colour and dash, a legend naming each', async ({
  page,
}) => {
  const problems = watchErrors(page);
  const names = await topNames(page.request, 3);
  await page.goto(compareUrl(names));
  await appReady(page);

  await expect(page.getByRole('heading', { level: 1, name: 'Compare hashtags' })).toBeVisible();
  await expect(page).toHaveTitle(/^Compare hashtags/);
  await expect(curves(page)).toHaveCount(3);
  const looks = await curves(page).evaluateAll((paths) =>
    paths.map((p) => `${getComputedStyle(p).stroke}|${p.getAttribute('stroke-dasharray') ?? 'solid'}`),
  );
  expect(new Set(looks.map((l) => l.split('|')[0])).size).toBe(3);
  expect(new Set(looks.map((l) => l.split('|')[1])).size).toBe(3);
  const legend = trendFigure(page).locator('[data-legend-text]');
  await expect(legend).toHaveText(names.map((n) => `#${n}`));
  await expect(trendFigure(page)).toContainText(/Each curve on its own scale \(peak = 100\): #.+ peaked on/);

  // the side-by-side figures: a column per hashtag
  const figures = page.getByRole('table', { name: 'Headline figures side by side' });
  await expect(figures.getByRole('columnheader')).toHaveText(['Figure', ...names.map((n) => `#${n}`)]);
  for (const row of [
    'Posts, last 30 days',
    'Views, all time',
    'Peak date',
    'Now, % of peak',
    'Audience 18–24',
    'Audience 35+',
  ]) {
    await expect(figures.getByRole('rowheader', { name: row })).toBeVisible();
  }
  expect(problems).toEqual([]);
});

test('keeps the first five of more hashtags, says so, and stops adding at five', async ({ page }) => {
  const names = await topNames(page.request, 7);
  await page.goto(compareUrl(names));
  await appReady(page);
  await expect(page.getByRole('status').filter({ hasText: 'Showing the first 5 of 7 hashtags' })).toBeVisible();
  await expect(curves(page)).toHaveCount(5);
  await expect(page.getByRole('button', { name: /^Remove #/ })).toHaveCount(5);
  const add = page.getByRole('combobox', { name: 'Add hashtag' });
  await expect(add).toBeDisabled();
  await expect(add).toHaveAccessibleDescription(
    /5 hashtags is the most a chart can compare: remove one to add another/,
  );

  // removing one leaves room again, and the URL drops the hashtags past the fifth
  await page.getByRole('button', { name: `Remove #${names[4]}` }).click();
  await expect(curves(page)).toHaveCount(4);
  await expect(add).toBeEnabled();
  await expect(add).toBeFocused();
  expect(new URL(page.url()).searchParams.get('tags')).toBe(names.slice(0, 4).join(','));
  await expect(page.getByText('Showing the first 5 of 7 hashtags')).toHaveCount(0);
});

test('adds a hashtag from the top-100 suggestions, by typing, and removes one', async ({ page }) => {
  const problems = watchErrors(page);
  const names = await topNames(page.request, 12);
  const first = names[0]!;
  const target = names[11]!;
  await page.goto(compareUrl([first]));
  await appReady(page);
  await expect(curves(page)).toHaveCount(1);

  const add = page.getByRole('combobox', { name: 'Add hashtag' });
  await add.fill(target.slice(0, 4));
  const option = page.getByRole('option', { name: `#${target}`, exact: true });
  await expect(option).toBeVisible();
  await expect(page.getByRole('option', { name: `#${first}`, exact: true })).toHaveCount(0); // already compared
  await option.click();
  await expect(curves(page)).toHaveCount(2);
  expect(new URL(page.url()).searchParams.get('tags')).toBe(`${first},${target}`);
  await expect(add).toHaveValue('');

  // keyboard: ArrowDown highlights the first suggestion, Enter adds it
  await add.fill('');
  await add.press('ArrowDown');
  await expect(add).toHaveAttribute('aria-activedescendant', /.+/);
  const highlighted = await page.locator(`#${await add.getAttribute('aria-activedescendant')}`).textContent();
  await add.press('Enter');
  await expect(curves(page)).toHaveCount(3);
  expect(new URL(page.url()).searchParams.get('tags')?.split(',')).toEqual([
    first,
    target,
    highlighted!.replace(/^#/, ''),
  ]);

  // Back undoes the last addition
  await page.goBack();
  await expect(curves(page)).toHaveCount(2);

  await page.getByRole('button', { name: `Remove #${first}` }).click();
  await expect(curves(page)).toHaveCount(1);
  expect(new URL(page.url()).searchParams.get('tags')).toBe(target);
  await expect(trendFigure(page).locator('[data-legend-item]')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a hashtag not charted in the scope says so in words, without an alert, while the others still draw', async ({
  page,
}) => {
  const names = await topNames(page.request, 2);
  await page.goto(compareUrl(names));
  await appReady(page);
  await expect(curves(page)).toHaveCount(2);
  const add = page.getByRole('combobox', { name: 'Add hashtag' });
  await add.fill('#no-such-hashtag-zz');
  await add.press('Enter');
  expect(new URL(page.url()).searchParams.get('tags')).toBe(`${names.join(',')},no-such-hashtag-zz`);
  await expect(page.getByText(/^No data for #no-such-hashtag-zz in /)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(curves(page)).toHaveCount(2);
});

test('a hashtag that fails shows its own alert with Retry while the others still draw', async ({ page }) => {
  const names = await topNames(page.request, 2);
  await withoutServerData(page);
  await page.route(
    (url) => url.pathname === DETAIL_API && url.searchParams.get('hashtag_name') === 'failing-tag-zz',
    (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ code: 500, msg: 'upstream exploded' }),
      }),
  );
  await page.goto(compareUrl([...names, 'failing-tag-zz']));
  await appReady(page);
  await expect(curves(page)).toHaveCount(2);
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible({ timeout: 20_000 });
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(page.getByText('#failing-tag-zz could not be loaded')).toBeVisible();
  await expect(curves(page)).toHaveCount(2);
});

test('switches to estimated posts per day, labelled as an estimate, and back', async ({ page }) => {
  const names = await topNames(page.request, 3);
  await page.goto(compareUrl(names));
  await appReady(page);
  await expect(curves(page)).toHaveCount(3);
  await page.getByRole('radio', { name: 'Estimated posts per day' }).click();
  await expect(page).toHaveURL(/[?&]mode=posts(&|$)/);
  await expect(page.getByRole('radio', { name: 'Estimated posts per day' })).toBeChecked();
  const figure = trendFigure(page, 'Estimated posts per day');
  await expect(figure).toContainText("Estimate: each curve's share of the period's posts.");
  await expect(curves(page, 'Estimated posts per day')).toHaveCount(3);

  await figure.getByRole('button', { name: 'Show table for Estimated posts per day' }).click();
  const table = figure.getByRole('table', { name: 'Estimated posts per day' });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Date',
    ...names.map((n) => `#${n} (posts per day, estimated)`),
  ]);

  // the estimate adds up to the period's posts (within rounding)
  const response = await page.request.get(
    `${DETAIL_API}?hashtag_name=${encodeURIComponent(names[0]!)}&country_code=US&period=30`,
  );
  const posts = ((await response.json()) as { data: { info: { publish_cnt: number } } }).data.info.publish_cnt;
  const cells = await table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => Number(r.children[1]!.textContent!.replace(/,/g, ''))));
  const total = cells.reduce((a, b) => a + b, 0);
  expect(Math.abs(total - posts)).toBeLessThanOrEqual(cells.length);

  await page.getByRole('radio', { name: 'Relative (peak = 100)' }).click();
  await expect(trendFigure(page)).toBeVisible();
  await expect(page).not.toHaveURL(/mode=/);
});

test('downloads the chart table as CSV', async ({ page }) => {
  const names = await topNames(page.request, 3);
  await page.goto(compareUrl(names));
  await appReady(page);
  await expect(curves(page)).toHaveCount(3);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    trendFigure(page).getByRole('button', { name: 'Download CSV of Popularity over time' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^compare-.+\.csv$/);
  const text = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
  const lines = text.split('\r\n').filter(Boolean);
  expect(lines[0]).toBe(
    ['Date', ...names.map((n) => `#${n} (0–100)`)].map((c) => (c.includes(',') ? `"${c}"` : c)).join(','),
  );
  expect(lines.length).toBe(31); // 30 daily points + header
  for (const line of lines.slice(1)) {
    const values = line
      .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
      .slice(1)
      .map(Number);
    expect(values).toHaveLength(3);
    for (const v of values) expect(v).toBeGreaterThanOrEqual(0);
  }
  // the peak of each curve is 100
  for (let column = 1; column <= 3; column++) {
    expect(Math.max(...lines.slice(1).map((l) => Number(l.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)[column])))).toBe(100);
  }

  // and the side-by-side figures
  const [figures] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV of Headline figures side by side' }).click(),
  ]);
  const figuresText = (await readFile((await figures.path())!, 'utf8')).replace(/^\uFEFF/, '');
  expect(figuresText.split('\r\n')[0]).toBe(['Figure', ...names.map((n) => `#${n}`)].join(','));
  expect(figuresText).toContain('\r\n"Posts, last 30 days",');
});

test('downloads the chart as a 2x PNG with its legend', async ({ page }) => {
  const names = await topNames(page.request, 3);
  await page.goto(compareUrl(names));
  await appReady(page);
  await expect(curves(page)).toHaveCount(3);
  const plotWidth = await trendFigure(page)
    .locator('[data-chart-box]')
    // the picture is the chart's box: the plot and the axis labels in its margins
    .evaluate((box) => box.getBoundingClientRect().width);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    trendFigure(page).getByRole('button', { name: 'Download PNG of Popularity over time' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(10_000);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(width).toBe(Math.round((plotWidth + 48) * 2));
  expect(height).toBeGreaterThan(2 * 320);
});

test('copies the link with a confirmation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const names = await topNames(page.request, 2);
  await page.goto(compareUrl(names, '&mode=posts'));
  await appReady(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('opens Compare from a hashtag page with its filters', async ({ page }) => {
  const [name] = await topNames(page.request, 1, 'GB', 30);
  await page.goto(`/hashtag/${encodeURIComponent(name!)}?country=GB&period=30`);
  await appReady(page);
  await page.getByRole('link', { name: 'Compare', exact: true }).click();
  await expect(page).toHaveURL(`/compare?tags=${encodeURIComponent(name!)}&country=GB&period=30`);
  await expect(curves(page)).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue('United Kingdom');
  await expect(page.getByRole('radio', { name: '30 days' })).toBeChecked();
});

test('with no hashtags it explains what to do', async ({ page }) => {
  await page.goto('/compare');
  await appReady(page);
  await expect(page.getByRole('heading', { name: 'Nothing to compare yet' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Add hashtag' })).toBeEnabled();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`/compare has no axe violations in ${scheme} theme`, async ({ page }) => {
    test.slow(); // three full axe scans of a page with a chart
    await page.emulateMedia({ colorScheme: scheme });
    const names = await topNames(page.request, 3);
    await page.goto(compareUrl([...names, 'no-such-hashtag-zz']));
    await appReady(page);
    await expect(curves(page)).toHaveCount(3);
    await expect(page.getByText(/^No data for #no-such-hashtag-zz in /)).toBeVisible();
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    // the suggestion list open, the estimate view and the table view
    await page.getByRole('combobox', { name: 'Add hashtag' }).click();
    await expect(page.getByRole('listbox', { name: 'Hashtag suggestions' })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('radio', { name: 'Estimated posts per day' }).click();
    await trendFigure(page, 'Estimated posts per day')
      .getByRole('button', { name: /^Show table/ })
      .click();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}
