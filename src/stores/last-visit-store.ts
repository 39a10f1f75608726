import { z } from 'zod/mini';
import { readStorage, writeStorage } from '../lib/safe-storage';
import { keepUnreadable } from './unreadable-records';

/**
 * "Changes since your last visit": the browser remembers, per filter set, the ranking it showed, and
 * the next visit marks what moved.
 *
 * ## What is stored
 * One localStorage key, {@link LAST_VISIT_STORAGE_KEY}: `{version: 1, entries: {[filterKey]: {current,
 * baseline?}}}`, each snapshot `{savedAt, ranks: [name, rank][]}`. Pairs rather than an object keyed
 * by name, so a hashtag called `constructor` or `__proto__` is just data. Anything that does not parse
 * (corrupt JSON, another version, a wrong shape) reads as "no snapshots" and is kept as it was under a
 * backup key before the next save writes over it (unreadable-records.ts); when it cannot be kept, saves
 * leave it alone. Storage that throws (private mode, disabled cookies, full quota) turns every call
 * into a no-op. Nothing here ever throws.
 *
 * Bounded: at most {@link MAX_FILTER_SETS} filter sets (the least recently saved is evicted) and at
 * most {@link MAX_NAMES_PER_SNAPSHOT} names per snapshot (the best ranks are kept: a top 100 fits).
 *
 * ## Visits, not page views
 * `current` is the ranking seen during the latest visit; `baseline` the one seen during the visit
 * before. A visit ends after {@link VISIT_GAP_MS} without a save for that filter set: the next save
 * starts a new visit and the old `current` becomes the `baseline`. We compare against the baseline,
 * never against what this visit just wrote, so markers survive a reload or a trip to a detail page
 * and back, and disappear on the next visit or with "Mark all as seen" (which makes the current
 * ranking the baseline).
 *
 * ## Pages
 * The key holds the filters (country, industry, period, new-only) but not the page or page size:
 * ranks are positions in one top-100 chart whatever the paging. Pages seen during one visit are
 * merged into one snapshot. A row counts as "new" only when the baseline had seen its position
 * (someone else held that rank then): rows on a page never looked at before get no marker rather
 * than a false "new". Likewise "dropped out" only lists names whose old rank lies in the range of
 * ranks on screen now, and says which range (`range`) so the UI can word it honestly.
 */

export const LAST_VISIT_STORAGE_KEY = 'trends.lastVisit.v1';
export const LAST_VISIT_VERSION = 1;
export const MAX_FILTER_SETS = 30;
export const MAX_NAMES_PER_SNAPSHOT = 100;
/** A row is marked as climbed or fell when it moved at least this many places. */
export const CHANGE_MIN_PLACES = 5;
/** Saves closer together than this belong to the same visit. */
export const VISIT_GAP_MS = 30 * 60_000;

/** What a row needs: the list items of the API fit as they are. */
export interface RankedRow {
  hashtag_name: string;
  rank: number;
}

export interface RankSnapshot {
  /** Epoch ms of the last save. */
  savedAt: number;
  ranks: ReadonlyMap<string, number>;
}

export type ChangeMarker = { kind: 'new' } | { kind: 'climbed' | 'fell'; places: number };

export interface DroppedOut {
  name: string;
  /** The rank it had then. */
  rank: number;
}

export interface Comparison {
  markers: Map<string, ChangeMarker>;
  droppedOut: DroppedOut[];
  /** `savedAt` of the snapshot compared against. */
  since: number;
  /** The ranks on screen now (undefined when there are no rows). */
  range?: { from: number; to: number };
}

/** Filters of the list (already parsed), as the explorer's URL state holds them. */
export interface LastVisitFilters {
  country: string;
  industry?: string;
  period: number;
  newOnly: boolean;
}

/** `US|all|7|new0`: the filters that select one chart; page and page size are left out on purpose. */
export function lastVisitKey(f: LastVisitFilters): string {
  return `${f.country}|${f.industry || 'all'}|${f.period}|new${f.newOnly ? 1 : 0}`;
}

