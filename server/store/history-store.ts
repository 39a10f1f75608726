import { createHash } from 'node:crypto';
import type { HashtagHistory, HistoryChanges, RankChange } from '../../src/contract/history';
import type { DetailParams, HistoryChangesParams } from '../../src/contract/api-params';
import type { Period } from '../../src/contract/constants';
import type { Db, Sql } from './db';
import {
  DAY_MS,
  utcDay,
  type HistoryApi,
  type RankedItem,
  type RecordResult,
  type Scope,
  type SnapshotSource,
} from './types';

export const DEFAULT_HISTORY_DAYS = 400;

/** Hashtag names as stored and looked up: NFC and lower case, as TikTok treats them. */
export const normalizeName = (name: string) => name.trim().replace(/^#/, '').normalize('NFC').toLowerCase();

/** Key of the session-level advisory lock held for a whole collection (one at a time across instances). */
const COLLECTION_LOCK = 19_0002;

const ms = (param: string) => `to_timestamp(${param}::float8 / 1000)`;
const EPOCH_MS = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;

export interface SnapshotRef {
  id: number;
  scopeId: number;
  date: string;
  capturedAt: number;
}

interface ItemRow {
  name: string;
  rank: number;
  posts: number;
  views: number;
}

/** A hashtag's rank in two rankings: what the changes route and the alert rules both read. */
export function diffRankings(from: readonly ItemRow[], to: readonly ItemRow[]) {
  const before = new Map(from.map((item) => [item.name, item]));
  const after = new Map(to.map((item) => [item.name, item]));
  const change = (name: string, now: ItemRow | undefined, old: ItemRow | undefined): RankChange => ({
    hashtag_name: name,
    rank: now?.rank ?? null,
    old_rank: old?.rank ?? null,
    posts: (now ?? old)?.posts ?? null,
    views: (now ?? old)?.views ?? null,
  });
  const entered: RankChange[] = [];
  const climbers: RankChange[] = [];
  const fallers: RankChange[] = [];
  for (const item of to) {
    const old = before.get(item.name);
    if (!old) entered.push(change(item.name, item, undefined));
    else if (item.rank < old.rank) climbers.push(change(item.name, item, old));
    else if (item.rank > old.rank) fallers.push(change(item.name, item, old));
  }
  const left = from.filter((item) => !after.has(item.name)).map((item) => change(item.name, undefined, item));
  const move = (c: RankChange) => Math.abs((c.old_rank ?? 0) - (c.rank ?? 0));
  const byRank = (a: RankChange, b: RankChange) => (a.rank ?? 0) - (b.rank ?? 0);
  climbers.sort((a, b) => move(b) - move(a) || byRank(a, b));
  fallers.sort((a, b) => move(b) - move(a) || byRank(a, b));
  entered.sort(byRank);
  left.sort((a, b) => (a.old_rank ?? 0) - (b.old_rank ?? 0));
  return { entered, climbers, fallers, left };
}

/** Same ranking, same fingerprint: what "unchanged within a day" compares. */
function fingerprint(items: readonly RankedItem[]): string {
  const hash = createHash('sha256');
  for (const i of items)
    hash.update(
      `${i.rank}\u0000${i.name}\u0000${i.posts}\u0000${i.views}\u0000${i.rankDiff ?? ''}\u0000${i.rankDiffType ?? ''}\n`,
    );
  return hash.digest('base64url');
}

/** By rank, one row per hashtag (its best rank), names normalised. */
function cleanItems(items: readonly RankedItem[]): RankedItem[] {
  const seen = new Set<string>();
  const out: RankedItem[] = [];
  for (const item of [...items].sort((a, b) => a.rank - b.rank)) {
    const name = normalizeName(item.name);
    if (!name || seen.has(name)) continue;
    seen.add(name);
    out.push({ ...item, name });
  }
  return out;
}

export type HistoryStore = ReturnType<typeof createHistoryStore>;

/** Every read and write of the recorded history, as SQL that PGlite and PostgreSQL both run. */
export function createHistoryStore(db: Db, options: { historyDays?: number } = {}) {
  const historyDays = options.historyDays ?? DEFAULT_HISTORY_DAYS;

  async function scopeId(sql: Sql, scope: Scope): Promise<number> {
    const rows = await sql.query<{ id: number }>(
      `insert into scopes (country, industry, period, new_only) values ($1, $2, $3, $4)
       on conflict (country, industry, period, new_only) do update set country = excluded.country
       returning id`,
      [scope.country, scope.industry, scope.period, scope.newOnly],
    );
    return rows[0]!.id;
  }

  async function findScopeId(scope: Scope): Promise<number | undefined> {
    const rows = await db.query<{ id: number }>(
      'select id from scopes where country = $1 and industry = $2 and period = $3 and new_only = $4',
      [scope.country, scope.industry, scope.period, scope.newOnly],
    );
    return rows[0]?.id;
  }

  const SNAPSHOT_COLUMNS = `id::float8 as id, scope_id as "scopeId", to_char(day, 'YYYY-MM-DD') as date, ${EPOCH_MS('captured_at')} as "capturedAt"`;

  async function latestSnapshot(scope: number, onOrBefore?: string): Promise<SnapshotRef | undefined> {
    const rows = await db.query<SnapshotRef>(
      `select ${SNAPSHOT_COLUMNS} from snapshots
       where scope_id = $1 and ($2::date is null or day <= $2::date)
       order by day desc, captured_at desc, id desc limit 1`,
      [scope, onOrBefore ?? null],
    );
    return rows[0];
  }

  async function firstDay(scope: number): Promise<string | null> {
    const rows = await db.query<{ date: string }>(
      `select to_char(day, 'YYYY-MM-DD') as date from snapshots where scope_id = $1 order by day, captured_at limit 1`,
      [scope],
    );
    return rows[0]?.date ?? null;
  }

  async function items(snapshotId: number): Promise<ItemRow[]> {
    return db.query<ItemRow>(
      `select h.name, i.rank, i.posts::float8 as posts, i.views::float8 as views
       from snapshot_items i join hashtags h on h.id = i.hashtag_id
       where i.snapshot_id = $1 order by i.rank`,
      [snapshotId],
    );
  }

  /**
   * One ranking, in one transaction: all its rows or none. Skipped (stored: false) when the scope's
   * latest snapshot of the same UTC day is the same ranking.
   */
  async function recordSnapshot(
    scope: Scope,
    ranking: readonly RankedItem[],
    capturedAt: number,
    source: SnapshotSource,
  ): Promise<RecordResult> {
    const list = cleanItems(ranking);
    const print = fingerprint(list);
    const day = utcDay(capturedAt);
    return db.transaction(async (tx) => {
      const id = await scopeId(tx, scope);
      // Serialise writers of one scope (two instances, or the collector and the list route).
      await tx.query('select id from scopes where id = $1 for update', [id]);
      const [same] = await tx.query<{ id: number; fingerprint: string }>(
        `select id::float8 as id, fingerprint from snapshots where scope_id = $1 and day = $2::date order by captured_at desc, id desc limit 1`,
        [id, day],
      );
      if (same?.fingerprint === print) return { snapshotId: same.id, stored: false };
      await tx.query('insert into hashtags (name) select unnest($1::text[]) on conflict (name) do nothing', [
        list.map((i) => i.name),
      ]);
      const [snapshot] = await tx.query<{ id: number }>(
        `insert into snapshots (scope_id, captured_at, day, source, fingerprint, item_count)
         values ($1, ${ms('$2')}, $3::date, $4, $5, $6) returning id::float8 as id`,
        [id, capturedAt, day, source, print, list.length],
      );
      const snapshotId = snapshot!.id;
      if (list.length > 0) {
        await tx.query(
          `insert into snapshot_items (snapshot_id, hashtag_id, rank, posts, views, rank_diff, rank_diff_type)
           select $1, h.id, u.rank, u.posts::bigint, u.views::bigint, u.rank_diff, u.rank_diff_type
           from unnest($2::text[], $3::int[], $4::float8[], $5::float8[], $6::int[], $7::int[]) as u(name, rank, posts, views, rank_diff, rank_diff_type)
           join hashtags h on h.name = u.name`,
          [
            snapshotId,
            list.map((i) => i.name),
            list.map((i) => i.rank),
            list.map((i) => Math.round(i.posts)),
            list.map((i) => Math.round(i.views)),
            list.map((i) => i.rankDiff ?? null),
            list.map((i) => i.rankDiffType ?? null),
          ],
        );
      }
      return { snapshotId, stored: true };
    });
  }

  async function hashtagHistory(params: DetailParams, today: number): Promise<HashtagHistory> {
    const name = normalizeName(params.hashtag_name);
    const scope = await findScopeId({
      country: params.country_code,
      industry: '',
      period: params.period as Period,
      newOnly: false,
    });
    const base = { hashtag_name: name, country_code: params.country_code, period: params.period };
    if (scope === undefined) return { ...base, recorded_since: null, points: [] };
    const points = await db.query<HashtagHistory['points'][number]>(
      `select to_char(s.day, 'YYYY-MM-DD') as date, ${EPOCH_MS('s.captured_at')} as captured_at,
              i.rank, i.posts::float8 as posts, i.views::float8 as views
       from (select distinct on (day) id, day, captured_at from snapshots
             where scope_id = $1 and day >= $3::date
             order by day, captured_at desc, id desc) s
       left join snapshot_items i on i.snapshot_id = s.id and i.hashtag_id = (select id from hashtags where name = $2)
       order by s.day`,
      [scope, name, utcDay(today - historyDays * DAY_MS)],
    );
    return { ...base, recorded_since: await firstDay(scope), points };
  }

  async function changes(params: HistoryChangesParams): Promise<HistoryChanges> {
    const base = {
      country_code: params.country_code,
      industry_id: params.industry,
      period: params.period,
      new: params.new,
      since: params.since,
    };
    const empty = { entered: [], climbers: [], fallers: [], left: [] };
    const scope = await findScopeId({
      country: params.country_code,
      industry: params.industry,
      period: params.period as Period,
      newOnly: params.new,
    });
    if (scope === undefined) return { ...base, recorded_since: null, from: null, to: null, ...empty };
    const [to, from, recordedSince] = await Promise.all([
      latestSnapshot(scope),
      latestSnapshot(scope, params.since),
      firstDay(scope),
    ]);
    const ref = (s: SnapshotRef | undefined) => (s ? { date: s.date, captured_at: s.capturedAt } : null);
    if (!to || !from) return { ...base, recorded_since: recordedSince, from: ref(from), to: ref(to), ...empty };
    const [fromItems, toItems] = await Promise.all([items(from.id), items(to.id)]);
    return {
      ...base,
      recorded_since: recordedSince,
      from: ref(from),
      to: ref(to),
      ...diffRankings(fromItems, toItems),
    };
  }

  async function markOpened(scope: Scope, at: number): Promise<void> {
    await db.query(
      `insert into scopes (country, industry, period, new_only, last_opened_at) values ($1, $2, $3, $4, ${ms('$5')})
       on conflict (country, industry, period, new_only)
       do update set last_opened_at = greatest(scopes.last_opened_at, excluded.last_opened_at)`,
      [scope.country, scope.industry, scope.period, scope.newOnly, at],
    );
  }

  /** Scopes opened at or after `since`, most recently opened first. */
  async function openedScopes(since: number, limit: number): Promise<Scope[]> {
    const rows = await db.query<{ country: string; industry: string; period: number; new_only: boolean }>(
      `select country, industry, period, new_only from scopes where last_opened_at >= ${ms('$1')}
       order by last_opened_at desc, id limit $2`,
      [since, limit],
    );
    return rows.map((r) => ({
      country: r.country,
      industry: r.industry,
      period: r.period as Period,
      newOnly: r.new_only,
    }));
  }

  /** Provider calls counted against the daily budget, per UTC day (shared by all instances). */
  async function callsOn(day: string): Promise<number> {
    const rows = await db.query<{ calls: number }>('select calls from api_calls where day = $1::date', [day]);
    return rows[0]?.calls ?? 0;
  }

  async function addCalls(day: string, calls: number): Promise<number> {
    const rows = await db.query<{ calls: number }>(
      `insert into api_calls (day, calls) values ($1::date, $2)
       on conflict (day) do update set calls = api_calls.calls + excluded.calls returning calls`,
      [day, calls],
    );
    return rows[0]!.calls;
  }

  /**
   * After a collection: deletes snapshots older than HISTORY_DAYS before `now` (their rows go with
   * them), then checkpoints so an embedded store's write-ahead log goes back to its cap.
   */
  async function prune(now: number): Promise<number> {
    const rows = await db.query<{ n: number }>(
      `with gone as (delete from snapshots where captured_at < ${ms('$1')} returning 1) select count(*)::int as n from gone`,
      [now - historyDays * DAY_MS],
    );
    await db.checkpoint();
    return rows[0]?.n ?? 0;
  }

  /**
   * Runs `fn` holding the collection lock, or returns `{ locked: false }` at once when another
   * collection (in this or another instance) holds it. The lock lives on one connection and dies with it.
   */
  let heldHere = false;
  async function withCollectionLock<T>(fn: () => Promise<T>): Promise<{ locked: true; result: T } | { locked: false }> {
    // Advisory locks are re-entrant within one session, and PGlite has only one: guard this process too.
    if (heldHere) return { locked: false };
    heldHere = true;
    try {
      return await lockAcrossInstances(fn);
    } finally {
      heldHere = false;
    }
  }

  async function lockAcrossInstances<T>(
    fn: () => Promise<T>,
  ): Promise<{ locked: true; result: T } | { locked: false }> {
    return db.session(async (conn) => {
      const [row] = await conn.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [COLLECTION_LOCK]);
      if (!row?.ok) return { locked: false as const };
      try {
        return { locked: true as const, result: await fn() };
      } finally {
        await conn.query('select pg_advisory_unlock($1)', [COLLECTION_LOCK]);
      }
    });
  }

  async function hasSnapshots(source?: SnapshotSource): Promise<boolean> {
    const rows = await db.query('select 1 from snapshots where ($1::text is null or source = $1) limit 1', [
      source ?? null,
    ]);
    return rows.length > 0;
  }

  /** A snapshot and the one before it in the same scope (what alert rules compare). */
  async function snapshotWithPrevious(snapshotId: number) {
    const [current] = await db.query<SnapshotRef>(`select ${SNAPSHOT_COLUMNS} from snapshots where id = $1`, [
      snapshotId,
    ]);
    if (!current) return undefined;
    const [previous] = await db.query<SnapshotRef>(
      `select ${SNAPSHOT_COLUMNS} from snapshots
       where scope_id = $1 and (captured_at, id) < (${ms('$2')}, $3::bigint)
       order by captured_at desc, id desc limit 1`,
      [current.scopeId, current.capturedAt, snapshotId],
    );
    return {
      current,
      currentItems: await items(current.id),
      previous,
      previousItems: previous ? await items(previous.id) : [],
    };
  }

  async function latestSnapshotOf(scope: Scope): Promise<SnapshotRef | undefined> {
    const id = await findScopeId(scope);
    return id === undefined ? undefined : latestSnapshot(id);
  }

  const api: HistoryApi = { hashtagHistory, changes, markOpened, recordSnapshot };
  return {
    ...api,
    db,
    historyDays,
    openedScopes,
    callsOn,
    addCalls,
    prune,
    withCollectionLock,
    hasSnapshots,
    snapshotWithPrevious,
    latestSnapshotOf,
    items,
  };
}
