import { expect, test, type Locator, type Page, type Route } from '@playwright/test';
import { appReady, withoutServerData } from './server-data';

/**
 * Fault injection at the network: every way our API can fail, for the list and the detail page.
 * Each ends in a plain-words alert with Retry (after the client's own retries), never a blank page,
 * with the filters still in the URL; Retry after the fault is gone shows the data.
 */

const LIST_API = '**/api/tiktok/popular-trend/hashtag?*';
const DETAIL_API = '**/api/tiktok/popular-trend/hashtag/detail?*';
const FILTERS = '?country=GB&period=30';
/** The client's own bound on one request (src/contract/wait-budget.ts REQUEST_TIMEOUT_MS). */
const CLIENT_TIMEOUT_MS = 12_000;
/** When the page says it is taking longer than usual (SLOW_NOTICE_AFTER_MS). */
const SLOW_NOTICE_MS = 3_000;

let detailName = '';
test.beforeAll(async ({ request }) => {
  const response = await request.get('/api/tiktok/popular-trend/hashtag?country_code=GB&period=30&limit=1');
  const body = (await response.json()) as { data: { list: { hashtag_name: string }[] } };
  detailName = body.data.list[0]!.hashtag_name;
});

interface Target {
  name: 'explorer' | 'detail';
  api: string;
  path: () => string;
  /** Something the page shows around the alert: it is never blank. */
  frame: (page: Page) => Locator;
  /** Shown while loading. */
  loading: (page: Page) => Locator;
  /** The data, once it arrived. */
  loaded: (page: Page) => Promise<void>;
  /** The body of a 200 with a field of the wrong type, made from a real answer. */
  retype: (body: { data: Record<string, unknown> }) => void;
  typeIssue: RegExp;
}

const TARGETS: Target[] = [
  {
    name: 'explorer',
    api: LIST_API,
    path: () => `/${FILTERS}`,
    frame: (page) => page.getByRole('heading', { level: 1, name: 'Trending hashtags' }),
    loading: (page) => page.getByRole('table', { name: /hashtags/i }).getByTestId('skeleton-rows'),
    loaded: async (page) => {
      await expect(page.getByRole('table', { name: /hashtags/i }).getByRole('rowheader')).toHaveCount(20, {
        timeout: 10_000,
      });
    },
    retype: (body) => {
      const list = body.data.list as Record<string, unknown>[];
      list[0]!.rank = '1';
    },
    typeIssue: /data\.list\.0\.rank/,
  },
  {
    name: 'detail',
    api: DETAIL_API,
    path: () => `/hashtag/${encodeURIComponent(detailName)}${FILTERS}`,
    frame: (page) => page.getByRole('heading', { level: 1, name: `#${detailName}` }),
    loading: (page) => page.getByRole('status', { name: 'Loading hashtag details' }),
    loaded: async (page) => {
      await expect(page.getByRole('figure', { name: 'Popularity over time' })).toBeVisible({ timeout: 10_000 });
    },
    retype: (body) => {
      (body.data.info as Record<string, unknown>).publish_cnt = 'many';
    },
    typeIssue: /data\.info\.publish_cnt/,
  },
];

interface Fault {
  name: string;
  /** Answers one attempt with the fault. */
  fulfil: (route: Route, target: Target) => Promise<void>;
  /** Attempts before the alert: 3 for quick failures the client retries (5xx, code != 0), 2 for a 429 with Retry-After, 1 otherwise. */
  tries: number;
  title: string;
  detail?: RegExp;
}