// ---- storage ----

const snapshotSchema = z.object({
  savedAt: z.number().check(z.refine(Number.isFinite)),
  ranks: z.array(z.tuple([z.string(), z.number().check(z.refine(Number.isInteger), z.positive())])),
});
const entrySchema = z.object({ current: snapshotSchema, baseline: z.optional(snapshotSchema) });
const documentSchema = z.object({
  version: z.literal(LAST_VISIT_VERSION),
  entries: z.record(z.string(), entrySchema),
});

interface Entry {
  current: RankSnapshot;
  baseline?: RankSnapshot;
}

function toSnapshot(s: z.infer<typeof snapshotSchema>): RankSnapshot {
  return boundSnapshot({ savedAt: s.savedAt, ranks: new Map(s.ranks) });
}

function boundSnapshot(s: RankSnapshot): RankSnapshot {
  if (s.ranks.size <= MAX_NAMES_PER_SNAPSHOT) return s;
  const best = [...s.ranks].sort((a, b) => a[1] - b[1]).slice(0, MAX_NAMES_PER_SNAPSHOT);
  return { savedAt: s.savedAt, ranks: new Map(best) };
}

/**
 * The parsed document of the last raw string read or written. Parsing (zod, up to 30 filter sets of
 * 100 names) runs on every filter change otherwise, and it is on the path from a click to new rows.
 */
let parsed: { raw: string | undefined; entries: ReadonlyMap<string, Entry>; writable: boolean } | undefined;

/** The entries of a stored record; undefined when it cannot be read (damaged, another version). */
function parseAll(raw: string): Map<string, Entry> | undefined {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const result = documentSchema.safeParse(json);
  if (!result.success) return undefined;
  const entries = new Map<string, Entry>();
  for (const [key, e] of Object.entries(result.data.entries)) {
    entries.set(key, { current: toSnapshot(e.current), ...(e.baseline ? { baseline: toSnapshot(e.baseline) } : {}) });
  }
  return boundEntries(entries);
}

/** A copy the caller may change; the entries themselves are never mutated. */
function readAll(): Map<string, Entry> {
  const raw = readStorage(LAST_VISIT_STORAGE_KEY);
  if (parsed === undefined || parsed.raw !== raw) {
    const entries = raw === undefined ? new Map<string, Entry>() : parseAll(raw);
    // Unreadable: a copy is kept before anything is written over it, or nothing is written.
    const writable = entries !== undefined || keepUnreadable(LAST_VISIT_STORAGE_KEY, raw!, 'record of your last visit');
    parsed = { raw, entries: entries ?? new Map(), writable };
  }
  return new Map(parsed.entries);
}

function boundEntries(entries: Map<string, Entry>, max = MAX_FILTER_SETS): Map<string, Entry> {
  if (entries.size <= max) return entries;
  const newest = [...entries].sort((a, b) => b[1].current.savedAt - a[1].current.savedAt).slice(0, max);
  return new Map(newest);
}

const serialiseSnapshot = (s: RankSnapshot) => ({ savedAt: s.savedAt, ranks: [...s.ranks] });

/** Called after {@link readAll} (read, change, write). */
function writeAll(entries: Map<string, Entry>): void {
  if (parsed?.writable === false) return;
  const encode = (map: Map<string, Entry>) =>
    JSON.stringify({
      version: LAST_VISIT_VERSION,
      entries: Object.fromEntries(
        [...map].map(([key, e]) => [
          key,
          { current: serialiseSnapshot(e.current), ...(e.baseline ? { baseline: serialiseSnapshot(e.baseline) } : {}) },
        ]),
      ),
    });
  const bounded = boundEntries(entries);
  const raw = encode(bounded);
  if (writeStorage(LAST_VISIT_STORAGE_KEY, raw)) {
    parsed = { raw, entries: bounded, writable: true };
    return;
  }
  // Over quota: keep the newest half rather than nothing (read back and parsed on the next read).
  writeStorage(LAST_VISIT_STORAGE_KEY, encode(boundEntries(bounded, Math.max(1, Math.floor(bounded.size / 2)))));
}

