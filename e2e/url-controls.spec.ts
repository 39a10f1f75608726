import { expect, test, type Locator, type Page } from '@playwright/test';
import { appReady } from './server-data';

/**
 * Pages whose country, period or scale live in the URL show a click on them at once, while the
 * router applies the URL in a transition and the page follows in a background render
 * (src/components/scope-filters.tsx). The hashtag page's own test is in hashtag.spec.ts.
 */

/** Clicks a radio and reads it in the click's own task: a controlled radio whose URL is not applied yet snaps back. */
function clickAndReadChecked(radio: Locator): Promise<boolean> {
  return radio.evaluate((input: HTMLInputElement) => {
    input.click();
    return input.checked;
  });
}

async function firstListed(page: Page): Promise<string[]> {
  const response = await page.request.get(
    '/api/tiktok/popular-trend/hashtag?country_code=US&period=30&limit=20&page=1',
  );
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data: { list: { hashtag_name: string }[] } };
  return body.data.list.slice(0, 2).map((item) => item.hashtag_name);
}

test('compare: a period and a scale show at once, and land in the URL', async ({ page }) => {
  const names = await firstListed(page);
  await page.goto(`/compare?tags=${names.map(encodeURIComponent).join(',')}&country=US&period=30`);
  await appReady(page);
  await expect(page.getByRole('figure', { name: 'Popularity over time' })).toBeVisible();

  expect(await clickAndReadChecked(page.getByRole('radio', { name: '120 days' }))).toBe(true);
  await expect(page).toHaveURL(/[?&]period=120(&|$)/);
  expect(await clickAndReadChecked(page.getByRole('radio', { name: 'Estimated posts per day' }))).toBe(true);
  await expect(page).toHaveURL(/[?&]mode=posts(&|$)/);
  await expect(page.getByRole('figure', { name: 'Estimated posts per day' })).toBeVisible();

  // Back undoes the scale, then the period, and the controls follow.
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Relative (peak = 100)' })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole('radio', { name: '30 days' })).toBeChecked();
});

test('watchlist: a period shows at once, and lands in the URL', async ({ page }) => {
  await page.goto('/watchlist?period=30');
  await appReady(page);
  expect(await clickAndReadChecked(page.getByRole('radio', { name: '120 days' }))).toBe(true);
  await expect(page).toHaveURL(/[?&]period=120(&|$)/);
  await expect(page.getByText(/over 120 days/)).toBeVisible();
});
