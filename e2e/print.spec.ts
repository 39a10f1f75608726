import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { appReady } from './server-data';
import { drawAllCharts } from './detail-page';

const LIST_API = '/api/tiktok/popular-trend/hashtag';

async function topNames(request: APIRequestContext, count: number): Promise<string[]> {
  const response = await request.get(`${LIST_API}?country_code=US&period=7&limit=100&page=1`);
  const body = (await response.json()) as { data: { list: { hashtag_name: string }[] } };
  return body.data.list.slice(0, count).map((item) => item.hashtag_name);
}

/** What a printout must look like whatever the screen theme: light, no controls, header on top. */
async function expectCleanPrint(page: Page, headerText: RegExp) {
  await page.emulateMedia({ media: 'print' });
  // light whatever the theme: the page and every card are white with black text
  const colours = await page.evaluate(() => {
    const style = (el: Element | null) => (el ? getComputedStyle(el) : undefined);
    return {
      html: style(document.documentElement)?.backgroundColor,
      ink: style(document.body)?.color,
      card: style(document.querySelector('.card'))?.backgroundColor,
      cardShadow: style(document.querySelector('.card'))?.boxShadow,
      figureBreak: style(document.querySelector('figure'))?.breakInside,
      cardBreak: style(document.querySelector('.card'))?.breakInside,
    };
  });
  expect(colours).toEqual({
    html: 'rgb(255, 255, 255)',
    ink: 'rgb(0, 0, 0)',
    card: 'rgb(255, 255, 255)',
    cardShadow: 'none',
    figureBreak: 'avoid',
    cardBreak: 'avoid',
  });

  // no buttons, form fields, navigation or filter chrome
  for (const selector of [
    'button',
    'input',
    'select',
    'nav',
    '[role="radiogroup"]',
    '[role="combobox"]',
    '.no-print',
  ]) {
    await expect(page.locator(selector).filter({ visible: true }), selector).toHaveCount(0);
  }
  await expect(page.getByRole('banner')).toBeHidden();

  // the filters and dates printed on top
  const header = page.getByTestId('print-header');
  await expect(header).toBeVisible();
  await expect(header).toHaveText(headerText);
  const headerTop = await header.evaluate((el) => el.getBoundingClientRect().top);
  const h1Top = await page.getByRole('heading', { level: 1 }).evaluate((el) => el.getBoundingClientRect().top);
  expect(headerTop).toBeLessThan(h1Top);

  // the chart still draws, in the light series colours (the first series' line: lines are in the DOM
  // in the order their data arrived)
  const firstSeries = page.locator('svg.chart-static path.chart-line[stroke="var(--chart-1)"]');
  const stroke = await firstSeries.first().evaluate((p) => getComputedStyle(p).stroke);
  expect(stroke).toBe('rgb(15, 118, 110)');
}

test('the compare page prints as a light report with its filters on top, from the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const names = await topNames(page.request, 3);
  await page.goto(`/compare?tags=${names.map(encodeURIComponent).join(',')}&country=GB&period=30&mode=posts`);
  await appReady(page);
  await expect(page.locator('svg.chart-static path.chart-line')).toHaveCount(3);
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.getByTestId('print-header')).toBeHidden(); // screen: not shown

  await expectCleanPrint(
    page,
    new RegExp(
      `^Hashtag Trends · Compare hashtags · ${names.map((n) => `#${n}`).join(' vs ')} · United Kingdom · last 30 days · Estimated posts per day · data as of .+ · printed .+$`,
    ),
  );
  // the hashtags themselves stay (their remove buttons go)
  for (const name of names) await expect(page.getByRole('link', { name: `#${name}`, exact: true })).toBeVisible();
});

test('a hashtag page prints as a light report with its filters on top', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const [name] = await topNames(page.request, 1);
  await page.goto(`/hashtag/${encodeURIComponent(name!)}`);
  await appReady(page);
  await drawAllCharts(page);
  await expectCleanPrint(
    page,
    new RegExp(`^Hashtag Trends · #${name} · United States · last 7 days · data as of .+ · printed .+$`),
  );
  await expect(page.getByRole('link', { name: 'Compare', exact: true })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Back to trending hashtags' })).toBeHidden();
});

test('Save as PDF produces a document', async ({ page }) => {
  const names = await topNames(page.request, 2);
  await page.goto(`/compare?tags=${names.map(encodeURIComponent).join(',')}`);
  await appReady(page);
  await expect(page.locator('svg.chart-static path.chart-line')).toHaveCount(2);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
});

/** A4 portrait minus the 12 mm margins of index.css's @page, in CSS px: what Chromium lays a printout out in. */
const A4_CONTENT_WIDTH = Math.floor(((210 - 2 * 12) / 25.4) * 96);

/**
 * Lays the page out as Chromium does for A4 paper (print media, the printable width) and reads each
 * chart: its box, its marks, and its last date label. The charts are SVG placed in percentages of
 * their box, so they take the paper's width with no script run.
 */
