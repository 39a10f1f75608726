// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { US7, us7ChangesSince } from '../test-support/history';
import { BACKENDS, backendTitle } from '../test-support/store-backends';
import type { Db } from './db';
import { StoreStartError } from './db';
import { createHistoryStore, type HistoryStore } from './history-store';
import { MIGRATIONS, migrate } from './migrations';
import { DAY_MS, type RankedItem, type Scope } from './types';

// PGlite's first start in a test file takes seconds on a busy machine.
vi.setConfig({ hookTimeout: 120_000, testTimeout: 30_000 });

const T0 = Date.UTC(2026, 10, 1, 6, 0, 0);
const day = (n: number, hour = 6) => T0 + n * DAY_MS + (hour - 6) * 3_600_000;

/** A ranking from names in rank order. */
const ranking = (names: readonly string[]): RankedItem[] =>
  names.map((name, i) => ({
    name,
    rank: i + 1,
    posts: 1000 - i,
    views: 1_000_000_000_000 - i,
    rankDiff: i % 3,
    rankDiffType: 1 + (i % 4),
  }));

describe.each(BACKENDS)('store on $name', (backend) => {
  describe.skipIf(Boolean(backend.skip))(backendTitle(backend), () => {
    let db: Db;
    let drop: () => Promise<void>;
    let store: HistoryStore;

    beforeEach(async () => {
      ({ db, drop } = await backend.open());
    });
    afterEach(async () => drop());

    const tables = async () =>
      (
        await db.query<{ t: string }>(
          `select table_name as t from information_schema.tables where table_schema = current_schema() order by 1`,
        )
      ).map((r) => r.t);

    describe('migrations', () => {
      it('builds the schema on an empty database, then finds nothing to do on an existing one', async () => {
        expect(await migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
        expect(await tables()).toEqual([
          'alert_events',
          'api_calls',
          'hashtags',
          'schema_migrations',
          'scopes',
          'snapshot_items',
          'snapshots',
        ]);
        store = createHistoryStore(db);
        await store.recordSnapshot(US7, ranking(['a', 'b']), day(0), 'live');
        expect(await migrate(db)).toEqual([]);
        expect((await store.items((await store.latestSnapshotOf(US7))!.id)).map((i) => i.name)).toEqual(['a', 'b']);
      });

      it('applies only the new migrations to a database at an older version, keeping its data', async () => {
        expect(await migrate(db, MIGRATIONS.slice(0, 1))).toEqual([1]);
        await db.query(`insert into scopes (country, industry, period, new_only) values ('GB', '', 30, false)`);
        expect(await migrate(db)).toEqual([2]);
        expect(await db.query('select country from scopes')).toEqual([{ country: 'GB' }]);
        expect(await tables()).toContain('alert_events');
      });

      it('a failing migration stops with a message naming it and changes nothing', async () => {
        await migrate(db, MIGRATIONS.slice(0, 1));
        const broken = [
          ...MIGRATIONS,
          {
            version: 3,
            name: 'broken on purpose',
            sql: 'create table fine (id int); alter table no_such_table add column x int',
          },
        ];
        const error = await migrate(db, broken).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(StoreStartError);
        expect((error as Error).message).toMatch(/migration 2 \(alert events\)|migration 3 \(broken on purpose\)/);
        expect((error as Error).message).toContain('migration 3 (broken on purpose)');
        expect((error as Error).message).toContain('no_such_table');
        expect((error as Error).message).toContain('Nothing was changed');
        // migration 2 ran before 3 failed, and was rolled back with it
        expect(await tables()).not.toContain('alert_events');
        expect(await tables()).not.toContain('fine');
        expect(await db.query('select version from schema_migrations')).toEqual([{ version: 1 }]);
      });
    });

    describe('snapshots and changes', () => {
      beforeEach(async () => {
        await migrate(db);
        store = createHistoryStore(db, { historyDays: 400 });
      });

      it('records rank, posts, views and the provider rank change at the time passed in', async () => {
        const result = await store.recordSnapshot(US7, ranking(['fyp', 'ootd']), Date.UTC(2020, 0, 2, 3, 4, 5), 'live');
        expect(result.stored).toBe(true);
        const rows = await db.query(
          `select h.name, i.rank, i.posts::float8 as posts, i.views::float8 as views, i.rank_diff, i.rank_diff_type,
                  (extract(epoch from s.captured_at) * 1000)::float8 as at, to_char(s.day, 'YYYY-MM-DD') as day, s.source
           from snapshot_items i join hashtags h on h.id = i.hashtag_id join snapshots s on s.id = i.snapshot_id order by i.rank`,
        );
        expect(rows).toEqual([
          {
            name: 'fyp',
            rank: 1,
            posts: 1000,
            views: 1_000_000_000_000,
            rank_diff: 0,
            rank_diff_type: 1,
            at: Date.UTC(2020, 0, 2, 3, 4, 5),
            day: '2020-01-02',
            source: 'live',
          },
          {
            name: 'ootd',
            rank: 2,
            posts: 999,
            views: 999_999_999_999,
            rank_diff: 1,
            rank_diff_type: 2,
            at: Date.UTC(2020, 0, 2, 3, 4, 5),
            day: '2020-01-02',
            source: 'live',
          },
        ]);
      });

      it('stores an unchanged ranking once a day, a changed one again, and the same one again the next day', async () => {
        expect((await store.recordSnapshot(US7, ranking(['a', 'b']), day(0, 6), 'live')).stored).toBe(true);
        expect((await store.recordSnapshot(US7, ranking(['a', 'b']), day(0, 9), 'live')).stored).toBe(false);
        expect((await store.recordSnapshot(US7, ranking(['b', 'a']), day(0, 12), 'live')).stored).toBe(true);
        // back to the first order: differs from the day's latest, so it is stored
        expect((await store.recordSnapshot(US7, ranking(['a', 'b']), day(0, 18), 'live')).stored).toBe(true);
        expect((await store.recordSnapshot(US7, ranking(['a', 'b']), day(1, 6), 'live')).stored).toBe(true);
        expect(await db.query('select count(*)::int as n from snapshots')).toEqual([{ n: 4 }]);
      });

      it('history: one point per recorded day (the day’s last ranking), gaps while out of the top 100, and back', async () => {
        await store.recordSnapshot(US7, ranking(['a', 'booktok', 'c']), day(0), 'live');
        await store.recordSnapshot(US7, ranking(['booktok', 'a', 'c']), day(1, 6), 'live');
        await store.recordSnapshot(US7, ranking(['a', 'c', 'booktok']), day(1, 20), 'live');
        await store.recordSnapshot(US7, ranking(['a', 'c']), day(2), 'live'); // left
        await store.recordSnapshot(US7, ranking(['c', 'a']), day(3), 'live'); // still out
        await store.recordSnapshot(US7, ranking(['booktok', 'a']), day(5), 'live'); // back (day 4 not recorded)
        const history = await store.hashtagHistory({ hashtag_name: '#BookTok', country_code: 'US', period: 7 }, day(5));
        expect(history.hashtag_name).toBe('booktok');
        expect(history.recorded_since).toBe('2026-11-01');
        expect(history.points.map((p) => [p.date, p.rank])).toEqual([
          ['2026-11-01', 2],
          ['2026-11-02', 3],
          ['2026-11-03', null],
          ['2026-11-04', null],
          ['2026-11-06', 1],
        ]);
        expect(history.points[1]!.captured_at).toBe(day(1, 20));
        // another period or country has its own (empty) history
        expect(
          (await store.hashtagHistory({ hashtag_name: 'booktok', country_code: 'US', period: 30 }, day(5))).points,
        ).toEqual([]);
      });

      it('changes since a day: entered, climbers and fallers with their old rank, and those that left', async () => {
        await store.recordSnapshot(US7, ranking(['a', 'b', 'c', 'd', 'e']), day(0), 'live');
        await store.recordSnapshot(US7, ranking(['x', 'b', 'a', 'c', 'd']), day(3), 'live');
        await store.recordSnapshot(US7, ranking(['c', 'a', 'new1', 'b', 'e']), day(7), 'live');
        const changes = await store.changes(us7ChangesSince('2026-11-04'));
        expect(changes.from).toEqual({ date: '2026-11-04', captured_at: day(3) });
        expect(changes.to).toEqual({ date: '2026-11-08', captured_at: day(7) });
        expect(changes.recorded_since).toBe('2026-11-01');
        const brief = (list: typeof changes.entered) => list.map((c) => [c.hashtag_name, c.old_rank, c.rank]);
        expect(brief(changes.entered)).toEqual([
          ['new1', null, 3],
          ['e', null, 5],
        ]);
        expect(brief(changes.climbers)).toEqual([
          ['c', 4, 1],
          ['a', 3, 2],
        ]);
        expect(brief(changes.fallers)).toEqual([['b', 2, 4]]);
        expect(brief(changes.left)).toEqual([
          ['x', 1, null],
          ['d', 5, null],
        ]);
        // since a day before anything was recorded: nothing to compare against, said so
        const early = await store.changes(us7ChangesSince('2026-10-01'));
        expect(early.from).toBeNull();
        expect(early.to?.date).toBe('2026-11-08');
        expect(early.entered).toEqual([]);
      });

      it('keeps unicode names exactly (NFC), whatever form they arrive in', async () => {
        const names = ['café', 'ラーメン', '😀emoji', 'straße', 'ελληνικά'];
        await store.recordSnapshot(US7, ranking(names.map((n) => n.normalize('NFD'))), day(0), 'live');
        await store.recordSnapshot(US7, ranking([...names].reverse()), day(1), 'live');
        expect((await store.items((await store.latestSnapshotOf(US7))!.id)).map((i) => i.name)).toEqual(
          [...names].reverse(),
        );
        const history = await store.hashtagHistory({ hashtag_name: 'ラーメン', country_code: 'US', period: 7 }, day(1));
        expect(history.points.map((p) => p.rank)).toEqual([2, 4]);
        const changes = await store.changes(us7ChangesSince('2026-11-01'));
        expect(changes.climbers.map((c) => c.hashtag_name)).toEqual(['ελληνικά', 'straße']);
        expect(await db.query('select count(*)::int as n from hashtags')).toEqual([{ n: 5 }]);
      });

      it('keeps scopes apart: industry and new-to-top-100 rankings are their own', async () => {
        const beauty: Scope = { country: 'US', industry: '14000000000', period: 7, newOnly: false };
        const fresh: Scope = { ...US7, newOnly: true };
        await store.recordSnapshot(US7, ranking(['a']), day(0), 'live');
        await store.recordSnapshot(beauty, ranking(['b']), day(0), 'live');
        await store.recordSnapshot(fresh, ranking(['c']), day(0), 'live');
        await store.recordSnapshot(beauty, ranking(['b', 'd']), day(1), 'live');
        const changes = await store.changes({
          country_code: 'US',
          industry: '14000000000',
          period: 7,
          new: false,
          since: '2026-11-01',
        });
        expect(changes.entered.map((c) => c.hashtag_name)).toEqual(['d']);
        expect(
          (await store.changes({ country_code: 'US', industry: '', period: 7, new: true, since: '2026-11-01' })).to
            ?.date,
        ).toBe('2026-11-01');
      });

      it('retention: prune drops snapshots older than HISTORY_DAYS, with their rows', async () => {
        const short = createHistoryStore(db, { historyDays: 10 });
        await short.recordSnapshot(US7, ranking(['a', 'b']), day(0), 'live');
        await short.recordSnapshot(US7, ranking(['b', 'a']), day(5), 'live');
        await short.recordSnapshot(US7, ranking(['a', 'b']), day(12), 'live');
        expect(await short.prune(day(12))).toBe(1);
        expect(await db.query(`select to_char(day, 'YYYY-MM-DD') as d from snapshots order by d`)).toEqual([
          { d: '2026-11-06' },
          { d: '2026-11-13' },
        ]);
        expect(await db.query('select count(*)::int as n from snapshot_items')).toEqual([{ n: 4 }]);
      });

      // PGlite has no checkpointer process: without a checkpoint after each collection its
      // write-ahead log grew to ~400 MB over a year of history (the store bench's disk budget).
      it.runIf(backend.name === 'PGlite')(
        'after a collection an embedded store checkpoints, its write-ahead log capped at 32 MB',
        async () => {
          const checkpointLsn = async () =>
            (await db.query<{ lsn: string }>('select checkpoint_lsn::text as lsn from pg_control_checkpoint()'))[0]!
              .lsn;
          expect(
            await db.query(`select setting from pg_settings where name in ('max_wal_size', 'min_wal_size')`),
          ).toEqual([{ setting: '32' }, { setting: '32' }]);
          await store.recordSnapshot(US7, ranking(['a', 'b']), day(0), 'live');
          const before = await checkpointLsn();
          await store.prune(day(0));
          expect(await checkpointLsn()).not.toBe(before);
        },
      );

      it('a snapshot is written whole or not at all', async () => {
        await store.recordSnapshot(US7, ranking(['a', 'b']), day(0), 'live');
        // a rank outside smallint fails the item insert, after the snapshot row was inserted
        const bad = [...ranking(['x', 'y']), { name: 'z', rank: 99_999, posts: 1, views: 1 }];
        await expect(store.recordSnapshot(US7, bad, day(1), 'live')).rejects.toThrow();
        expect(await db.query('select count(*)::int as n from snapshots')).toEqual([{ n: 1 }]);
        expect(await db.query(`select count(*)::int as n from hashtags where name in ('x', 'y', 'z')`)).toEqual([
          { n: 0 },
        ]);
      });

      it('the collection lock is held by one at a time', async () => {
        let release!: () => void;
        const first = store.withCollectionLock(() => new Promise<string>((r) => (release = () => r('first'))));
        await new Promise((r) => setTimeout(r, 50));
        expect(await store.withCollectionLock(async () => 'second')).toEqual({ locked: false });
        release();
        expect(await first).toEqual({ locked: true, result: 'first' });
        expect(await store.withCollectionLock(async () => 'third')).toEqual({ locked: true, result: 'third' });
      });
    });
  });
});