function snapshotOf(rows: readonly RankedRow[], savedAt: number, mergeInto?: RankSnapshot): RankSnapshot {
  const valid = rows.filter((r) => r.hashtag_name && Number.isInteger(r.rank) && r.rank > 0);
  const ranks = new Map(mergeInto?.ranks);
  if (valid.length > 0) {
    // The rows replace whatever this visit had recorded for the same range of ranks.
    const from = Math.min(...valid.map((r) => r.rank));
    const to = Math.max(...valid.map((r) => r.rank));
    for (const [name, rank] of ranks) if (rank >= from && rank <= to) ranks.delete(name);
  }
  for (const row of valid) ranks.set(row.hashtag_name, row.rank);
  return boundSnapshot({ savedAt, ranks });
}

const isNewVisit = (entry: Entry, now: number) => now - entry.current.savedAt > VISIT_GAP_MS;

// ---- public API ----

/**
 * The snapshot a view starting at `now` compares against: the ranking of the previous visit, or
 * undefined on a first visit (or when storage is empty, corrupt or unavailable).
 */
export function readSnapshot(filterKey: string, now: number = Date.now()): RankSnapshot | undefined {
  const entry = readAll().get(filterKey);
  if (!entry) return undefined;
  return isNewVisit(entry, now) ? entry.current : entry.baseline;
}

/** Records the rows on screen: merged into this visit's snapshot, or starting a new visit. */
export function saveSnapshot(filterKey: string, rows: readonly RankedRow[], now: number = Date.now()): void {
  const entries = readAll();
  const entry = entries.get(filterKey);
  let next: Entry;
  if (!entry) next = { current: snapshotOf(rows, now) };
  else if (isNewVisit(entry, now)) next = { baseline: entry.current, current: snapshotOf(rows, now) };
  else
    next = { ...(entry.baseline ? { baseline: entry.baseline } : {}), current: snapshotOf(rows, now, entry.current) };
  entries.set(filterKey, next);
  writeAll(entries);
}

/** "Mark all as seen": what is on screen (plus what this visit saw) becomes the baseline. */
export function markSeen(filterKey: string, rows: readonly RankedRow[], now: number = Date.now()): RankSnapshot {
  const entries = readAll();
  const entry = entries.get(filterKey);
  const seen = snapshotOf(rows, now, entry && !isNewVisit(entry, now) ? entry.current : undefined);
  entries.set(filterKey, { baseline: seen, current: seen });
  writeAll(entries);
  return seen;
}

/** Markers for the rows on screen and the names that left the range of ranks on screen. */
export function compareWithSnapshot(snapshot: RankSnapshot, rows: readonly RankedRow[]): Comparison {
  const markers = new Map<string, ChangeMarker>();
  const seenPositions = new Set(snapshot.ranks.values());
  for (const row of rows) {
    const before = snapshot.ranks.get(row.hashtag_name);
    if (before === undefined) {
      if (seenPositions.has(row.rank)) markers.set(row.hashtag_name, { kind: 'new' });
      continue;
    }
    const climbed = before - row.rank;
    if (climbed >= CHANGE_MIN_PLACES) markers.set(row.hashtag_name, { kind: 'climbed', places: climbed });
    else if (-climbed >= CHANGE_MIN_PLACES) markers.set(row.hashtag_name, { kind: 'fell', places: -climbed });
  }

  if (rows.length === 0) return { markers, droppedOut: [], since: snapshot.savedAt };
  const ranks = rows.map((r) => r.rank);
  const range = { from: Math.min(...ranks), to: Math.max(...ranks) };
  const onScreen = new Set(rows.map((r) => r.hashtag_name));
  const droppedOut = [...snapshot.ranks]
    .filter(([name, rank]) => !onScreen.has(name) && rank >= range.from && rank <= range.to)
    .map(([name, rank]) => ({ name, rank }))
    .sort((a, b) => a.rank - b.rank);
  return { markers, droppedOut, since: snapshot.savedAt, range };
}
