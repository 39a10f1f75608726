import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { appReady } from './server-data';

const html = (page: import('@playwright/test').Page) => page.locator('html');
const DARK = /(^|\s)dark(\s|$)/;

test('follows the system colour scheme while no theme is chosen, live', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await appReady(page);
  await expect(html(page)).toHaveClass(DARK);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();

  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html(page)).not.toHaveClass(DARK);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
});

test('a chosen theme persists across reloads and overrides the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/compare');
  await appReady(page);
  await expect(html(page)).not.toHaveClass(DARK);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(html(page)).toHaveClass(DARK);
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');

  await page.reload();
  await appReady(page);
  await expect(html(page)).toHaveClass(DARK);
  // painted dark before the app ran (public/theme.js): no light flash
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(11, 17, 32)');

  // the system changing no longer matters once chosen
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html(page)).toHaveClass(DARK);

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await appReady(page);
  await expect(html(page)).not.toHaveClass(DARK);
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('light');
});

test('the theme script sets a stored theme before the app runs', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await appReady(page);
  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  // keep the app's own scripts from running: only public/theme.js can set the class
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto('/compare');
  // the page the server rendered, painted without the app
  await expect(page.getByRole('banner').getByRole('link', { name: 'Hashtag Trends' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare hashtags' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(11, 17, 32)');
});

// axe ships label-content-name-mismatch as "experimental", off by default: the route scans do not run it.
for (const scheme of ['light', 'dark'] as const) {
  test(`the theme toggle's accessible name contains its visible text in ${scheme} (axe label-content-name-mismatch)`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/no/such/view');
    await appReady(page);
    const toggle = page.getByRole('button', { name: 'Dark theme', exact: true });
    await expect(toggle).toHaveAttribute('aria-pressed', scheme === 'dark' ? 'true' : 'false');
    await expect(toggle).toBeVisible();
    const { violations } = await new AxeBuilder({ page })
      .include('header')
      .withRules(['label-content-name-mismatch'])
      .analyze();
    expect(violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
    await expect(toggle).toHaveAccessibleName('Dark theme');
    await expect(toggle).toContainText('Dark theme');
  });
}
