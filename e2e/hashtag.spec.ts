import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type ConsoleMessage, type Page } from '@playwright/test';
import { appReady } from './server-data';
import { DETAIL_FIGURES as FIGURES, drawAllCharts, drawChart } from './detail-page';
import { watchErrors } from './console-errors';
const DETAIL_API = '/api/tiktok/popular-trend/hashtag/detail';
const LIST_API = '/api/tiktok/popular-trend/hashtag';

/**
 * "Rank and stage by period" asks for the hashtag's detail at every period; a 404 for a period the
 * hashtag has no data in is an answer (shown as "No data"), though the browser logs it as an error.
 */
function isOtherPeriodNotFound(msg: ConsoleMessage): boolean {
  return /status of 404/.test(msg.text()) && msg.location().url.includes(`${DETAIL_API}?`);
}

async function listNames(request: APIRequestContext, country = 'US', period = 7): Promise<string[]> {
  const response = await request.get(`${LIST_API}?country_code=${country}&period=${period}&limit=100&page=1`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data: { list: { hashtag_name: string }[] } };
  return body.data.list.map((item) => item.hashtag_name);
}

/** A letter outside Latin script (Cyrillic, Kana, Hangul, Thai, ...). */
const NON_LATIN = /(?!\p{Script=Latin})\p{L}/u;

/** A hashtag listed for 30 days whose related hashtags include a non-Latin name, found in the demo data at run time. */
async function findNonLatinRelated(request: APIRequestContext): Promise<{ country: string; from: string; to: string }> {
  for (const country of ['JP', 'KR', 'TH', 'UA', 'US']) {
    for (const name of await listNames(request, country, 30)) {
      const response = await request.get(
        `${DETAIL_API}?hashtag_name=${encodeURIComponent(name)}&country_code=${country}&period=30`,
      );
      const body = (await response.json()) as { data: { info: { related_hashtags: { hashtag_name: string }[] } } };
      const related = body.data.info.related_hashtags.find((r) => NON_LATIN.test(r.hashtag_name));
      if (related) return { country, from: name, to: related.hashtag_name };
    }
  }
  throw new Error('no demo hashtag links to a non-Latin related hashtag');
}

async function openDetail(page: Page, path: string) {
  await page.goto(path);
  await appReady(page);
  await drawAllCharts(page);
}

