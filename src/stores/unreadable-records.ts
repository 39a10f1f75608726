import { useSyncExternalStore } from 'react';
import { readStorage, writeStorage } from '../lib/safe-storage';

/**
 * What this browser stores for people (the watchlist, the since-last-visit record) may be something
 * this version of the app cannot read: damaged JSON, or a newer version's format written by another
 * tab or a later deploy. Such a record is never thrown away: before a store writes over it, the exact
 * text is copied to `<key>.backup`, and the page says once that it could not be read.
 */

/** Where an unreadable record under `key` is kept, text for text. */
export const backupKey = (key: string) => `${key}.backup`;

/** Nothing reported: the same array as the server's, so nothing renders again after hydration. */
const NONE: readonly string[] = [];
/** The records named so far (in words: "watchlist"), for the notice. */
let reported: readonly string[] = NONE;
const listeners = new Set<() => void>();

function report(what: string): void {
  if (reported.includes(what)) return;
  reported = [...reported, what];
  // Found while a component renders (stores are read in render): tell the notice afterwards.
  queueMicrotask(() => listeners.forEach((listener) => listener()));
}

/**
 * Keeps the unreadable text `raw` found under `key` under {@link backupKey}. Said once: a record that
 * is already kept (an earlier visit found it) is not reported again. True when a copy exists, so the
 * store may write over `key`; false when the copy could not be written (storage full or refused): the
 * store must then leave `key` alone.
 */
export function keepUnreadable(key: string, raw: string, what: string): boolean {
  const backup = backupKey(key);
  if (readStorage(backup) === raw) return true;
  const kept = writeStorage(backup, raw);
  report(what);
  return kept;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The records this page could not read, in the order found ([] on the server). */
export function useUnreadableRecords(): readonly string[] {
  return useSyncExternalStore(
    subscribe,
    () => reported,
    () => NONE,
  );
}

/** For tests: forget what was reported. */
export function resetUnreadableRecords(): void {
  reported = NONE;
}
