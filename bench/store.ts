/**
 * The store under a year of history (issue 19): 365 daily snapshots of 50 scopes, top 100 each
 * (~1.8 M rows), written through the store's own recordSnapshot. Then the two history routes'
 * queries, 200 times each at random: rank history of one hashtag and the changes of one scope,
 * p95 ≤ 50 ms; the store on disk ≤ 500 MB. On PGlite (a temporary data dir) always, and on a
 * PostgreSQL server when TEST_DATABASE_URL is set (a database created for the run and dropped).
 * Also: a collection of 50 scopes × 5 pages against a fake provider stays within TRENDS_API_RPS.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { COUNTRIES, type Period } from '../src/contract/constants';
import { createSource } from '../server/app';
import { collectOnce } from '../server/collector/collector';
import { HASHTAG_POOL } from '../server/demo/hashtag-pool';
import { hashString } from '../server/demo/random';
import type { Db } from '../server/store/db';
import { createHistoryStore, type HistoryStore } from '../server/store/history-store';
import { migrate } from '../server/store/migrations';
import { openPglite } from '../server/store/pglite-db';
import { openPostgres } from '../server/store/postgres-db';
import { DAY_MS, utcDay, type RankedItem, type Scope } from '../server/store/types';
import { demoProvider } from '../server/test-support/demo-provider';
import { fakeClock, fakeUpstream, upstreamConfig } from '../server/test-support/fake-upstream';
import { info, judged, percentile, type Result } from './report';

const DAYS = 365;
const SCOPE_COUNT = 50;
const QUERIES = 200;
const P95_BUDGET_MS = 50;
const DISK_BUDGET_MB = 500;
const PERIODS: Period[] = [7, 30, 120];
const START = Date.UTC(2025, 10, 23, 6);

const SCOPES: Scope[] = COUNTRIES.flatMap((c) =>
  PERIODS.map((period) => ({ country: c.code, industry: '', period, newOnly: false })),
).slice(0, SCOPE_COUNT);

/** Each scope draws from 250 names; each name's score drifts along its own waves, so ranks move daily. */
function rankingOf(scopeIndex: number, day: number): RankedItem[] {
  const names = HASHTAG_POOL.slice(
    (scopeIndex * 37) % (HASHTAG_POOL.length - 250),
    ((scopeIndex * 37) % (HASHTAG_POOL.length - 250)) + 250,
  ).map((e) => e.name);
  return names
    .map((name) => {
      const h = hashString(`${scopeIndex}|${name}`);
      const base = 1 / (1 + (h % 1000) / 10);
      const phase = ((h >>> 10) % 628) / 100;
      return { name, score: base * Math.exp(0.8 * Math.sin((2 * Math.PI * day) / (20 + (h % 40)) + phase)) };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, 100)
    .map((e, i) => ({
      name: e.name,
      rank: i + 1,
      posts: Math.round(e.score * 1e5),
      views: Math.round(e.score * 1e9),
      rankDiff: 0,
      rankDiffType: 2,
    }));
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(path) : statSync(path).size;
  }
  return total;
}

const log = (message: string) => console.error(`[bench] store: ${message}`);

async function timed(times: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run(i);
    out.push(performance.now() - start);
  }
  return out.sort((a, b) => a - b);
}