test('opens a hashtag from the list and goes back to the same list page', async ({ page }) => {
  const problems = watchErrors(page, isOtherPeriodNotFound);
  await page.goto('/?page=3');
  await appReady(page);
  const table = page.getByRole('table', { name: /hashtags/i });
  await expect(page.getByText('41–60 of 100').first()).toBeVisible();
  const first = table.getByRole('link').first();
  const name = ((await first.textContent()) ?? '').trim();
  expect(name).toMatch(/^#/);
  await first.click();

  await expect(page).toHaveURL(/\/hashtag\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page).toHaveTitle(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await expect(page.getByRole('figure', { name: 'Popularity over time' }).locator('svg.chart-static')).toBeVisible();

  await page.getByRole('link', { name: 'Back to trending hashtags' }).click();
  await expect(page).toHaveURL(/\/\?(.*&)?page=3(&|$)/);
  await expect(page.getByText('41–60 of 100').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('a period chosen on the hashtag page shows at once, the page under it follows in the background; Back undoes it', async ({
  page,
}) => {
  const problems = watchErrors(page, isOtherPeriodNotFound);
  await page.goto('/hashtag/carmeet?country=FR&period=30');
  await appReady(page);
  // The shell's look-alike controls are hidden from the accessibility tree: this is the app's radio.
  const week = page.getByRole('radio', { name: '7 days' });
  await expect(page.getByRole('radio', { name: '30 days' })).toBeChecked();
  // Click, and read the page in the same task: the radio shows the choice at once (a controlled radio
  // whose URL is not applied yet would snap back), while the figures and charts under it follow in a
  // background render, so the click does not wait for them.
  const atOnce = await week.evaluate((radio: HTMLInputElement) => {
    radio.click();
    return { checked: radio.checked, oldFigures: document.body.textContent?.includes('Posts, last 30 days') };
  });
  expect(atOnce).toEqual({ checked: true, oldFigures: true });
  // 7 days is the default, so the URL drops it.
  await expect(page).toHaveURL(/\/hashtag\/carmeet\?country=FR$/);
  await expect(page.getByText('Posts, last 7 days')).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/[?&]period=30(&|$)/);
  await expect(page.getByRole('radio', { name: '30 days' })).toBeChecked();
  await expect(week).not.toBeChecked();
  expect(problems).toEqual([]);
});

test('the four figures render with data and each one toggles to its table', async ({ page }) => {
  const problems = watchErrors(page, isOtherPeriodNotFound);
  const [name] = await listNames(page.request);
  await openDetail(page, `/hashtag/${encodeURIComponent(name!)}`);

  for (const title of FIGURES) {
    const figure = page.getByRole('figure', { name: title });
    await expect(figure).toBeVisible();
    await expect(figure.locator('figcaption')).toContainText(title);
    const marks = figure.locator('svg.chart-static').locator('path.chart-line, .chart-bar rect');
    expect(await marks.count(), title).toBeGreaterThan(0);

    await figure.getByRole('button', { name: `Show table for ${title}` }).click();
    const table = figure.getByRole('table', { name: title });
    await expect(table).toBeVisible();
    expect(await table.getByRole('row').count(), title).toBeGreaterThan(1);
    await figure.getByRole('button', { name: `Show chart for ${title}` }).click();
    await expect(table).toHaveCount(0);
    await expect(figure.locator('svg.chart-static')).toBeVisible();
  }
  await expect(page.getByRole('figure', { name: 'Popularity over time' })).toContainText(/Peaked on .+ at 100/);
  expect(problems).toEqual([]);
});

test('downloads a chart as a PNG for slides', async ({ page }) => {
  const problems = watchErrors(page, isOtherPeriodNotFound);
  const [name] = await listNames(page.request);
  await openDetail(page, `/hashtag/${encodeURIComponent(name!)}`);

  for (const title of ['Popularity over time', 'Audience countries']) {
    const figure = page.getByRole('figure', { name: title });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: `Download PNG of ${title}` }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(10_000);
  }
  expect(problems).toEqual([]);
});

test('a related hashtag with a non-Latin name opens its own page under the same filters', async ({ page }) => {
  const { country, from, to } = await findNonLatinRelated(page.request);
  const query = `?country=${country}&period=30`;
  await openDetail(page, `/hashtag/${encodeURIComponent(from)}${query}`);

  const region = page.getByRole('region', { name: 'Related hashtags' });
  const link = region.getByRole('link', { name: `#${to}`, exact: true });
  await expect(link).toHaveAttribute('href', `/hashtag/${encodeURIComponent(to)}${query}`);

  const request = page.waitForRequest((r) => r.url().includes(DETAIL_API) && r.url().includes(encodeURIComponent(to)));
  await link.click();
  const params = new URL((await request).url()).searchParams;
  expect([params.get('hashtag_name'), params.get('country_code'), params.get('period')]).toEqual([to, country, '30']);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`#${to}`);
  await expect(page).toHaveURL(`/hashtag/${encodeURIComponent(to)}${query}`);
  await expect(page.getByRole('radio', { name: '30 days' })).toBeChecked();
  await expect(page).toHaveTitle(new RegExp(`^#${to}`));
  await drawChart(page, 'Audience age');
});

test('video links carry the exact 19-digit ids of the API response', async ({ page }) => {
  const [name] = await listNames(page.request);
  const response = await page.request.get(
    `${DETAIL_API}?hashtag_name=${encodeURIComponent(name!)}&country_code=US&period=7`,
  );
  // Read ids from the raw text: JSON.parse would be the very rounding bug this guards against.
  const ids = [...(await response.text()).matchAll(/"item_id":\s*"?(\d+)"?/g)].map((m) => m[1]!);
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) expect(id).toMatch(/^\d{19}$/);

  await openDetail(page, `/hashtag/${encodeURIComponent(name!)}`);
  const links = page.getByRole('region', { name: 'Related videos' }).getByRole('link');
  await expect(links).toHaveCount(ids.length);
  const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')));
  expect(hrefs).toEqual(ids.map((id) => `https://www.tiktok.com/video/${id}`));
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
  const covers = page.getByRole('region', { name: 'Related videos' }).getByRole('img');
  for (const src of await covers.evaluateAll((els) => els.map((el) => el.getAttribute('src') ?? ''))) {
    expect(src).toMatch(/^(https:\/\/|\/api\/)/);
  }
});

/** A hashtag in GB's 7-day top 100 with no detail at 30 days there, found in the demo data at run time. */
async function findOutsideThirtyDays(request: APIRequestContext): Promise<{ name: string; rank: number }> {
  const thirty = new Set(await listNames(request, 'GB', 30));
  const seven = await listNames(request, 'GB', 7);
  for (const [i, name] of seven.entries()) {
    if (thirty.has(name)) continue;
    const response = await request.get(
      `${DETAIL_API}?hashtag_name=${encodeURIComponent(name)}&country_code=GB&period=30`,
    );
    if (response.status() === 404) return { name, rank: i + 1 };
  }
  throw new Error('every GB 7-day hashtag has a 30-day detail in the demo data');
}

test('a hashtag outside this top 100 says so in words, offers where it charts, and has no Retry', async ({ page }) => {
  test.setTimeout(60_000);
  const { name, rank } = await findOutsideThirtyDays(page.request);
  await page.goto(`/hashtag/${encodeURIComponent(name)}?country=GB&period=30`);
  await appReady(page);
  await expect(page).toHaveTitle(new RegExp(`^#${name}`));
  const section = page.getByRole('region', { name: 'Not in this top 100' });
  await expect(section).toContainText(`#${name} is not in the top 100 in United Kingdom over 30 days.`);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  const sevenDays = section.getByRole('link', { name: `7 days: #${rank}` });
  await expect(sevenDays).toBeVisible();
  await expect(section.getByText(/^120 days: /)).not.toContainText('checking');

  await section.getByRole('button', { name: 'Look in United States, Germany, Brazil and Indonesia' }).click();
  for (const country of ['United States', 'Germany', 'Brazil', 'Indonesia']) {
    await expect(section.getByText(new RegExp(`^${country}: (#\\d+|not in the top 100)$`))).toBeVisible();
  }

  // No axe violations in either theme in this state.
  for (const dark of [false, true]) {
    if (dark) await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveClass(dark ? /dark/ : /^(?!.*dark)/);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
  }

  await sevenDays.click();
  await expect(page).toHaveURL(new RegExp(`/hashtag/${encodeURIComponent(name)}\\?country=GB$`));
  await expect(page.getByRole('heading', { level: 1, name: `#${name}` })).toBeVisible();
  await expect(page.getByText(/^Views, /).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Not in this top 100' })).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the detail page has no axe violations in ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const [name] = await listNames(page.request);
    await openDetail(page, `/hashtag/${encodeURIComponent(name!)}`);
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/);
    const charts = await new AxeBuilder({ page }).analyze();
    expect(charts.violations).toEqual([]);

    for (const title of FIGURES) {
      await page
        .getByRole('figure', { name: title })
        .getByRole('button', { name: `Show table for ${title}` })
        .click();
    }
    const tables = await new AxeBuilder({ page }).analyze();
    expect(tables.violations).toEqual([]);
  });
}

