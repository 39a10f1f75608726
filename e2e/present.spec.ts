import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { appReady } from './server-data';
import { watchErrors } from './console-errors';

const LIST_API = '/api/tiktok/popular-trend/hashtag';
const DETAIL_API = '/api/tiktok/popular-trend/hashtag/detail';

interface ListItem {
  hashtag_name: string;
  rank: number;
  trend: { time: number; value: number }[];
}

async function topList(request: APIRequestContext, query: string): Promise<ListItem[]> {
  const response = await request.get(`${LIST_API}?limit=100&page=1&${query}`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data: { list: ListItem[] } };
  return [...body.data.list].sort((a, b) => a.rank - b.rank);
}

const counter = (page: Page) => page.getByTestId('slide-counter');
const slide = (page: Page) => page.locator('section[aria-roledescription="slide"]');
const heading = (page: Page) => slide(page).getByRole('heading', { level: 1 });

/** The deck is ready: the counter shows a total and the slide has its heading. */
async function openDeck(page: Page, path: string, total: number) {
  await page.goto(path);
  await appReady(page);
  await expect(counter(page)).toHaveText(new RegExp(`^\\d+ / ${total}$`));
  await expect(heading(page)).toBeVisible();
}

test('presents the top ten with the keyboard, a clicker and the buttons', async ({ page }) => {
  const problems = watchErrors(page);
  const top = await topList(page.request, 'country_code=GB&period=30');
  const first = top[0]!.hashtag_name;
  // Slide 3's detail is prefetched before anyone gets there.
  const prefetched = page.waitForResponse(
    (r) => r.url().includes(DETAIL_API) && r.url().includes(`hashtag_name=${encodeURIComponent(first)}&`),
  );
  await openDeck(page, '/present?country=GB&period=30', 13);

  await expect(counter(page)).toHaveText('1 / 13');
  await expect(heading(page)).toHaveText('United Kingdom');
  await expect(slide(page)).toHaveAttribute('aria-label', 'Slide 1 of 13: Hashtag trends in United Kingdom');
  // "Data as of" is the latest point of the curves shown, not today.
  const latest = Math.max(...top.flatMap((i) => i.trend.map((p) => p.time)));
  const asOf = await page.evaluate(
    (t) =>
      new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        t * 1000,
      ),
    latest,
  );
  await expect(slide(page).getByRole('definition').first()).toHaveText(asOf);
  await expect(page.getByRole('region', { name: 'Hashtag trends presentation' })).toHaveAttribute(
    'aria-roledescription',
    'carousel',
  );
  // the app chrome is hidden
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);

  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('2 / 13');
  await expect(heading(page)).toHaveText('Top movers');
  await expect(page).toHaveURL(/[?&]slide=2(&|$)/);
  await prefetched;

  await page.keyboard.press('PageDown'); // a clicker
  await expect(counter(page)).toHaveText('3 / 13');
  await expect(heading(page)).toHaveText(`#${first}`);
  await expect(slide(page)).toHaveAttribute('aria-label', `Slide 3 of 13: #${first}`);
  // Already there: no skeleton, the figures and the takeaway written from the data.
  await expect(slide(page).locator('.animate-pulse')).toHaveCount(0, { timeout: 1000 });
  await expect(slide(page).getByTestId('takeaway')).toHaveText(/ · /);
  await expect(
    slide(page).getByRole('figure', { name: 'Popularity over time' }).locator('svg.chart-static'),
  ).toBeVisible();
  await expect(slide(page).getByRole('figure', { name: 'Audience age' }).locator('svg.chart-static')).toBeVisible();
  await expect(
    slide(page)
      .getByRole('list', { name: `Top videos for #${first}` })
      .getByRole('img')
      .first(),
  ).toBeVisible();
  await expect(page.getByText(`Slide 3 of 13: #${first}`, { exact: true })).toHaveAttribute('aria-live', 'polite');

  await page.keyboard.press(' ');
  await expect(counter(page)).toHaveText('4 / 13');
  await expect(heading(page)).toHaveText(`#${top[1]!.hashtag_name}`);
  await page.keyboard.press('ArrowLeft');
  await expect(counter(page)).toHaveText('3 / 13');
  await page.keyboard.press('PageUp');
  await expect(counter(page)).toHaveText('2 / 13');

  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText('13 / 13');
  await expect(heading(page)).toHaveText('Summary');
  const table = slide(page).getByRole('table', { name: 'All presented hashtags' });
  await expect(table.getByRole('row')).toHaveCount(11);
  await expect(table.getByRole('rowheader').first()).toHaveText(`#${first}`);
  await page.keyboard.press('ArrowRight'); // nothing past the end
  await expect(counter(page)).toHaveText('13 / 13');

  await page.keyboard.press('Home');
  await expect(counter(page)).toHaveText('1 / 13');
  await expect(page).not.toHaveURL(/slide=/);

  // Modifier keys and the browser's own shortcuts are left alone.
  await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.press('Shift+Space');
  await expect(counter(page)).toHaveText('1 / 13');

  // The visible buttons do the same; Space on a focused button activates that button.
  await page.getByRole('button', { name: 'Next slide' }).click();
  await expect(counter(page)).toHaveText('2 / 13');
  await page.keyboard.press(' ');
  await expect(counter(page)).toHaveText('3 / 13');
  await page.getByRole('button', { name: 'Previous slide' }).click();
  await expect(counter(page)).toHaveText('2 / 13');
  expect(problems).toEqual([]);
});

