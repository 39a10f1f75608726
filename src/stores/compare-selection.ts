import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { COMPARE_MAX } from '../lib/deck-links';
import { readStorage, writeStorage } from '../lib/safe-storage';

export interface CompareSelection {
  /** Picked names in the order they were picked (that is the order Compare shows them in). */
  names: readonly string[];
  has: ReadonlySet<string>;
  /** {@link COMPARE_MAX} picked: the other rows cannot be picked until one is dropped. */
  isFull: boolean;
  set: (name: string, selected: boolean) => void;
  clear: () => void;
}

/**
 * Where the ticks live: this tab's sessionStorage. Not the URL (a shared explorer link should not
 * carry someone's half-made selection, and ticking should not add history entries), not component
 * state (gone after Back from Compare or a reload). The tab's storage survives both, paging and
 * sorting too, and never leaks into another tab or a link. The server renders no ticks; the browser
 * shows them after hydration.
 */
const STORAGE_KEY = 'compare-selection';
const NONE: readonly string[] = [];
const listeners = new Set<() => void>();

/** The selection when this browser refuses session storage (disabled, full): ticks still work until reload. */
let unstoredRaw: string | undefined;
let lastRaw: string | undefined;
let lastNames: readonly string[] = NONE;

function parse(raw: string | undefined): readonly string[] {
  if (!raw) return NONE;
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return NONE;
    const names = value.filter((v): v is string => typeof v === 'string' && v.length > 0);
    return [...new Set(names)].slice(0, COMPARE_MAX);
  } catch {
    return NONE;
  }
}

/** The same array for the same stored text, as useSyncExternalStore requires. */
export function readSelection(): readonly string[] {
  const raw = unstoredRaw ?? readStorage(STORAGE_KEY, 'session');
  if (raw !== lastRaw) {
    lastRaw = raw;
    lastNames = parse(raw);
  }
  return lastNames;
}

function writeSelection(names: readonly string[]) {
  const raw = JSON.stringify(names);
  unstoredRaw = writeStorage(STORAGE_KEY, raw, 'session') ? undefined : raw;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const serverSnapshot = () => NONE;

/** Hashtags ticked for comparison, kept by name so they survive paging, sorting, Back and reload. */
export function useCompareSelection(): CompareSelection {
  const names = useSyncExternalStore(subscribe, readSelection, serverSnapshot);
  const set = useCallback((name: string, selected: boolean) => {
    const current = readSelection();
    if (!selected) return writeSelection(current.filter((n) => n !== name));
    if (current.includes(name) || current.length >= COMPARE_MAX) return;
    writeSelection([...current, name]);
  }, []);
  const clear = useCallback(() => writeSelection(NONE), []);
  const has = useMemo(() => new Set(names), [names]);
  return { names, has, isFull: names.length >= COMPARE_MAX, set, clear };
}