const FAULTS: Fault[] = [
  {
    name: 'HTTP 500',
    fulfil: (route) =>
      route.fulfill({ status: 500, json: { code: 500, msg: 'internal server error', request_id: 'e2e-500' } }),
    tries: 3,
    title: 'The server had a problem',
    detail: /internal server error/,
  },
  {
    name: '429 with Retry-After: 2',
    fulfil: (route) =>
      route.fulfill({
        status: 429,
        headers: { 'retry-after': '2' },
        json: { code: 429, msg: 'rate limit exceeded', request_id: 'e2e-429' },
      }),
    // One retry, after the 2 s it was told to wait: not three requests into the same limit.
    tries: 2,
    title: 'Too many requests to the trends provider',
    detail: /Try again in 2 seconds/,
  },
  {
    name: '429 without Retry-After',
    fulfil: (route) =>
      route.fulfill({ status: 429, json: { code: 429, msg: 'rate limit exceeded', request_id: 'e2e-429b' } }),
    tries: 1,
    title: 'Too many requests to the trends provider',
    detail: /Try again in a few seconds/,
  },
  {
    // Our server already waited its whole TRENDS_API_TIMEOUT_MS for the provider: waiting again would
    // keep the skeleton up past the 15 s a fetch is given.
    name: '504: the provider did not answer our server in time',
    fulfil: (route) =>
      route.fulfill({
        status: 504,
        json: { code: 504, msg: 'the trends provider did not answer within 8000 ms', request_id: 'e2e-504' },
      }),
    tries: 1,
    title: 'The trends provider did not answer in time',
    detail: /Try again in a moment/,
  },
  {
    name: 'malformed JSON in a 200',
    fulfil: (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"code":0,"msg":"OK","data":{"list":[{"hash',
      }),
    tries: 1,
    title: 'Unexpected data from the server',
    detail: /not valid JSON/,
  },
  {
    name: 'code 40101 in a 200',
    fulfil: (route) =>
      route.fulfill({ status: 200, json: { code: 40101, msg: 'no permission', request_id: 'e2e-40101' } }),
    tries: 3,
    title: 'The trends provider is having trouble',
    detail: /no permission/,
  },
  {
    name: 'wrong field types in a 200',
    fulfil: async (route, target) => {
      const real = await route.fetch();
      const body = (await real.json()) as { data: Record<string, unknown> };
      target.retype(body);
      await route.fulfill({ response: real, json: body });
    },
    tries: 1,
    title: 'Unexpected data from the server',
  },
];

/** Routes the target's API to `state.fault` while there is one; counts attempts. */
async function inject(page: Page, target: Target, fault: ((route: Route) => Promise<void> | void) | undefined) {
  const state = { fault, attempts: 0, urls: [] as string[] };
  // A page our server had the data for arrives with it: no request to fail. These faults are met when
  // it has not (a slow provider), and on every request after the first.
  await withoutServerData(page);
  await page.route(target.api, async (route) => {
    if (!state.fault) return route.fallback();
    state.attempts++;
    state.urls.push(route.request().url());
    await state.fault(route);
  });
  return state;
}

/** The page around the alert still stands, with the filters as they were in the URL. */
async function expectNotBlank(page: Page, target: Target) {
  await expect(target.frame(page)).toBeVisible();
  expect((await page.getByRole('main').innerText()).trim().length).toBeGreaterThan(40);
  expect(new URL(page.url()).search).toBe(FILTERS);
}

function retryAlert(page: Page) {
  return page.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Retry' }) });
}

async function retryRecovers(page: Page, target: Target, state: { fault: unknown }) {
  state.fault = undefined;
  await retryAlert(page).getByRole('button', { name: 'Retry' }).click();
  await target.loaded(page);
  await expect(retryAlert(page)).toHaveCount(0);
  expect(new URL(page.url()).search).toBe(FILTERS);
}

function watchPage(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

for (const target of TARGETS) {
  test.describe(`${target.name} under faults`, () => {
    test('every fault in turn: an alert in plain words with Retry, the page and its filters kept; Retry recovers', async ({
      page,
    }) => {
      test.setTimeout(60_000);
      const errors = watchPage(page);
      const state = await inject(page, target, undefined);
      // One page load, then each fault is met by pressing Retry on the previous one's alert.
      for (const [i, fault] of FAULTS.entries()) {
        await test.step(fault.name, async () => {
          state.attempts = 0;
          state.fault = (route) => fault.fulfil(route, target);
          if (i === 0) await page.goto(target.path());
          else await retryAlert(page).getByRole('button', { name: 'Retry' }).click();
          // The client retries what may pass (5xx, 429 after its Retry-After, code != 0) and nothing else.
          await expect.poll(() => state.attempts, { timeout: 10_000 }).toBe(fault.tries);
          const alert = retryAlert(page);
          await expect(alert).toContainText(fault.title, { timeout: 10_000 });
          await expect(alert).toContainText(fault.detail ?? target.typeIssue);
          await expectNotBlank(page, target);
          expect(state.attempts).toBe(fault.tries);
        });
      }
      await retryRecovers(page, target, state);
      expect(errors).toEqual([]);
      // Requests the page makes later (prefetches, other periods) may still be in the route: let them go.
      await page.unrouteAll({ behavior: 'ignoreErrors' });
    });

    test('a hang: the skeleton holds, after 3 s it says it is taking longer than usual, the client gives up after its timeout (no retry), then says so', async ({
      page,
    }) => {
      const errors = watchPage(page);
      await page.clock.install();
      const state = await inject(page, target, () => {
        // Never answered: the request stays open until the client aborts it.
      });
      await page.goto(target.path());
      await appReady(page);
      await expect(target.loading(page)).toBeVisible();
      await expect.poll(() => state.attempts).toBe(1);
      await expect(retryAlert(page)).toHaveCount(0);
      const slowNotice = page.getByRole('status').filter({ hasText: 'Taking longer than usual' });
      await expect(slowNotice).toHaveCount(0);
      await page.clock.fastForward(SLOW_NOTICE_MS);
      await expect(slowNotice).toBeVisible();
      await expect(target.loading(page)).toBeVisible();
      await page.clock.fastForward(CLIENT_TIMEOUT_MS - SLOW_NOTICE_MS);
      const alert = retryAlert(page);
      await expect(alert).toContainText('The server did not answer in time');
      await expect(slowNotice).toHaveCount(0);
      expect(state.attempts).toBe(1);
      await expectNotBlank(page, target);
      await retryRecovers(page, target, state);
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      expect(errors).toEqual([]);
    });

    test('a slow answer (3 s): loading shown, then the data, no alert', async ({ page }) => {
      const errors = watchPage(page);
      const state = await inject(page, target, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        await route.fallback();
      });
      await page.goto(target.path());
      await appReady(page);
      await expect(target.loading(page)).toBeVisible();
      await target.loaded(page);
      await expect(page.getByRole('alert')).toHaveCount(0);
      // Answered once, not retried (other URLs here are prefetches of what comes next).
      expect(state.urls.filter((url) => url === state.urls[0])).toHaveLength(1);
      expect(new URL(page.url()).search).toBe(FILTERS);
      expect(errors).toEqual([]);
      await page.unrouteAll({ behavior: 'ignoreErrors' });
    });
  });
}

test('stale data from the server cache: the explorer says it is showing cached data', async ({ page }) => {
  await withoutServerData(page);
  await page.route(LIST_API, async (route) => {
    const real = await route.fetch();
    await route.fulfill({ response: real, headers: { ...real.headers(), 'x-data-stale': '1' } });
  });
  await page.goto(`/${FILTERS}`);
  await appReady(page);
  await TARGETS[0]!.loaded(page);
  await expect(page.getByTestId('freshness')).toContainText('showing cached data');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Prefetches may still be passing through the route: let them go.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('stale data from the server cache: the detail page says it is showing saved data', async ({ page }) => {
  await withoutServerData(page);
  await page.route(DETAIL_API, async (route) => {
    const real = await route.fetch();
    await route.fulfill({ response: real, headers: { ...real.headers(), 'x-data-stale': '1' } });
  });
  await page.goto(TARGETS[1]!.path());
  await appReady(page);
  await TARGETS[1]!.loaded(page);
  await expect(page.getByRole('status').filter({ hasText: 'did not answer; showing saved data' })).toBeVisible();
  // Rank and stage by period asks for the other periods' detail through the same route: let them go.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});
