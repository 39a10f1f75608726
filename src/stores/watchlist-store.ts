import { useCallback, useSyncExternalStore } from 'react';
import { z } from 'zod/mini';
import { readStorage, writeStorage } from '../lib/safe-storage';
import { keepUnreadable } from './unreadable-records';

/**
 * Starred hashtags, in this browser only (no account). One localStorage key holding
 * `{version: 1, hashtags: string[]}` in the order they were starred. A record that does not parse (or
 * has another version) reads as an empty watchlist and is kept as it was under a backup key before
 * anything is written over it (unreadable-records.ts); if it cannot be kept, it is left alone and the
 * list lives in memory, as it does when storage is unavailable.
 * Shared as a small JSON file (`exportWatchlist` / `importWatchlist`).
 */

export const WATCHLIST_STORAGE_KEY = 'trends.watchlist.v1';
export const WATCHLIST_VERSION = 1;
export const WATCHLIST_MAX = 50;
export const WATCHLIST_FILE_FORMAT = 'hashtag-watchlist';
/** Bigger files are refused before they are read (by their size) and before parsing: 50 names never need 100 KB. */
export const WATCHLIST_FILE_MAX_BYTES = 100 * 1024;
/** The words for a file over {@link WATCHLIST_FILE_MAX_BYTES}. */
export function fileTooLargeMessage(bytes?: number): string {
  const size =
    bytes === undefined
      ? ''
      : ` (${bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`})`;
  return `The file is too large to be a watchlist${size}: a watchlist file is at most ${WATCHLIST_FILE_MAX_BYTES / 1024} KB. Nothing was imported.`;
}
const NAME_MAX_LENGTH = 200; // as the API's hashtag_name

/** "#ChatGPT " -> "ChatGPT"; empty string when nothing is left. */
export function normaliseHashtagName(raw: string): string {
  return raw.trim().replace(/^#+/, '').trim();
}

const nameSchema = z.pipe(
  z.pipe(z.string(), z.transform(normaliseHashtagName)),
  z
    .string()
    .check(
      z.minLength(1, 'empty name'),
      z.maxLength(NAME_MAX_LENGTH, 'name too long'),
      z.regex(/^[^\s,#]+$/u, 'not a hashtag name'),
    ),
);

const documentSchema = z.object({ version: z.literal(WATCHLIST_VERSION), hashtags: z.array(z.string()) });

function dedupeValid(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of names) {
    const parsed = nameSchema.safeParse(raw);
    if (parsed.success && !out.includes(parsed.data)) out.push(parsed.data);
    if (out.length === WATCHLIST_MAX) break;
  }
  return out;
}

/** The names in a stored record; undefined when it cannot be read (damaged, another version). */
function parseDocument(raw: string): string[] | undefined {
  try {
    const parsed = documentSchema.safeParse(JSON.parse(raw));
    return parsed.success ? dedupeValid(parsed.data.hashtags) : undefined;
  } catch {
    return undefined;
  }
}

// ---- the external store ----

const listeners = new Set<() => void>();
/** Used when localStorage refuses a write, so starring still works for this session. */
let memoryRaw: string | undefined;
/** Set when an unreadable record could not be backed up: storage is then never written. */
let storageBlocked = false;
/**
 * Nothing starred: one array for the server, the render that hydrates and this browser's empty list, so
 * a visitor with no stars has no star re-rendered after hydration (useSyncExternalStore compares them).
 */
const NONE: readonly string[] = [];
let cache: { raw: string | undefined; list: readonly string[] } = { raw: undefined, list: NONE };

function currentRaw(): string | undefined {
  return memoryRaw ?? readStorage(WATCHLIST_STORAGE_KEY);
}

/** The starred names (a stable array until the list changes). */
export function readWatchlist(): readonly string[] {
  const raw = currentRaw();
  if (raw !== cache.raw) {
    const list = raw === undefined ? [] : parseDocument(raw);
    if (list === undefined && raw !== undefined && !keepUnreadable(WATCHLIST_STORAGE_KEY, raw, 'watchlist'))
      storageBlocked = true;
    cache = { raw, list: list?.length ? list : NONE };
  }
  return cache.list;
}

function writeWatchlist(list: readonly string[]): void {
  const raw = JSON.stringify({ version: WATCHLIST_VERSION, hashtags: list });
  if (!storageBlocked && writeStorage(WATCHLIST_STORAGE_KEY, raw)) memoryRaw = undefined;
  else memoryRaw = raw;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === WATCHLIST_STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export type ToggleResult = 'added' | 'removed' | 'full' | 'invalid';

/** Stars or unstars `name`; refuses a 51st star with 'full'. */
export function toggleWatch(name: string): ToggleResult {
  const parsed = nameSchema.safeParse(name);
  if (!parsed.success) return 'invalid';
  const list = readWatchlist();
  if (list.includes(parsed.data)) {
    writeWatchlist(list.filter((n) => n !== parsed.data));
    return 'removed';
  }
  if (list.length >= WATCHLIST_MAX) return 'full';
  writeWatchlist([...list, parsed.data]);
  return 'added';
}

export function removeFromWatchlist(name: string): void {
  const list = readWatchlist();
  const target = normaliseHashtagName(name);
  if (list.includes(target)) writeWatchlist(list.filter((n) => n !== target));
}

/** For tests: forget the in-memory fallback. */
export function resetWatchlistMemory(): void {
  memoryRaw = undefined;
  storageBlocked = false;
  cache = { raw: undefined, list: NONE };
}

// ---- sharing ----

/** `{"format":"hashtag-watchlist","version":1,"hashtags":[...],"exportedAt":"2025-11-12T09:00:00.000Z"}` */
export function exportWatchlist(now: number = Date.now()): string {
  return JSON.stringify(
    {
      format: WATCHLIST_FILE_FORMAT,
      version: WATCHLIST_VERSION,
      hashtags: readWatchlist(),
      exportedAt: new Date(now).toISOString(),
    },
    null,
    2,
  );
}

const fileSchema = z.object({
  format: z.literal(WATCHLIST_FILE_FORMAT, { error: 'not a hashtag watchlist file' }),
  version: z.literal(WATCHLIST_VERSION, { error: `unsupported version (this app reads version ${WATCHLIST_VERSION})` }),
  hashtags: z.array(z.unknown(), { error: '"hashtags" must be a list' }),
});

export interface ImportResult {
  /** Names newly starred, in file order. */
  added: string[];
  /** Plain-words problems: the whole file, or single entries that were skipped. */
  errors: string[];
}

/** Merges a watchlist file into the stored one: valid new names are added, the rest explained. */
export function importWatchlist(text: string): ImportResult {
  if (text.length > WATCHLIST_FILE_MAX_BYTES) return { added: [], errors: [fileTooLargeMessage()] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { added: [], errors: ['The file is not valid JSON.'] };
  }
  const file = fileSchema.safeParse(json);
  if (!file.success)
    return { added: [], errors: [`The file could not be read: ${file.error.issues[0]?.message ?? 'wrong shape'}.`] };

  const list = [...readWatchlist()];
  const added: string[] = [];
  const errors: string[] = [];
  const full: string[] = [];
  file.data.hashtags.forEach((entry, i) => {
    const parsed = nameSchema.safeParse(entry);
    if (!parsed.success) {
      errors.push(
        `Entry ${i + 1} skipped: ${typeof entry === 'string' ? parsed.error.issues[0]?.message : 'not a text'}.`,
      );
      return;
    }
    if (list.includes(parsed.data)) return;
    if (list.length >= WATCHLIST_MAX) {
      full.push(`#${parsed.data}`);
      return;
    }
    list.push(parsed.data);
    added.push(parsed.data);
  });
  if (full.length > 0)
    errors.push(`The watchlist holds ${WATCHLIST_MAX} hashtags at most; not added: ${full.join(', ')}.`);
  if (added.length > 0) writeWatchlist(list);
  return { added, errors };
}

// ---- hook ----

export interface Watchlist {
  hashtags: readonly string[];
  has: (name: string) => boolean;
  toggle: (name: string) => ToggleResult;
  remove: (name: string) => void;
  isFull: boolean;
}

const serverSnapshot = () => NONE;

/** The watchlist, kept in step across components and browser tabs. */
export function useWatchlist(): Watchlist {
  const hashtags = useSyncExternalStore(subscribe, readWatchlist, serverSnapshot);
  const has = useCallback((name: string) => hashtags.includes(normaliseHashtagName(name)), [hashtags]);
  return { hashtags, has, toggle: toggleWatch, remove: removeFromWatchlist, isFull: hashtags.length >= WATCHLIST_MAX };
}
