import { expect, test, type Page } from '@playwright/test';
import { appReady } from './server-data';

/**
 * Coming back to the explorer after a detour (the deck, Compare, a reload) finds it exactly as it was:
 * the same page, sort, stage, hide-promoted and rows per page, and the same rows ticked for Compare.
 */

const table = (page: Page) => page.getByRole('table', { name: /hashtags/i });
const search = (page: Page) => new URL(page.url()).search;

async function loaded(page: Page) {
  await expect(table(page).getByRole('rowheader').first()).toBeVisible({ timeout: 15_000 });
}

test('leaving the deck by Esc or Exit returns to the exact explorer view it was opened from', async ({ page }) => {
  test.setTimeout(60_000);
  // Page 2 of 20-row pages, sorted by views, Rising only, promoted hidden: none of it is a deck filter.
  const view = '?country=GB&period=30&page=2&limit=20&sort=-views&hidePromoted=1&stage=Rising';
  await page.goto(`/${view}`);
  await appReady(page);
  await expect(page.getByRole('link', { name: 'Present' })).toBeVisible();
  await page.getByRole('link', { name: 'Present' }).click();
  await expect(page).toHaveURL(/\/present\?country=GB&period=30$/);
  await expect(page.getByTestId('slide-counter')).toHaveText(/^1 \/ \d+$/, { timeout: 15_000 });

  // Walking the slides and reloading keep the way back.
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/slide=2/);
  await page.reload();
  await appReady(page);
  await expect(page.getByTestId('slide-counter')).toHaveText(/^2 \/ \d+$/);
  await expect(page.getByRole('link', { name: 'Exit' })).toHaveAttribute('href', `/${view}`);
  await page.keyboard.press('Escape');
  await expect.poll(() => `${new URL(page.url()).pathname}${search(page)}`).toBe(`/${view}`);
  await expect(
    page.getByRole('navigation', { name: 'Pagination' }).getByRole('button', { name: 'Page 2' }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('checkbox', { name: 'Hide promoted' })).toBeChecked();

  // The Exit link does the same.
  await page.getByRole('link', { name: 'Present' }).click();
  await expect(page.getByTestId('slide-counter')).toHaveText(/^1 \/ \d+$/);
  await page.getByRole('link', { name: 'Exit' }).click();
  await expect.poll(() => `${new URL(page.url()).pathname}${search(page)}`).toBe(`/${view}`);
});

test('a deck opened from a shared link (no explorer behind it) exits to the list under its own filters', async ({
  page,
}) => {
  await page.goto('/present?country=GB&period=30&slide=2');
  await appReady(page);
  await expect(page.getByTestId('slide-counter')).toHaveText(/^2 \/ \d+$/, { timeout: 15_000 });
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/\?country=GB&period=30$/);
});

test('rows ticked for Compare are still ticked after Compare, Back and a reload', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/?country=GB&period=30&page=2');
  await appReady(page);
  await loaded(page);
  const names = (await table(page).getByRole('rowheader').getByRole('link').allTextContents()).map((n) =>
    n.replace(/^#/, ''),
  );
  const [a, b] = names as [string, string];
  const box = (name: string) => page.getByRole('checkbox', { name: `Select #${name} for comparison` });
  await box(b).check();
  await box(a).check();
  await page.getByRole('link', { name: 'Compare (2)' }).click();
  await expect(page).toHaveURL(/\/compare\?/);
  await expect(page.getByRole('heading', { level: 1, name: 'Compare hashtags' })).toBeVisible();

  await page.goBack();
  await loaded(page);
  expect(search(page)).toBe('?country=GB&period=30&page=2');
  await expect(box(a)).toBeChecked();
  await expect(box(b)).toBeChecked();
  await expect(page.getByRole('link', { name: 'Compare (2)' })).toHaveAttribute(
    'href',
    new RegExp(`tags=${encodeURIComponent(b)},${encodeURIComponent(a)}&`),
  );

  await page.reload();
  await appReady(page);
  await loaded(page);
  await expect(box(a)).toBeChecked();
  await expect(box(b)).toBeChecked();
  await expect(page.getByRole('link', { name: 'Compare (2)' })).toBeVisible();
  // Still not part of the shareable URL, and a new tab starts with nothing ticked.
  expect(search(page)).toBe('?country=GB&period=30&page=2');
  const other = await page.context().newPage();
  await other.goto('/?country=GB&period=30&page=2');
  await loaded(other);
  await expect(other.getByRole('button', { name: 'Compare (0)' })).toBeDisabled();
  await other.close();

  await page.getByRole('button', { name: 'Clear selection' }).click();
  await page.reload();
  await appReady(page);
  await loaded(page);
  await expect(page.getByRole('button', { name: 'Compare (0)' })).toBeDisabled();
});