test('the slide round-trips through the URL; moving replaces history; bad slides fall back with a notice', async ({
  page,
}) => {
  const top = await topList(page.request, 'country_code=US&period=7');
  await page.goto('/');
  await appReady(page);
  // The US 7-day deck (the e2e server's tracked history): a "What changed this week" slide before the
  // summary makes 14; hashtag slides keep their numbers.
  await openDeck(page, '/present?slide=4', 14);
  await expect(counter(page)).toHaveText('4 / 14');
  await expect(heading(page)).toHaveText(`#${top[1]!.hashtag_name}`);

  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/present\?slide=5$/);
  await page.reload();
  await appReady(page);
  await expect(counter(page)).toHaveText('5 / 14');
  await expect(heading(page)).toHaveText(`#${top[2]!.hashtag_name}`);

  // Slides replace the history entry: Back leaves the deck instead of walking back through it.
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('6 / 14');
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);

  await openDeck(page, '/present?slide=99', 14);
  await expect(counter(page)).toHaveText('14 / 14');
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'There is no slide “99” in this deck of 14: showing the last slide' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]slide=14$/);

  await openDeck(page, '/present?slide=abc&country=GB', 13);
  await expect(counter(page)).toHaveText('1 / 13');
  await expect(page.getByRole('status').filter({ hasText: 'Unknown slide “abc”: showing slide 1' })).toBeVisible();
});

test('Escape leaves the deck for the explorer under the same filters', async ({ page }) => {
  const problems = watchErrors(page);
  const query = 'country=GB&period=30&industry=25000000000&new=1';
  const list = await topList(page.request, 'country_code=GB&period=30&industry_id=25000000000&filter_by=new_on_board');
  const shown = Math.min(10, list.length);
  await openDeck(page, `/present?${query}&slide=2`, shown + 3);
  await expect(page.getByRole('link', { name: 'Exit' })).toHaveAttribute('href', `/?${query}`);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(`/?${query}`);
  await expect(page.getByRole('banner')).toContainText('Hashtag Trends');
  expect(problems).toEqual([]);
});

test('fullscreen: f and the button toggle it; Escape leaves fullscreen before the deck', async ({ page }) => {
  await openDeck(page, '/present?slide=2', 14);
  const button = page.getByRole('button', { name: 'Fullscreen' });
  const isFullscreen = () => page.evaluate(() => document.fullscreenElement !== null);

  await page.keyboard.press('f');
  await expect.poll(isFullscreen).toBe(true);
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('f');
  await expect.poll(isFullscreen).toBe(false);
  await expect(button).toHaveAttribute('aria-pressed', 'false');

  await button.click();
  await expect.poll(isFullscreen).toBe(true);
  await page.keyboard.press('ArrowRight'); // keys still work in fullscreen
  await expect(counter(page)).toHaveText('3 / 14');
  await page.keyboard.press('Escape');
  await expect.poll(isFullscreen).toBe(false);
  await expect(page).toHaveURL(/\/present\?slide=3$/);
  await page.waitForTimeout(600); // past the grace period for a late Escape keydown
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/$/);
});

test('presents hand-picked tags, including one outside the top 100, from the detail page entry point', async ({
  page,
}) => {
  const problems = watchErrors(page);
  // A hashtag charted for all industries but not in this industry's top 100: the detail exists, the rank does not.
  const all = await topList(page.request, 'country_code=US&period=7');
  const industry = await topList(page.request, 'country_code=US&period=7&industry_id=25000000000');
  const inIndustry = new Set(industry.map((i) => i.hashtag_name));
  const outside = all.find((i) => !inIndustry.has(i.hashtag_name))!.hashtag_name;
  const inside = industry[0]!.hashtag_name;

  await openDeck(
    page,
    `/present?tags=${encodeURIComponent(inside)},${encodeURIComponent(outside)}&industry=25000000000`,
    5,
  );
  await expect(slide(page)).toContainText('2 selected hashtags');
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText('5 / 5');
  await expect(slide(page).getByRole('row', { name: new RegExp(`#${outside}`) })).toContainText('Not in the top 100');
  await page.keyboard.press('ArrowLeft');
  await expect(heading(page)).toHaveText(`#${outside}`);
  await expect(slide(page)).toContainText('Not in the top 100');
  await expect(slide(page).getByTestId('takeaway')).toHaveText(/^Not in the top 100 · /);

  // The detail page's "Present" link opens a deck of that one hashtag under the page's filters.
  await page.goto(`/hashtag/${encodeURIComponent(inside)}?country=GB&period=30`);
  await appReady(page);
  const present = page.getByRole('link', { name: 'Present' });
  await expect(present).toHaveAttribute('href', `/present?tags=${encodeURIComponent(inside)}&country=GB&period=30`);
  await present.click();
  await expect(counter(page)).toHaveText('1 / 4');
  expect(problems.filter((p) => !/404/.test(p))).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the deck has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openDeck(page, '/present?country=GB&period=30&slide=99', 13); // with a notice on screen
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    for (const key of ['Home', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
    await expect(counter(page)).toHaveText('3 / 13');
    await expect(slide(page).getByRole('figure', { name: 'Audience age' }).locator('svg.chart-static')).toBeVisible();
    await expect(
      slide(page)
        .getByRole('list', { name: /^Top videos/ })
        .getByRole('img')
        .first(),
    ).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.keyboard.press('ArrowLeft');
    await expect(heading(page)).toHaveText('Top movers');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}
