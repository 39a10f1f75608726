import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { appReady, withoutServerData } from './server-data';
import { drawChart } from './detail-page';

/**
 * History (issue 19) against the production build in demo mode: the server starts with an empty
 * store (playwright.config.ts gives it a fresh DATA_DIR), backfills 30 days of demo rankings for its
 * default TRACK_SCOPES (US, all industries, 7/30/120 days) and e2e/history-ready.ts waits for them.
 * So the explorer's and the hashtag page's defaults (US, 7 days) have history, as for a new user.
 */

const LIST_API = '/api/tiktok/popular-trend/hashtag';
const HISTORY_ROUTES = '**/api/history/**';
const DAY_MS = 86_400_000;
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY_MS).toISOString().slice(0, 10);
/** A day as the page writes it (en-US in these browsers): "Nov 16, 2026". */
const shown = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    Date.parse(`${iso}T00:00:00Z`),
  );

interface RankChange {
  hashtag_name: string;
  rank: number | null;
  old_rank: number | null;
}
interface Changes {
  from: { date: string } | null;
  to: { date: string } | null;
  entered: RankChange[];
  climbers: RankChange[];
  fallers: RankChange[];
  left: RankChange[];
}

async function changesSince(request: APIRequestContext, since: string, query = ''): Promise<Changes> {
  const response = await request.get(`/api/history/changes?since=${since}${query}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: { info: Changes } }).data.info;
}

/** A hashtag of the explorer's US 7-day list that is in today's recorded top 100 too (so its line ends today). */
async function rankedHashtag(request: APIRequestContext): Promise<{ name: string; days: number; since: string }> {
  const list = (await (await request.get(`${LIST_API}?country_code=US&period=7&limit=100&page=1`)).json()) as {
    data: { list: { hashtag_name: string }[] };
  };
  for (const { hashtag_name: name } of list.data.list.slice(0, 20)) {
    const response = await request.get(`/api/history/hashtag?hashtag_name=${encodeURIComponent(name)}`);
    const { info } = (
      (await response.json()) as {
        data: { info: { recorded_since: string; points: { rank: number | null }[] } };
      }
    ).data;
    if (info.points.at(-1)?.rank != null) return { name, days: info.points.length, since: info.recorded_since };
  }
  throw new Error('no hashtag of the US list is in the recorded top 100 today');
}

async function expectNoViolations(page: Page, include?: string) {
  const axe = new AxeBuilder({ page });
  const { violations } = await (include ? axe.include(include) : axe).analyze();
  expect(violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
}

test('a hashtag page shows its rank history: recorded since, best rank at the top, a table view, CSV and PNG', async ({
  page,
}) => {
  const { name, days, since } = await rankedHashtag(page.request);
  expect(days).toBe(30);
  expect(since).toBe(day(29));
  await page.goto(`/hashtag/${encodeURIComponent(name)}`);
  await appReady(page);
  const figure = await drawChart(page, 'Rank history');
  await expect(figure.locator('figcaption')).toContainText(`Recorded since ${shown(since)}.`);

  // rank 1 at the top: the axis runs downwards
  const ticks = await figure
    .locator('.chart-value-axis text')
    .evaluateAll((texts) => texts.map((t) => ({ rank: Number(t.textContent), y: t.getBoundingClientRect().y })));
  expect(ticks[0]!.rank).toBe(1);
  expect(ticks.at(-1)!.rank).toBeGreaterThan(1);
  expect(ticks[0]!.y).toBeLessThan(ticks.at(-1)!.y);

  await figure.getByRole('button', { name: 'Show table for Rank history' }).click();
  const table = figure.getByRole('table', { name: 'Rank history' });
  await expect(table.getByRole('row')).toHaveCount(31);
  await expect(table.getByRole('row').nth(30)).toContainText(shown(day(0)));

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'Download CSV of Rank history' }).click(),
  ]);
  const text = await readFile((await csv.path())!, 'utf8');
  expect(text.trim().split(/\r?\n/)).toHaveLength(31);
  expect(text).toMatch(/^\uFEFF?Date,Rank/);

  await figure.getByRole('button', { name: 'Show chart for Rank history' }).click();
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'Download PNG of Rank history' }).click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/rank-history-us-7d\.png$/);
  const bytes = await readFile((await png.path())!);
  expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
});

test('the explorer with since=… lists new entries, climbers and fallers with their old rank, and those that left', async ({
  page,
}) => {
  const since = day(7);
  const changes = await changesSince(page.request, since);
  expect(changes.from?.date).toBe(since);
  expect(changes.climbers.length).toBeGreaterThan(0);
  expect(changes.fallers.length).toBeGreaterThan(0);

  await page.goto(`/?since=${since}`);
  await appReady(page);
  const region = page.getByRole('region', { name: 'Changes since' });
  await expect(region.getByRole('combobox', { name: 'Changes since' })).toHaveValue('week');
  await expect(region).toContainText(`The ranking recorded on ${shown(since)} compared with the latest one`);
  const climbers = region.getByRole('list', { name: `Climbers (${changes.climbers.length})` });
  const fallers = region.getByRole('list', { name: `Fallers (${changes.fallers.length})` });
  await expect(region.getByRole('list', { name: `New entries (${changes.entered.length})` })).toBeAttached();
  await expect(region.getByRole('heading', { name: `Left the top 100 (${changes.left.length})` })).toBeVisible();
  const climber = changes.climbers[0]!;
  await expect(climbers.getByRole('listitem').first()).toContainText(
    `${climber.rank}#${climber.hashtag_name}(was ${climber.old_rank})`,
  );
  const faller = changes.fallers[0]!;
  await expect(fallers.getByRole('listitem').first()).toContainText(`(was ${faller.old_rank})`);
  // the ranking is there as always
  await expect(page.getByRole('table', { name: /hashtags/i }).getByRole('rowheader')).toHaveCount(20);
  await expectNoViolations(page);

  // the control writes the day it means: yesterday
  await region.getByRole('combobox', { name: 'Changes since' }).selectOption('yesterday');
  await expect(page).toHaveURL(new RegExp(`\\?since=${day(1)}$`));
  await expect(region).toContainText(`The ranking recorded on ${shown(day(1))} compared with the latest one`);

  // a link the control cannot read falls back with the explorer's notice
  await page.goto('/?since=lastweek');
  await appReady(page);
  await expect(
    page.getByRole('status').filter({ hasText: 'Unknown date “lastweek” for “Changes since”' }),
  ).toBeVisible();
  await expect(region.getByRole('combobox', { name: 'Changes since' })).toHaveValue('');
});

