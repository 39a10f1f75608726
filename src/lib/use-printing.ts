import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed, from `beforeprint` to `afterprint`.
 *
 * Chromium lays the page out for paper as soon as the `beforeprint` handlers have returned, so
 * whatever a printout needs (every chart, drawn at the paper's width) must be in the DOM by then:
 * the change is rendered with `flushSync`, inside the handler, not in a later task.
 */
let printing = false;
const listeners = new Set<() => void>();

function setPrinting(next: boolean) {
  if (printing === next) return;
  printing = next;
  flushSync(() => listeners.forEach((listener) => listener()));
}
const onBeforePrint = () => setPrinting(true);
const onAfterPrint = () => setPrinting(false);

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
    }
  };
}

/** true between `beforeprint` and `afterprint` (never on the server). */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
}
