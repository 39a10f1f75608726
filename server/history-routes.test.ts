// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { historyChangesDataSchema, historyHashtagDataSchema } from '../src/contract/history';
import { createApp } from './app';
import { demoRanking, DEMO_AS_OF } from './collector/demo-rankings';
import { openPglite } from './store/pglite-db';
import { createHistoryStore, type HistoryStore } from './store/history-store';
import { migrate } from './store/migrations';
import { DAY_MS } from './store/types';
import { demoProvider } from './test-support/demo-provider';
import { US7 } from './test-support/history';
import { fakeClock, fakeUpstream, upstreamConfig } from './test-support/fake-upstream';

vi.setConfig({ hookTimeout: 120_000, testTimeout: 30_000 });

const LIST = '/api/tiktok/popular-trend/hashtag';
const CHANGES = '/api/history/changes';
const HASHTAG = '/api/history/hashtag';
const envelope = <T extends z.ZodMiniType>(data: T) => z.object({ code: z.literal(0), msg: z.string(), data });

let store: HistoryStore;
beforeAll(async () => {
  const db = await openPglite('memory://');
  await migrate(db);
  store = createHistoryStore(db);
  // a week of the demo's dated rankings, as the collector records them
  for (let d = 6; d >= 0; d--)
    await store.recordSnapshot(
      US7,
      demoRanking(US7, DEMO_AS_OF - d * DAY_MS),
      DEMO_AS_OF + 6 * 3_600_000 - d * DAY_MS,
      'demo',
    );
});
afterAll(async () => store?.db.close());

const errorOf = async (response: Response) => ({
  status: response.status,
  ...((await response.json()) as { code: number; msg: string }),
});

describe('history routes: validation first, like the other routes', () => {
  const app = createApp();
  it.each([
    [`${CHANGES}`, 'since: since is required'],
    [`${CHANGES}?since=2026-02-30`, 'since: since is not a calendar date'],
    [`${CHANGES}?since=yesterday`, 'since: since must be a date as YYYY-MM-DD'],
    [`${CHANGES}?since=2026-11-01&industry=beauty`, 'industry: industry must be an 11-digit id, all or empty'],
    [`${CHANGES}?since=2026-11-01&new=maybe`, 'new: new must be true or false'],
    [`${CHANGES}?since=2026-11-01&period=14`, 'period: period must be one of 7, 30, 120'],
    [
      `${CHANGES}?since=2026-11-01&country_code=usa`,
      'country_code: country_code must be a two-letter upper-case ISO code such as US',
    ],
    [`${HASHTAG}`, 'hashtag_name: hashtag_name is required'],
    [`${HASHTAG}?hashtag_name=%23`, 'hashtag_name: hashtag_name must not be empty'],
    [`${HASHTAG}?hashtag_name=ootd&period=90`, 'period: period must be one of 7, 30, 120'],
  ])('%s → 400 %s', async (url, msg) => {
    expect(await errorOf(await app.request(url))).toEqual({ status: 400, code: 400, msg });
  });
});

describe('history routes with a store', () => {
  it('rank history of a hashtag: one point per recorded day, in the contract shape', async () => {
    const app = createApp({}, { history: store, now: () => DEMO_AS_OF + 12 * 3_600_000 });
    const name = demoRanking(US7, DEMO_AS_OF)[0]!.name;
    const response = await app.request(
      `${HASHTAG}?hashtag_name=${encodeURIComponent(`#${name}`)}&country_code=US&period=7`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const { info } = envelope(historyHashtagDataSchema).parse(await response.json()).data;
    expect(info.hashtag_name).toBe(name);
    expect(info.recorded_since).toBe('2026-11-17');
    expect(info.points).toHaveLength(7);
    expect(info.points.at(-1)).toMatchObject({ date: '2026-11-23', rank: 1 });
  });

  it('changes since a day, in the contract shape, agreeing with the recorded rankings', async () => {
    const app = createApp({}, { history: store });
    const response = await app.request(`${CHANGES}?country_code=US&industry=all&period=7&new=false&since=2026-11-20`);
    expect(response.status).toBe(200);
    const { info } = envelope(historyChangesDataSchema).parse(await response.json()).data;
    expect(info.from?.date).toBe('2026-11-20');
    expect(info.to?.date).toBe('2026-11-23');
    const before = new Map(demoRanking(US7, DEMO_AS_OF - 3 * DAY_MS).map((i) => [i.name, i.rank]));
    const after = demoRanking(US7, DEMO_AS_OF);
    const entered = after.filter((i) => !before.has(i.name)).map((i) => i.name);
    expect(info.entered.map((c) => c.hashtag_name)).toEqual(entered);
    expect(entered.length).toBeGreaterThan(0);
    expect(info.left).toHaveLength(entered.length);
    for (const c of info.climbers) expect(c.old_rank).toBe(before.get(c.hashtag_name));
  });

  it('records a provider ranking that arrives whole through the list route, and the scope as opened', async () => {
    const clock = fakeClock(Date.UTC(2026, 11, 2, 9));
    const upstream = fakeUpstream(demoProvider, clock.now);
    const app = createApp(
      { upstream: upstreamConfig() },
      { fetch: upstream.fetch, now: clock.now, sleep: clock.sleep, log: () => {}, history: store },
    );
    expect((await app.request(`${LIST}?country_code=GB&period=30&limit=100`)).status).toBe(200);
    expect((await app.request(`${LIST}?country_code=FR&period=30&limit=20`)).status).toBe(200); // one page of five: not a ranking
    await vi.waitFor(async () =>
      expect(await store.latestSnapshotOf({ country: 'GB', industry: '', period: 30, newOnly: false })).toBeDefined(),
    );
    const opened = await store.openedScopes(clock.now() - DAY_MS, 10);
    expect(opened.map((s) => s.country).sort()).toEqual(['FR', 'GB']);
    expect(await store.latestSnapshotOf({ country: 'FR', industry: '', period: 30, newOnly: false })).toBeUndefined();
    const gb = await store.items(
      (await store.latestSnapshotOf({ country: 'GB', industry: '', period: 30, newOnly: false }))!.id,
    );
    expect(gb).toHaveLength(100);
  });
});

describe('history routes without a store', () => {
  it('answer 503 "history unavailable" when the server has no store; live data is served', async () => {
    const app = createApp();
    expect(await errorOf(await app.request(`${CHANGES}?since=2026-11-01`))).toEqual({
      status: 503,
      code: 503,
      msg: 'history unavailable: this server runs without a store',
    });
    expect((await app.request(`${LIST}?limit=5`)).status).toBe(200);
  });

  it('answer 503 when the store cannot be reached, while the list route keeps serving', async () => {
    const db = await openPglite('memory://');
    await migrate(db);
    const gone = createHistoryStore(db);
    await db.close();
    const logs: string[] = [];
    const app = createApp({}, { history: gone, log: (line) => logs.push(line) });
    const response = await app.request(`${HASHTAG}?hashtag_name=ootd`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect((await errorOf(response)).msg).toBe(
      'history unavailable: the store cannot be reached; live data is not affected',
    );
    const list = await app.request(`${LIST}?limit=100`);
    expect(list.status).toBe(200);
    expect(((await list.json()) as { data: { list: unknown[] } }).data.list).toHaveLength(100);
    expect(logs.join('\n')).toContain('[history]');
  });
});