test('charts come drawn in the page’s HTML; recharts loads only when a reader points at one, and takes its place without moving it', async ({
  page,
}) => {
  const problems = watchErrors(page, isOtherPeriodNotFound);
  const scripts: { url: string; body: string }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') {
      scripts.push({ url: response.url(), body: await response.text().catch(() => '') });
    }
  });
  // a string of recharts' own code (our modules name its classes too)
  const isCharting = (body: string) => body.includes('recharts-cartesian-axis');
  await page.setViewportSize({ width: 412, height: 823 });
  const [name] = await listNames(page.request);
  const url = `/hashtag/${encodeURIComponent(name!)}`;

  // the server's HTML has every chart drawn, curves and bars included
  const html = await (await page.request.get(url, { headers: { accept: 'text/html' } })).text();
  expect(html.match(/<svg class="chart-static/g)?.length).toBeGreaterThanOrEqual(FIGURES.length);
  expect(html).toContain('class="chart-line"');
  expect(html).toContain('class="chart-bar"');

  // scrolled to the bottom on a phone: every chart drawn, no charting code loaded
  await page.goto(url);
  await appReady(page);
  for (const title of FIGURES) await drawChart(page, title);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => isCharting(s.body)).map((s) => s.url)).toEqual([]);

  // pointing at the popularity chart brings recharts, drawn over the same box, and its tooltip
  const figure = page.getByRole('figure', { name: 'Popularity over time' });
  await figure.scrollIntoViewIfNeeded();
  const box = async (selector: string) => {
    const b = (await figure.locator(selector).boundingBox())!;
    return [b.x, b.y, b.width, b.height].map(Math.round);
  };
  const before = await box('path.chart-line');
  const plot = (await figure.locator('svg.chart-static').boundingBox())!;
  await page.mouse.move(plot.x + plot.width / 2, plot.y + plot.height / 2);
  await expect(figure.locator('.recharts-wrapper path.recharts-line-curve')).toBeVisible();
  expect(scripts.some((s) => isCharting(s.body))).toBe(true);
  const after = await box('.recharts-wrapper path.recharts-line-curve');
  after.forEach((v, i) => expect(Math.abs(v - before[i]!), `curve box ${before} → ${after}`).toBeLessThanOrEqual(2));
  await page.mouse.move(plot.x + plot.width / 2 + 5, plot.y + plot.height / 2);
  await expect(figure.locator('.recharts-tooltip-wrapper')).toContainText(/Popularity: \d+/);
  // the charts not pointed at stay as they were drawn
  await expect(page.getByRole('figure', { name: 'Audience age' }).locator('svg.chart-static')).toBeVisible();
  expect(problems).toEqual([]);
});
