import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False while React hydrates the server's HTML (and on the server), true from the render after. For
 * what only this browser knows (stored stars, the last visit's ranking): read it when this is true, so
 * the first render in the browser draws what the server drew and nothing is reported as a mismatch.
 * A component mounted later (a client-side navigation) sees true at once.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
