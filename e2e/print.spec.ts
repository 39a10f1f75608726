import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
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
  for (const selector of ['button', 'input', 'select', 'nav', '[role="radiogroup"]', '[role="combobox"]', '.no-print']) {
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
  const firstSeries = page.locator('.recharts-wrapper > svg.recharts-surface path.recharts-line-curve[stroke="var(--chart-1)"]');
  const stroke = await firstSeries.first().evaluate((p) => getComputedStyle(p).stroke);
  expect(stroke).toBe('rgb(15, 118, 110)');
}

test('the compare page prints as a light report with its filters on top, from the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const names = await topNames(page.request, 3);
  await page.goto(`/compare?tags=${names.map(encodeURIComponent).join(',')}&country=GB&period=30&mode=posts`);
  await expect(page.locator('.recharts-wrapper > svg.recharts-surface path.recharts-line-curve')).toHaveCount(3);
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.getByTestId('print-header')).toBeHidden(); // screen: not shown

  await expectCleanPrint(
    page,
    new RegExp(
      `^Hashtag Trends · Compare hashtags · ${names.map((n) => `#${n}`).join(' vs ')} · United Kingdom · last 30 days · Estimated posts per day · as of .+ · printed .+$`,
    ),
  );
  // the hashtags themselves stay (their remove buttons go)
  for (const name of names) await expect(page.getByRole('link', { name: `#${name}`, exact: true })).toBeVisible();
});

test('a hashtag page prints as a light report with its filters on top', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const [name] = await topNames(page.request, 1);
  await page.goto(`/hashtag/${encodeURIComponent(name!)}`);
  await drawAllCharts(page);
  await expectCleanPrint(page, new RegExp(`^Hashtag Trends · #${name} · United States · last 7 days · as of .+ · printed .+$`));
  await expect(page.getByRole('link', { name: 'Compare', exact: true })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Back to trending hashtags' })).toBeHidden();
});

test('Save as PDF produces a document', async ({ page }) => {
  const names = await topNames(page.request, 2);
  await page.goto(`/compare?tags=${names.map(encodeURIComponent).join(',')}`);
  await expect(page.locator('.recharts-wrapper > svg.recharts-surface path.recharts-line-curve')).toHaveCount(2);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
});
