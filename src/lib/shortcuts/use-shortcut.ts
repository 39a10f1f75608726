import { useEffect, useRef, useSyncExternalStore } from 'react';
import { readStorage, writeStorage } from '../safe-storage';
import { createMatcher, type AppShortcutId } from './registry';

/**
 * The shortcuts at work: which component handles which shortcut now (`useShortcut`), the one
 * keydown listener that dispatches to them (`listenForShortcuts`), and the on/off switch, stored in
 * this browser. Nothing here runs during a render except the switch's hook, which reads storage only
 * through useSyncExternalStore (the server, and the first render, see "on").
 */

/** A handler may answer false: "nothing to do here", so the key keeps its default action. */
export type ShortcutHandler = () => boolean | void;

const handlers = new Map<AppShortcutId, ShortcutHandler[]>();

/** Runs the handler registered last for `id`; true when one ran and did not decline. */
export function runShortcut(id: AppShortcutId): boolean {
  const stack = handlers.get(id);
  const handler = stack?.[stack.length - 1];
  return handler ? handler() !== false : false;
}

export function hasShortcutHandler(id: AppShortcutId): boolean {
  return (handlers.get(id)?.length ?? 0) > 0;
}

/**
 * Registers `handler` for the shortcut `id` while `enabled` (and the component is mounted). The
 * latest registration wins (a dialog's over a page's); the latest `handler` is always the one called.
 */
export function useShortcut(id: AppShortcutId, handler: ShortcutHandler, enabled = true): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => {
    if (!enabled) return;
    const entry: ShortcutHandler = () => ref.current();
    const stack = handlers.get(id) ?? [];
    handlers.set(id, [...stack, entry]);
    return () => {
      handlers.set(id, handlers.get(id)?.filter((h) => h !== entry) ?? []);
    };
  }, [id, enabled]);
}

// ---- the on/off switch ----

export const SHORTCUTS_STORAGE_KEY = 'trends.shortcuts';
const switchListeners = new Set<() => void>();

export function shortcutsEnabled(): boolean {
  return readStorage(SHORTCUTS_STORAGE_KEY) !== 'off';
}

export function setShortcutsEnabled(on: boolean): void {
  writeStorage(SHORTCUTS_STORAGE_KEY, on ? 'on' : 'off');
  switchListeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  switchListeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === SHORTCUTS_STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    switchListeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Whether shortcuts are on; "on" on the server and in the first render (hydration), then the stored choice. */
export function useShortcutsEnabled(): boolean {
  return useSyncExternalStore(subscribe, shortcutsEnabled, () => true);
}

// ---- the listener ----

let listening = 0;
const match = createMatcher();

function onKeyDown(event: KeyboardEvent) {
  const result = match(event, shortcutsEnabled());
  if (result && 'id' in result && runShortcut(result.id as AppShortcutId)) event.preventDefault();
}

/** Starts the one keydown listener (counted: two components may ask); returns its stop. */
export function listenForShortcuts(): () => void {
  if (listening++ === 0) window.addEventListener('keydown', onKeyDown);
  return () => {
    if (--listening === 0) window.removeEventListener('keydown', onKeyDown);
  };
}
