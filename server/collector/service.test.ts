// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createApp, createSource } from '../app';
import { BACKENDS, backendTitle } from '../test-support/store-backends';
import { DAY_MS } from '../store/types';
import { backfillDemo, DEMO_BACKFILL_DAYS, serviceSettings, startHistoryService } from './service';

vi.setConfig({ testTimeout: 180_000 });

describe('history service (what npm start runs)', () => {
  it('demo mode: a first start backfills 30 days, served at once by the history routes; a second start does not again', async () => {
    const now = Date.UTC(2026, 11, 2, 10);
    const env = { DATA_DIR: 'memory://', COLLECT_CRON: 'off', TRACK_SCOPES: 'US:all:7,GB:all:30' };
    const logs: string[] = [];
    const service = await startHistoryService({
      env,
      source: createSource({}, {}),
      now: () => now,
      log: (l) => logs.push(l),
    });
    expect(service.store()).toBeUndefined(); // the server is up before the store
    await service.ready;
    expect(logs.join('\n')).toContain(`demo: backfilled ${DEMO_BACKFILL_DAYS} days of history (60 snapshots)`);
    const app = createApp({}, { history: service.history, now: () => now });
    const name = (
      await service
        .store()!
        .items(
          (await service.store()!.latestSnapshotOf({ country: 'US', industry: '', period: 7, newOnly: false }))!.id,
        )
    )[0]!.name;
    const history = (await (
      await app.request(`/api/history/hashtag?hashtag_name=${encodeURIComponent(name)}`)
    ).json()) as { data: { info: { recorded_since: string; points: unknown[] } } };
    expect(history.data.info.recorded_since).toBe('2026-11-03');
    expect(history.data.info.points).toHaveLength(30);
    const changes = await app.request(
      `/api/history/changes?since=${new Date(now - 7 * DAY_MS).toISOString().slice(0, 10)}`,
    );
    expect(changes.status).toBe(200);
    // history exists: a later start backfills nothing
    const deps = { source: createSource({}, {}), now: () => now + DAY_MS, sleep: async () => {}, log: () => {}, fetch };
    expect(await backfillDemo(service.store()!, serviceSettings(env), deps)).toBe(0);
    await service.stop();
  });

  it('HISTORY=off: no store, and the history routes say so', async () => {
    const service = await startHistoryService({ env: { HISTORY: 'off' }, source: createSource({}, {}) });
    expect(service.history).toBeUndefined();
    expect(
      (await createApp({}, { history: service.history }).request('/api/history/changes?since=2026-11-01')).status,
    ).toBe(503);
  });

  it('bad variables stop the start, naming them', async () => {
    const start = (env: Record<string, string>) =>
      startHistoryService({ env: { DATA_DIR: 'memory://', ...env }, source: createSource({}, {}) });
    await expect(start({ COLLECT_CRON: '61 * * * *' })).rejects.toThrow(
      'COLLECT_CRON: "61 * * * *" is not a cron pattern',
    );
    await expect(start({ TRACK_SCOPES: 'US:all:14' })).rejects.toThrow(
      'TRACK_SCOPES: "US:all:14" has a period other than 7, 30, 120',
    );
    await expect(start({ TRACK_MAX_SCOPES: '0' })).rejects.toThrow(
      'TRACK_MAX_SCOPES must be a whole number of at least 1, got "0"',
    );
    await expect(start({ TRENDS_API_DAILY_BUDGET: 'lots' })).rejects.toThrow(
      'TRENDS_API_DAILY_BUDGET must be a whole number',
    );
  });

  const postgres = BACKENDS.find((b) => b.name === 'PostgreSQL')!;
  describe.skipIf(Boolean(postgres.skip))(backendTitle(postgres), () => {
    it('a failed migration stops the server with its name and the reason, and changes nothing', async () => {
      const opened = await postgres.open();
      try {
        await opened.db.query('create table scopes (something_else int)');
        const fatal = new Promise<Error>(
          (resolve) =>
            void startHistoryService({
              env: { DATABASE_URL: opened.url!, COLLECT_CRON: 'off' },
              source: createSource({}, {}),
              log: () => {},
              onFatal: resolve,
            }),
        );
        const error = await fatal;
        expect(error.message).toMatch(/^database migration failed at migration 1 \(snapshots\): .*Nothing was changed/);
        const tables = await opened.db.query<{ t: string }>(
          `select table_name as t from information_schema.tables where table_schema = 'public' order by 1`,
        );
        expect(tables.map((r) => r.t)).toEqual(['scopes']);
      } finally {
        await opened.drop();
      }
    });
  });
});
