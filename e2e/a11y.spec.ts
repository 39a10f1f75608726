import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { appReady, withoutServerData } from './server-data';

/**
 * Accessibility across routes and states, and keyboard-only walks of the explorer and the deck.
 *
 * axe coverage per route, light and dark (each scan costs seconds, so no route is scanned twice):
 * - `/` (explorer, with the country list open)       e2e/explorer.spec.ts
 * - `/hashtag/:name` (charts, then tables)            e2e/hashtag.spec.ts
 * - `/compare?tags=a,b,c`                              e2e/compare.spec.ts
 * - `/present` (cover, a hashtag slide, movers)       e2e/present.spec.ts
 * - `/watchlist` (with starred hashtags)              e2e/insights.spec.ts
 * - a 404 route, the explorer and the detail page in their error state, the empty watchlist: here.
 */

const LIST_API = '**/api/tiktok/popular-trend/hashtag?*';
const DETAIL_API = '**/api/tiktok/popular-trend/hashtag/detail?*';

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
}

async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const label =
      el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el.labels?.[0]?.textContent : undefined;
    return (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
  });
}

/** Presses Tab until `matches` holds for the focused element (bounded), and returns how many presses it took. */
async function tabUntil(page: Page, matches: (name: string) => boolean, max = 120, key = 'Tab'): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    if (matches(await focusedName(page))) return i;
  }
  throw new Error(`focus never reached the expected element in ${max} presses of ${key}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no axe violations in ${scheme}: a 404 route, error states, the empty watchlist`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });

    await page.goto('/no/such/view');
    await appReady(page);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/);
    await expectNoViolations(page);

    // The alert colours are only on screen when something fails.
    await withoutServerData(page);
    await page.route(LIST_API, (route) =>
      route.fulfill({ status: 400, json: { code: 400, msg: 'period must be one of 7, 30, 120', request_id: 'a11y' } }),
    );
    await page.route(DETAIL_API, (route) =>
      route.fulfill({ status: 404, json: { code: 404, msg: 'no such hashtag', request_id: 'a11y' } }),
    );
    await page.goto('/?country=GB&period=30');
    await appReady(page);
    await expect(page.getByRole('alert')).toContainText('A filter was not accepted');
    await expectNoViolations(page);

    await page.goto('/hashtag/missing?country=GB&period=30');
    await appReady(page);
    await expect(page.getByRole('region', { name: 'Not in this top 100' })).toContainText('7 days: not available');
    await expectNoViolations(page);

    await page.goto('/watchlist');
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoViolations(page);
  });
}

test('the explorer with the keyboard alone: skip link, header, filters, table, pagination', async ({ page }) => {
  await page.goto('/?country=GB&period=30');
  await appReady(page);
  const table = page.getByRole('table', { name: /hashtags/i });
  await expect(table.getByRole('rowheader')).toHaveCount(20);

  // First stop: the skip link, shown when focused; Enter moves on into the main content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement) ?? false)).toBe(
    true,
  );

  // From the top without skipping: the header in reading order, then the filters.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.goto('/?country=GB&period=30');
  await appReady(page);
  await expect(table.getByRole('rowheader')).toHaveCount(20);
  const order: string[] = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    order.push(await focusedName(page));
  }
  expect(order).toEqual([
    'Skip to content',
    '# Hashtag Trends',
    'Watchlist',
    expect.stringMatching(/^[☀☾]Dark theme$/),
  ]);

  // Country: a combobox operated by typing, arrows and Enter.
  await tabUntil(page, (name) => name === 'Country', 20);
  const country = page.getByRole('combobox', { name: 'Country' });
  await expect(country).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('germ');
  await expect(page.getByRole('option', { name: 'Germany' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?country=DE&period=30$/);

  // Period: one tab stop for the group, arrows move the choice.
  await tabUntil(page, (name) => /days$/.test(name), 6);
  await expect(page.getByRole('radio', { name: '30 days' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '120 days' })).toBeChecked();
  await expect(page).toHaveURL(/\?country=DE&period=120$/);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/\?country=DE&period=30$/);
  await expect(table.getByRole('rowheader')).toHaveCount(20);

  // The results filter narrows the table to one hashtag by typing (fewer tab stops on the way down).
  await expect(table).toHaveAttribute('aria-busy', 'false');
  const first = ((await table.getByRole('rowheader').first().getByRole('link').textContent()) ?? '')
    .trim()
    .replace(/^#/, '');
  await tabUntil(page, (name) => name === 'Filter results', 12);
  await page.keyboard.type(first);
  await expect(table.getByRole('rowheader')).toHaveCount(1);

  // On into the table: its hashtag link is a tab stop.
  await tabUntil(page, (name) => name === `#${first}`, 25);
  expect(await page.evaluate(() => document.activeElement?.closest('table') !== null)).toBe(true);

  // Pagination: Enter on "Next page" turns the page.
  await tabUntil(page, (name) => name === 'Next page', 25);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?country=DE&period=30&page=2&q=/);
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('21–40 of 100');
  await expect(page.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
});

test('the deck with the keyboard alone: controls in tab order, keys work wherever focus is', async ({ page }) => {
  await page.goto('/present?country=GB&period=30');
  await appReady(page);
  const counter = page.getByTestId('slide-counter');
  await expect(counter).toHaveText('1 / 13');

  await tabUntil(page, (name) => name === 'Next slide', 30);
  const next = page.getByRole('button', { name: 'Next slide' });
  expect(await next.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
  await page.keyboard.press('Enter');
  await expect(counter).toHaveText('2 / 13');
  // Focus stays on the button; the deck's keys still work from there.
  await expect(next).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('3 / 13');
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText('2 / 13');
  await page.keyboard.press('End');
  await expect(counter).toHaveText('13 / 13');
  await page.keyboard.press('Home');
  await expect(counter).toHaveText('1 / 13');

  // The remaining controls follow in order, and Exit is a link that leaves for the explorer.
  const rest = [
    await tabUntil(page, (name) => name === 'Fullscreen', 3),
    await tabUntil(page, (name) => name === 'Download PowerPoint', 3),
    await tabUntil(page, (name) => name === 'Exit', 3),
  ];
  expect(rest).toEqual([1, 1, 1]);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/\?country=GB&period=30$/);
});
