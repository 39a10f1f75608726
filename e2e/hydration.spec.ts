import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { appReady } from './server-data';
import { watchErrors } from './console-errors';

/**
 * One renderer: React renders every page on the server (src/entry-server.tsx) and the browser hydrates
 * it (src/app/start.tsx). What was painted before any of the app's script ran must be the very DOM nodes
 * the app then runs with (not replaced), and hydration must find nothing to disagree with, in either
 * theme, with what only this browser knows (a watchlist, the last visit's ranking) drawn after it.
 */

// Storage formats as written by src/stores (last-visit-store.ts, watchlist-store.ts).
const LAST_VISIT_KEY = 'trends.lastVisit.v1';
const WATCHLIST_KEY = 'trends.watchlist.v1';
const DAY_MS = 86_400_000;

const ROUTES = [
  { url: '/?country=FR&period=30', heading: 'Trending hashtags' },
  { url: '/hashtag/carmeet?country=US&period=7', heading: '#carmeet' },
  { url: '/compare?tags=carmeet,chatgpt', heading: 'Compare hashtags' },
  { url: '/watchlist', heading: 'Watchlist' },
  { url: '/present', heading: undefined },
  { url: '/no/such/view', heading: 'Page not found' },
] as const;

async function top20(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/api/tiktok/popular-trend/hashtag?country_code=US&period=7&limit=20&page=1');
  const body = (await response.json()) as { data: { list: { hashtag_name: string; rank: number }[] } };
  return body.data.list.sort((a, b) => a.rank - b.rank).map((item) => item.hashtag_name);
}

/** A stored watchlist and a previous visit two days ago in which today's #1 was 9th: stars and markers to draw. */
async function seedBrowserState(page: Page, theme: 'light' | 'dark') {
  const names = await top20(page.request);
  const ranks = names.map((name, i): [string, number] => [name, i === 0 ? 9 : i === 8 ? 1 : i + 1]);
  await page.goto('/api/health');
  await page.evaluate(
    ({ items, theme }) => {
      for (const [key, value] of Object.entries(items)) localStorage.setItem(key, JSON.stringify(value));
      localStorage.setItem('theme', theme);
    },
    {
      theme,
      items: {
        [WATCHLIST_KEY]: { version: 1, hashtags: ['carmeet', names[0], names[2]] },
        [LAST_VISIT_KEY]: {
          version: 1,
          entries: { 'US|all|7|new0': { current: { savedAt: Date.now() - 2 * DAY_MS, ranks } } },
        },
      },
    },
  );
}

/** Before any of the app's scripts run (parsing done, deferred modules not yet run): every element of #root. */
async function recordServerNodes(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const root = document.getElementById('root');
      (window as unknown as { serverNodes: Element[] }).serverNodes = root ? [...root.querySelectorAll('*')] : [];
    });
  });
}

/** Whether React has claimed the page's first element (a hydrated node carries React's fiber). */
async function hydrated(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const first = document.getElementById('root')?.firstElementChild;
    return !!first && Object.keys(first).some((key) => key.startsWith('__reactFiber'));
  });
}

for (const theme of ['light', 'dark'] as const) {
  for (const route of ROUTES) {
    test(`${route.url} in the ${theme} theme hydrates the server's page in place, without a mismatch`, async ({
      page,
    }) => {
      await seedBrowserState(page, theme);
      await recordServerNodes(page);
      // a 404 logs its status in the console: the unknown view's document, and a hashtag's detail in a
      // period where it is not in the top 100 (a failed query is not sent with the page: the browser asks)
      const problems = watchErrors(page, (msg) => /status of 404/.test(msg.text()));
      await page.goto(route.url);
      await appReady(page);
      await expect.poll(() => hydrated(page)).toBe(true);
      if (route.heading) await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
      // the app ran: browser-only state is drawn now (the toggle says whether the dark theme is on)
      if (route.url !== '/present')
        await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
          'aria-pressed',
          String(theme === 'dark'),
        );
      const kept = await page.evaluate(() => {
        const nodes = (window as unknown as { serverNodes: Element[] }).serverNodes;
        const main = document.querySelector('main, [data-testid="deck"]') ?? document.getElementById('root');
        return {
          painted: nodes.length,
          // the header, the heading and the main region are the very nodes the server sent
          header: nodes.includes(document.querySelector('header')!) || !document.querySelector('header'),
          heading: nodes.includes(document.querySelector('h1')!) || !document.querySelector('h1'),
          main: !!main && nodes.includes(main),
        };
      });
      expect(kept.painted).toBeGreaterThan(20);
      expect(kept).toMatchObject({ header: true, heading: true, main: true });
      expect(problems).toEqual([]);
    });
  }
}

