import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { appReady } from './server-data';
import { drawChart } from './detail-page';

const LIST_API = '/api/tiktok/popular-trend/hashtag';
const DETAIL_API = '/api/tiktok/popular-trend/hashtag/detail';

async function topNames(request: APIRequestContext, count: number): Promise<string[]> {
  const response = await request.get(`${LIST_API}?country_code=US&period=7&limit=100&page=1`);
  const body = (await response.json()) as { data: { list: { hashtag_name: string }[] } };
  return body.data.list.slice(0, count).map((item) => item.hashtag_name);
}

/** The latest day of a hashtag's curve, as the app writes dates ("Nov 23, 2026" in en-US). */
async function latestDay(request: APIRequestContext, name: string): Promise<string> {
  const response = await request.get(`${DETAIL_API}?hashtag_name=${encodeURIComponent(name)}&country_code=US&period=7`);
  const body = (await response.json()) as { data: { info: { trend: { time: number }[] } } };
  const latest = Math.max(...body.data.info.trend.map((p) => p.time));
  return new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    latest * 1000,
  );
}

/** The reader's own day (the browser runs in this machine's time zone). */
const today = () =>
  new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric' }).format(Date.now());

/** Records the text drawn on canvases, so a test can read the words a downloaded PNG carries. */
async function recordCanvasText(page: Page) {
  await page.addInitScript(() => {
    const texts: string[] = [];
    (window as unknown as { __canvasText: string[] }).__canvasText = texts;
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (
      this: CanvasRenderingContext2D,
      text: string,
      ...rest: [number, number, number?]
    ) {
      texts.push(text);
      return fillText.call(this, text, ...rest);
    };
  });
}
const canvasText = (page: Page) =>
  page.evaluate(() => (window as unknown as { __canvasText: string[] }).__canvasText.splice(0));

async function downloadPng(page: Page, title: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('figure', { name: title })
      .getByRole('button', { name: `Download PNG of ${title}` })
      .click(),
  ]);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  return bytes;
}

test('Download PNG works on the first press, by keyboard, before the chart was ever scrolled to', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const [name] = await topNames(page.request, 1);
  await page.goto(`/hashtag/${encodeURIComponent(name!)}`);
  await appReady(page);
  const figure = page.getByRole('figure', { name: 'Audience countries' });
  // below the screen, drawn with the page, recharts never loaded
  await expect(figure.locator('svg.chart-static')).toBeAttached();
  await expect(page.locator('.recharts-wrapper')).toHaveCount(0);

  const button = figure.getByRole('button', { name: 'Download PNG of Audience countries' });
  const downloading = page.waitForEvent('download', { timeout: 10_000 });
  // Tab lands on the button (it scrolls into view) and Enter presses it at once
  await button.evaluate((el: HTMLElement) => el.focus());
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/audience-countries.*\.png$/);
  const bytes = await readFile((await download.path())!);
  expect(bytes.length).toBeGreaterThan(10_000);
  await expect(figure.getByText('The image could not be created.')).toHaveCount(0);
});

test('a compare PNG in relative mode says each curve is on its own scale', async ({ page }) => {
  await recordCanvasText(page);
  const names = await topNames(page.request, 2);
  await page.goto(`/compare?tags=${names.map(encodeURIComponent).join(',')}`);
  await appReady(page);
  await expect(page.locator('svg.chart-static path.chart-line')).toHaveCount(2, {
    timeout: 15_000,
  });
  await downloadPng(page, 'Popularity over time');
  expect(await canvasText(page)).toContain('Each curve on its own scale (peak = 100)');

  await page.getByRole('radio', { name: /posts/i }).check();
  await expect(page.getByRole('figure', { name: 'Estimated posts per day' })).toBeVisible();
  await downloadPng(page, 'Estimated posts per day');
  expect(await canvasText(page)).not.toContain('Each curve on its own scale (peak = 100)');
});

test('the PNG, the printout and the deck give one "data as of" day, and apart from it when they were made', async ({
  page,
}) => {
  await recordCanvasText(page);
  const [name] = await topNames(page.request, 1);
  const dataDay = await latestDay(page.request, name!);
  await page.goto(`/hashtag/${encodeURIComponent(name!)}`);
  await appReady(page);
  await drawChart(page, 'Popularity over time');

  await downloadPng(page, 'Popularity over time');
  expect(await canvasText(page)).toContain(`Data as of ${dataDay} · downloaded ${today()}`);

  await expect(page.getByTestId('print-header')).toHaveText(
    new RegExp(`· data as of ${dataDay} · printed ${today()}$`),
  );

  await page.goto('/present?country=US&period=7');
  await appReady(page);
  await expect(page.locator('dt', { hasText: 'Data as of' }).locator('xpath=following-sibling::dd[1]')).toHaveText(
    dataDay,
  );
});
