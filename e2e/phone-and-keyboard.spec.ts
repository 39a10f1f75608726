import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { appReady } from './server-data';
import { drawAllCharts, drawChart } from './detail-page';

const LIST_API = '/api/tiktok/popular-trend/hashtag';

async function topNames(request: APIRequestContext, count: number, period = 7): Promise<string[]> {
  const response = await request.get(`${LIST_API}?country_code=US&period=${period}&limit=100&page=1`);
  const body = (await response.json()) as { data: { list: { hashtag_name: string }[] } };
  return body.data.list.slice(0, count).map((item) => item.hashtag_name);
}

/** The date labels along the bottom of every line chart on the page, as boxes in page pixels. */
async function dateLabelBoxes(page: Page) {
  return page.locator('svg.chart-static').evaluateAll((svgs) =>
    svgs
      .filter((svg) => svg.querySelector('.chart-line'))
      .map((svg) =>
        // the set of labels shown at this width (the others are display: none)
        [...svg.querySelectorAll('.chart-date-axis text')]
          .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0)
          .map(({ text, box }) => ({ text, left: box.left, right: box.right })),
      ),
  );
}

function expectNoCollisions(labels: { text: string; left: number; right: number }[][]) {
  for (const chart of labels) {
    expect(chart.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < chart.length; i++) {
      const [a, b] = [chart[i - 1]!, chart[i]!];
      expect(b.left, `"${a.text}" and "${b.text}" overlap`).toBeGreaterThanOrEqual(a.right + 4);
    }
  }
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('date labels of a hashtag chart do not collide', async ({ page }) => {
    for (const period of [7, 30]) {
      const [name] = await topNames(page.request, 1, period);
      await page.goto(`/hashtag/${encodeURIComponent(name!)}?period=${period}`);
      await appReady(page);
      await drawChart(page, 'Popularity over time');
      expectNoCollisions(await dateLabelBoxes(page));
    }
  });

  // Long tags wrap, and a table's visually hidden caption stays inside its scroller (it made the
  // page 366 px wide).
  test('compare keeps long tags on the screen and its date labels apart', async ({ page }) => {
    const names = await topNames(page.request, 2, 30);
    const long = 'thisisaverylonghashtagnamethatgoesonandon';
    await page.goto(`/compare?tags=${[...names, long].map(encodeURIComponent).join(',')}&period=30`);
    await appReady(page);
    await expect(page.locator('svg.chart-static path.chart-line')).toHaveCount(2, {
      timeout: 15_000,
    });
    await expect(page.getByRole('link', { name: `#${long}`, exact: true })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    expectNoCollisions(await dateLabelBoxes(page));
  });
});

/** Tabs through the page from the top and returns what each stop was, with its accessible name. */
async function tabStops(page: Page, max: number) {
  await page.locator('body').evaluate((body) => {
    (document.activeElement as HTMLElement | null)?.blur();
    body.focus();
  });
  const stops: { tag: string; name: string; inTable: boolean }[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const labelledBy = el.getAttribute('aria-labelledby');
      const name =
        el.getAttribute('aria-label') ??
        (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
        ((el as HTMLElement).innerText ||
          el.getAttribute('title') ||
          (el as HTMLInputElement).labels?.[0]?.textContent ||
          '');
      return { tag: el.tagName.toLowerCase(), name: name.trim(), inTable: !!el.closest('td') };
    });
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}

test('charts on a hashtag page add no unnamed keyboard stops', async ({ page }) => {
  const [name] = await topNames(page.request, 1);
  await page.goto(`/hashtag/${encodeURIComponent(name!)}`);
  await appReady(page);
  await drawAllCharts(page);
  const stops = await tabStops(page, 120);
  expect(stops.filter((s) => s.tag === 'svg').length).toBeGreaterThanOrEqual(4);
  expect(stops.filter((s) => s.name === '')).toEqual([]);
  expect(stops.filter((s) => s.tag === 'g')).toEqual([]);
});

test('numbers in the explorer table are not tab stops', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const table = page.getByRole('table').first();
  await expect(table.getByRole('link').first()).toBeVisible({ timeout: 15_000 });
  await table.getByRole('link').first().focus();
  const next: string[] = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    next.push(await page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? ''));
  }
  expect(next).toHaveLength(3);
  expect(next).not.toContain('data');
  // the exact figure is still there for pointer and screen reader
  await expect(table.locator('tbody tr').first().locator('data').first()).toHaveAttribute('title', /^[\d,]+$/);
});