async function chartsOnPaper(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1000 });
  return page.evaluate(() =>
    [...document.querySelectorAll('figure')].map((figure) => {
      const svg = figure.querySelector<SVGSVGElement>('svg.chart-static');
      const chartBox = svg?.closest('[data-chart-box]')?.getBoundingClientRect();
      const ticks = [...(svg?.querySelectorAll('.chart-date-axis text') ?? [])].filter(
        (t) => t.getBoundingClientRect().width > 0,
      );
      const lastTick = ticks.at(-1);
      return {
        title: figure.querySelector('figcaption span')?.textContent ?? '',
        width: chartBox?.width ?? 0,
        marks: svg?.querySelectorAll('path.chart-line, .chart-bar rect').length ?? 0,
        lastTick: lastTick?.textContent ?? '',
        lastTickRight: lastTick && chartBox ? lastTick.getBoundingClientRect().right - chartBox.left : 0,
      };
    }),
  );
}

/** Saves the page as an A4 PDF under test-results and returns its bytes (look at it with pdftoppm -png). */
async function savePdf(page: Page, name: string) {
  const pdf = await page.pdf({ format: 'A4', path: test.info().outputPath(`${name}.pdf`) });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  return pdf;
}

test('a hashtag page printed right after opening has every chart on paper, at the printed width', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const [name] = await topNames(page.request, 1);
  await page.goto(`/hashtag/${encodeURIComponent(name!)}`);
  await appReady(page);
  // the rank history (the server's recorded rankings) is there too, below the screen
  await expect(page.getByRole('figure', { name: 'Rank history' }).locator('svg.chart-static')).toBeAttached();

  const charts = await chartsOnPaper(page);
  expect(charts.map((c) => c.title)).toEqual([
    'Popularity over time',
    'Audience age',
    'Audience interests',
    'Audience countries',
    'Rank history',
  ]);
  for (const chart of charts) {
    expect(chart.marks, chart.title).toBeGreaterThan(0);
    expect(chart.width, chart.title).toBeGreaterThan(A4_CONTENT_WIDTH * 0.8);
    expect(chart.width, chart.title).toBeLessThanOrEqual(A4_CONTENT_WIDTH);
  }
  // the latest day, the one the summary talks about, is labelled inside the chart
  const detail = (await (
    await page.request.get(
      `/api/tiktok/popular-trend/hashtag/detail?hashtag_name=${encodeURIComponent(name!)}&country_code=US&period=7`,
    )
  ).json()) as {
    data: { info: { trend: { time: number }[] } };
  };
  const latest = Math.max(...detail.data.info.trend.map((p) => p.time));
  const latestLabel = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    latest * 1000,
  );
  expect(charts[0]!.lastTick).toBe(latestLabel);
  expect(charts[0]!.lastTickRight).toBeLessThanOrEqual(charts[0]!.width);

  await savePdf(page, 'hashtag');
});

test('the compare chart is laid out for the printed width, latest days included', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const names = await topNames(page.request, 3);
  await page.goto(`/compare?tags=${names.map(encodeURIComponent).join(',')}`);
  await appReady(page);
  await expect(page.locator('svg.chart-static path.chart-line')).toHaveCount(3, {
    timeout: 15_000,
  });
  const [chart] = await chartsOnPaper(page);
  expect(chart!.width).toBeLessThanOrEqual(A4_CONTENT_WIDTH);
  expect(chart!.width).toBeGreaterThan(A4_CONTENT_WIDTH * 0.8);
  expect(chart!.lastTickRight).toBeLessThanOrEqual(chart!.width);
  await savePdf(page, 'compare');
});

test('the printed explorer table keeps its headers as text and its columns on an A4 page', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const table = page.getByRole('table').first();
  await expect(table.getByRole('link').first()).toBeVisible({ timeout: 15_000 });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  // the printed page is as wide as A4's printable area
  await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1000 });

  const headers = await table
    .locator('thead th')
    .evaluateAll((cells) =>
      cells
        .filter((c) => c.getBoundingClientRect().width > 0)
        .map((c) => (c as HTMLElement).innerText.replace(/[↑↓↕]/g, '').trim()),
    );
  expect(headers).toEqual(['Rank', 'Change', 'Hashtag', 'Stage', 'Posts', 'Views', 'Trend']);
  const box = await table.evaluate((t) => ({
    width: t.getBoundingClientRect().width,
    right: t.getBoundingClientRect().right,
  }));
  expect(box.width).toBeLessThanOrEqual(A4_CONTENT_WIDTH);
  const viewsRight = await table
    .locator('thead th', { hasText: 'Views' })
    .evaluate((th) => th.getBoundingClientRect().right);
  expect(viewsRight).toBeLessThanOrEqual(A4_CONTENT_WIDTH);
  // the hashtag names keep room to be read
  const nameWidth = await table
    .locator('tbody th')
    .first()
    .evaluate((th) => th.getBoundingClientRect().width);
  expect(nameWidth).toBeGreaterThan(150);
  await savePdf(page, 'explorer');
});