test('with the history store unreachable (503), history says "History unavailable" and the ranking still shows', async ({
  page,
}) => {
  let refused = 0;
  await withoutServerData(page);
  await page.route(HISTORY_ROUTES, (route) => {
    refused++;
    return route.fulfill({
      status: 503,
      headers: { 'retry-after': '30' },
      json: { code: 503, msg: 'history unavailable: the store cannot be reached; live data is not affected' },
    });
  });

  await page.goto(`/?since=${day(7)}`);
  await appReady(page);
  await expect(page.getByRole('region', { name: 'Changes since' })).toContainText('History unavailable');
  await expect(page.getByRole('table', { name: /hashtags/i }).getByRole('rowheader')).toHaveCount(20);
  await expect(page.getByRole('alert')).toHaveCount(0);

  const list = (await (await page.request.get(`${LIST_API}?country_code=US&period=7&limit=1&page=1`)).json()) as {
    data: { list: { hashtag_name: string }[] };
  };
  await page.goto(`/hashtag/${encodeURIComponent(list.data.list[0]!.hashtag_name)}`);
  await appReady(page);
  await expect(page.getByRole('region', { name: 'Rank history' })).toContainText('History unavailable');
  await drawChart(page, 'Popularity over time');
  await expect(page.getByRole('figure', { name: 'Rank history' })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // the deck leaves its history slide out and shows everything else
  await page.goto('/present');
  await appReady(page);
  await expect(page.getByTestId('slide-counter')).toHaveText('1 / 13');
  await page.keyboard.press('End');
  await expect(page.locator('section[aria-roledescription="slide"]')).toHaveAttribute(
    'aria-label',
    'Slide 13 of 13: Summary',
  );
  expect(refused).toBeGreaterThan(0);
});

test('the deck has a "What changed this week" slide before the summary', async ({ page }) => {
  const changes = await changesSince(page.request, day(7));
  await page.goto('/present');
  await appReady(page);
  const counter = page.getByTestId('slide-counter');
  await expect(counter).toHaveText('1 / 14');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText('13 / 14');
  const slide = page.locator('section[aria-roledescription="slide"]');
  await expect(slide).toHaveAttribute('aria-label', 'Slide 13 of 14: What changed this week');
  await expect(slide.getByRole('heading', { level: 1 })).toHaveText('What changed this week');
  await expect(slide).toContainText(`The top 100 recorded on ${shown(changes.from!.date)} against the latest`);
  await expect(slide.getByRole('heading', { name: `Biggest climbers (${changes.climbers.length})` })).toBeVisible();
  await expect(slide.getByRole('heading', { name: `Biggest fallers (${changes.fallers.length})` })).toBeVisible();
  await expect(slide.getByText(`#${changes.climbers[0]!.hashtag_name}`, { exact: true })).toBeVisible();
  await expectNoViolations(page, 'section[aria-roledescription="slide"]');
  // hashtag slides keep their numbers: slide 3 is still the first hashtag
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slide).toHaveAttribute('aria-label', /^Slide 3 of 14: #/);
});