test('the explorer paints its rows before any script, keeps them, and draws stars and markers after hydration', async ({
  page,
}) => {
  await seedBrowserState(page, 'light');
  await recordServerNodes(page);
  const problems = watchErrors(page);
  await page.goto('/');
  await appReady(page);
  await expect.poll(() => hydrated(page)).toBe(true);
  const table = page.getByRole('table', { name: /^Trending hashtags/ });
  await expect(table.getByRole('rowheader')).toHaveCount(20);
  // the previous visit had today's #1 at 9: marked after hydration, on the server's own row
  await expect(table.getByRole('row').nth(1)).toContainText('Up 8 places since');
  const names = await top20(page.request);
  await expect(table.getByRole('button', { name: `Star #${names[0]}` })).toHaveAttribute('aria-pressed', 'true');
  const rowsKept = await page.evaluate(() => {
    const nodes = (window as unknown as { serverNodes: Element[] }).serverNodes;
    const rows = [...document.querySelectorAll('table tbody tr')];
    return rows.length > 0 && rows.every((row) => nodes.includes(row));
  });
  expect(rowsKept).toBe(true);
  expect(problems).toEqual([]);
});

test('on a first visit, hydrating the explorer changes nothing in its rows (no second render of the table)', async ({
  page,
}) => {
  // From the end of parsing, before the app's scripts run: every change made to the table's rows.
  await page.addInitScript(() => {
    const changes: string[] = [];
    (window as unknown as { rowChanges: string[] }).rowChanges = changes;
    document.addEventListener('readystatechange', () => {
      const body = document.querySelector('table tbody');
      if (document.readyState !== 'interactive' || !body) return;
      new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target instanceof Element ? record.target : record.target.parentElement;
          // the creators' pictures come a moment later on purpose (creator-avatars.tsx)
          if (target?.closest('[aria-label="Creators"]')) continue;
          // written again with the value it had (React hydrating an input sets its type once more)
          const now = record.attributeName ? target?.getAttribute(record.attributeName) : record.target.textContent;
          if (record.type !== 'childList' && record.oldValue === now) continue;
          changes.push(`${record.type} ${record.attributeName ?? ''} in <${target?.tagName.toLowerCase()}>`);
        }
      }).observe(body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeOldValue: true,
        characterData: true,
        characterDataOldValue: true,
      });
    });
  });
  const problems = watchErrors(page);
  await page.goto('/');
  await appReady(page);
  await expect.poll(() => hydrated(page)).toBe(true);
  // a frame after the app said it is ready: a re-render after hydration would have been committed
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  expect(await page.evaluate(() => (window as unknown as { rowChanges: string[] }).rowChanges)).toEqual([]);
  expect(problems).toEqual([]);
});

test('a page works with its scripts blocked: the server’s HTML holds the page’s text and rows', async ({ page }) => {
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto('/?country=FR&period=30');
  await expect(page.getByRole('heading', { level: 1, name: 'Trending hashtags' })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Trending hashtags/ }).getByRole('rowheader')).toHaveCount(20);
  await page.goto('/hashtag/carmeet?country=FR&period=30');
  await expect(page.getByRole('heading', { level: 1, name: '#carmeet' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Related videos' })).toBeVisible();
});

test('the browser asks for no data the page came with', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/tiktok/') || url.pathname === '/api/meta') asked.push(url.pathname + url.search);
  });
  await page.goto('/hashtag/carmeet?country=FR&period=30');
  await appReady(page);
  await expect.poll(() => hydrated(page)).toBe(true);
  await expect(page.getByRole('heading', { name: 'Related videos' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(asked).toEqual([]);
});
