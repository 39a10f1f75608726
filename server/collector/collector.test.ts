// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSource } from '../app';
import { openPostgres } from '../store/postgres-db';
import { createHistoryStore, type HistoryStore } from '../store/history-store';
import { migrate } from '../store/migrations';
import { DAY_MS, scopeKey, type Scope } from '../store/types';
import { us7ChangesSince } from '../test-support/history';
import { BACKENDS, backendTitle } from '../test-support/store-backends';
import { demoProvider } from '../test-support/demo-provider';
import { fakeClock, fakeUpstream, upstreamConfig } from '../test-support/fake-upstream';
import { collectOnce, type CollectorDeps } from './collector';
import { parseScopes, type CollectorConfig } from './config';
import { DEMO_AS_OF, demoRanking } from './demo-rankings';

vi.setConfig({ hookTimeout: 120_000, testTimeout: 60_000 });

const config = (overrides: Partial<CollectorConfig> = {}): CollectorConfig => ({
  cron: null,
  trackScopes: parseScopes('US:all:7,GB:all:30'),
  maxScopes: 50,
  ...overrides,
});

describe.each(BACKENDS)('collector on $name', (backend) => {
  describe.skipIf(Boolean(backend.skip))(backendTitle(backend), () => {
    let store: HistoryStore;
    let url: string | undefined;
    let drop: () => Promise<void>;

    beforeEach(async () => {
      const opened = await backend.open();
      ({ drop, url } = opened);
      await migrate(opened.db);
      store = createHistoryStore(opened.db);
    });
    afterEach(async () => drop());

    /** Live mode on a fake provider; `usTop100` collects the US top 100 over 7 days, 20 a page. */
    function live(options: { rps?: number } = {}) {
      const clock = fakeClock(DEMO_AS_OF + 6 * 3_600_000);
      const upstream = fakeUpstream(demoProvider, clock.now);
      const source = createSource(
        { upstream: upstreamConfig({ rps: options.rps ?? 5 }) },
        { fetch: upstream.fetch, now: clock.now, sleep: clock.sleep, log: () => {} },
      );
      const usTop100: CollectorDeps = {
        store,
        source,
        config: config({ trackScopes: parseScopes('US:all:7') }),
        now: clock.now,
        sleep: clock.sleep,
        log: () => {},
        pageSize: 20,
      };
      return { clock, upstream, source, usTop100 };
    }

    it('demo mode records the demo ranking of the day for each scope, once a day, moving from day to day', async () => {
      const clock = fakeClock(DEMO_AS_OF + 6 * 3_600_000);
      const deps: CollectorDeps = {
        store,
        source: createSource({}, {}),
        config: config(),
        now: clock.now,
        sleep: clock.sleep,
        log: () => {},
      };
      const first = await collectOnce(deps);
      expect(first).toMatchObject({ status: 'done', calls: 0, budgetExhausted: false });
      if (first.status !== 'done') return;
      expect(first.scopes.map((s) => [s.scope, s.stored])).toEqual([
        ['US:all:7', true],
        ['GB:all:30', true],
      ]);
      const us = await store.items(first.scopes[0]!.snapshotId!);
      expect(us.map((i) => [i.name, i.rank])).toEqual(
        demoRanking({ country: 'US', industry: '', period: 7, newOnly: false }, clock.now()).map((i) => [
          i.name,
          i.rank,
        ]),
      );
      clock.advance(3_600_000);
      const again = await collectOnce(deps);
      expect(again.status === 'done' && again.scopes.map((s) => s.stored)).toEqual([false, false]);
      clock.advance(DAY_MS);
      const next = await collectOnce(deps);
      expect(next.status === 'done' && next.scopes.map((s) => s.stored)).toEqual([true, true]);
      const changes = await store.changes(us7ChangesSince('2026-11-23'));
      expect(changes.climbers.length + changes.fallers.length + changes.entered.length).toBeGreaterThan(0);
    });

    it('live mode fetches every page of the top 100 and records them as one snapshot', async () => {
      const { upstream, usTop100 } = live();
      const report = await collectOnce(usTop100);
      expect(upstream.calls.map((c) => c.url.searchParams.get('page'))).toEqual(['1', '2', '3', '4', '5']);
      expect(report).toMatchObject({ status: 'done', calls: 5 });
      const latest = await store.latestSnapshotOf({ country: 'US', industry: '', period: 7, newOnly: false });
      expect((await store.items(latest!.id)).map((i) => i.rank)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    });

    it('adds the scopes people opened in the last 7 days, tracked ones first, at most TRACK_MAX_SCOPES', async () => {
      const now = DEMO_AS_OF + 6 * 3_600_000;
      const opened: Scope[] = parseScopes('FR:all:7,DE:all:7,JP:all:30,US:all:7');
      await store.markOpened(opened[0]!, now - 8 * DAY_MS); // too long ago
      await store.markOpened(opened[1]!, now - 2 * DAY_MS);
      await store.markOpened(opened[2]!, now - DAY_MS);
      await store.markOpened(opened[3]!, now - DAY_MS); // tracked anyway
      const clock = fakeClock(now);
      const deps = { store, source: createSource({}, {}), now: clock.now, sleep: clock.sleep, log: () => {} };
      const all = await collectOnce({ ...deps, config: config() });
      expect(all.status === 'done' && all.scopes.map((s) => s.scope)).toEqual([
        'US:all:7',
        'GB:all:30',
        'JP:all:30',
        'DE:all:7',
      ]);
      const capped = await collectOnce({ ...deps, config: config({ maxScopes: 3 }) });
      expect(capped.status === 'done' && capped.scopes.map((s) => s.scope)).toEqual([
        'US:all:7',
        'GB:all:30',
        'JP:all:30',
      ]);
    });

    it('stops at TRENDS_API_DAILY_BUDGET calls a day (counted in the store), records no partial ranking, resumes the next day', async () => {
      const { clock, upstream, source } = live();
      const logs: string[] = [];
      const deps: CollectorDeps = {
        store,
        source,
        config: config({ dailyBudget: 7 }),
        now: clock.now,
        sleep: clock.sleep,
        log: (l) => logs.push(l),
        pageSize: 20,
      };
      const report = await collectOnce(deps);
      expect(upstream.calls).toHaveLength(7);
      expect(report).toMatchObject({ status: 'done', calls: 7, budgetExhausted: true });
      expect(report.status === 'done' && report.scopes.map((s) => [s.scope, s.stored ?? s.error])).toEqual([
        ['US:all:7', true],
        ['GB:all:30', 'daily budget exhausted'],
      ]);
      expect(await store.latestSnapshotOf(parseScopes('GB:all:30')[0]!)).toBeUndefined();
      expect(await store.callsOn('2026-11-23')).toBe(7);
      expect(logs.join('\n')).toContain('TRENDS_API_DAILY_BUDGET (7) reached for 2026-11-23');
      // same day: nothing more is called
      clock.advance(60 * 60_000);
      await collectOnce(deps);
      expect(upstream.calls).toHaveLength(7);
      // next day: a fresh budget
      clock.advance(DAY_MS);
      const next = await collectOnce(deps);
      expect(upstream.calls).toHaveLength(14);
      expect(next.status === 'done' && next.scopes[0]!.stored).toBe(true);
    });

    it('leaves interactive requests a call in every second: it never takes the last one', async () => {
      const { upstream, source, usTop100 } = live({ rps: 2 });
      const spareWhenCalled: number[] = [];
      upstream.respondWith((u, signal) => {
        if (u.searchParams.get('limit') === '20') spareWhenCalled.push(source.spareCalls!());
        return demoProvider(u, signal);
      });
      // someone is browsing: one of the two calls of this second is taken
      await source.list(
        { page: 1, limit: 10, period: 7, country_code: 'DE', industry_id: undefined },
        { client: '203.0.113.9' },
      );
      const report = await collectOnce({ ...usTop100, reserveCalls: 1 });
      expect(report).toMatchObject({ status: 'done', calls: 5 });
      expect(spareWhenCalled).toHaveLength(5);
      // after each of its calls one call of the window was still free for people
      for (const spare of spareWhenCalled) expect(spare).toBeGreaterThanOrEqual(1);
    });

    it('one collection at a time: a second one while the first runs is refused', async () => {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const clock = fakeClock(DEMO_AS_OF);
      const slowStore = {
        ...store,
        recordSnapshot: async (...args: Parameters<HistoryStore['recordSnapshot']>) => (
          await gate,
          store.recordSnapshot(...args)
        ),
      };
      const base = {
        source: createSource({}, {}),
        config: config(),
        now: clock.now,
        sleep: clock.sleep,
        log: () => {},
      };
      const first = collectOnce({ ...base, store: slowStore });
      await new Promise((r) => setTimeout(r, 100));
      // another instance: its own connection(s) to the same database
      const other = url ? createHistoryStore(await openPostgres(url)) : store;
      try {
        expect(await collectOnce({ ...base, store: other })).toEqual({ status: 'busy' });
      } finally {
        release();
        if (other !== store) await other.db.close();
      }
      expect((await first).status).toBe('done');
      expect((await collectOnce({ ...base, store })).status).toBe('done');
    });

    it('scope keys read back as written', () => {
      expect(parseScopes('US:all:7,GB:all:30,US:14000000000:7:new').map(scopeKey)).toEqual([
        'US:all:7',
        'GB:all:30',
        'US:14000000000:7:new',
      ]);
    });
  });
});