async function measure(label: string, db: Db, diskBytes: () => Promise<number>): Promise<Result[]> {
  await migrate(db);
  const store: HistoryStore = createHistoryStore(db, { historyDays: 400 });
  const loadStart = performance.now();
  for (let day = 0; day < DAYS; day++) {
    for (let s = 0; s < SCOPES.length; s++)
      await store.recordSnapshot(SCOPES[s]!, rankingOf(s, day), START + day * DAY_MS, 'demo');
    // As the collector does after each day's collection.
    await store.prune(START + day * DAY_MS);
    if (day % 73 === 72) log(`${label}: ${day + 1}/${DAYS} days written`);
  }
  const loadSeconds = (performance.now() - loadStart) / 1000;
  const [rows] = await db.query<{ n: number }>('select count(*)::int as n from snapshot_items');
  await db.query('vacuum analyze');
  const end = START + (DAYS - 1) * DAY_MS;
  const pick = (i: number, n: number) => hashString(`pick|${i}`) % n;
  const history = await timed(QUERIES, (i) => {
    const s = pick(i, SCOPES.length);
    const scope = SCOPES[s]!;
    const ranking = rankingOf(s, pick(i + 7, DAYS));
    return store.hashtagHistory(
      { hashtag_name: ranking[pick(i + 3, 100)]!.name, country_code: scope.country, period: scope.period },
      end,
    );
  });
  const changes = await timed(QUERIES, (i) => {
    const scope = SCOPES[pick(i, SCOPES.length)]!;
    return store.changes({
      country_code: scope.country,
      industry: '',
      period: scope.period,
      new: false,
      since: utcDay(end - (1 + pick(i + 1, 60)) * DAY_MS),
    });
  });
  const bytes = await diskBytes();
  const section = 'store' as const;
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  return [
    info({
      section,
      metric: `${label}: rows written (${DAYS} days × ${SCOPES.length} scopes)`,
      value: rows?.n ?? 0,
      unit: 'rows',
      display: `${(rows?.n ?? 0).toLocaleString('en')} rows in ${loadSeconds.toFixed(0)} s`,
    }),
    judged(
      {
        section,
        metric: `${label}: rank history of one hashtag, p95`,
        value: percentile(history, 95),
        unit: 'ms',
        display: ms(percentile(history, 95)),
        details: { median: percentile(history, 50) },
      },
      'max',
      P95_BUDGET_MS,
      `≤ ${P95_BUDGET_MS} ms`,
    ),
    judged(
      {
        section,
        metric: `${label}: changes of one scope, p95`,
        value: percentile(changes, 95),
        unit: 'ms',
        display: ms(percentile(changes, 95)),
        details: { median: percentile(changes, 50) },
      },
      'max',
      P95_BUDGET_MS,
      `≤ ${P95_BUDGET_MS} ms`,
    ),
    judged(
      {
        section,
        metric: `${label}: store on disk`,
        value: bytes / 1e6,
        unit: 'MB',
        display: `${(bytes / 1e6).toFixed(0)} MB`,
      },
      'max',
      DISK_BUDGET_MB,
      `≤ ${DISK_BUDGET_MB} MB`,
    ),
  ];
}

/** 50 scopes × 5 pages of 20 through the app's source, fake clock: the most calls the provider saw in any one second. */
async function collectionRps(): Promise<Result> {
  const rps = 5;
  const clock = fakeClock(START);
  const upstream = fakeUpstream(demoProvider, clock.now);
  const source = createSource(
    { upstream: upstreamConfig({ rps }) },
    { fetch: upstream.fetch, now: clock.now, sleep: clock.sleep, log: () => {} },
  );
  const db = await openPglite('memory://');
  try {
    await migrate(db);
    const store = createHistoryStore(db);
    await collectOnce({
      store,
      source,
      config: { cron: null, trackScopes: SCOPES, maxScopes: SCOPE_COUNT },
      now: clock.now,
      sleep: clock.sleep,
      log: () => {},
      pageSize: 20,
      reserveCalls: 1,
    });
    const at = upstream.calls.map((c) => c.at);
    let most = 0;
    for (let i = 0, j = 0; i < at.length; i++) {
      while (at[i]! - at[j]! >= 1000) j++;
      most = Math.max(most, i - j + 1);
    }
    return judged(
      {
        section: 'store',
        metric: `collection of ${SCOPE_COUNT} scopes × 5 pages: most provider calls in one second`,
        value: most,
        unit: 'calls',
        display: `${most} (${upstream.calls.length} calls)`,
      },
      'max',
      rps,
      `≤ TRENDS_API_RPS (${rps})`,
    );
  } finally {
    await db.close();
  }
}

export async function runStoreBench(): Promise<Result[]> {
  const results: Result[] = [await collectionRps()];
  const dir = mkdtempSync(join(tmpdir(), 'bench-store-'));
  try {
    log('PGlite: writing a year of snapshots');
    const db = await openPglite(join(dir, 'data'));
    try {
      results.push(...(await measure('PGlite', db, async () => dirBytes(join(dir, 'data')))));
    } finally {
      await db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    results.push(
      info({
        section: 'store',
        metric: 'PostgreSQL',
        value: null,
        unit: '',
        display: 'skipped: TEST_DATABASE_URL not set',
      }),
    );
    return results;
  }
  const name = `bench_store_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const target = new URL(url);
    target.pathname = `/${name}`;
    log('PostgreSQL: writing a year of snapshots');
    const db = await openPostgres(target.toString());
    try {
      results.push(
        ...(await measure('PostgreSQL', db, async () => {
          const [row] = await db.query<{ bytes: number }>(
            'select pg_database_size(current_database())::float8 as bytes',
          );
          return row?.bytes ?? 0;
        })),
      );
    } finally {
      await db.close();
    }
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
  return results;
}
