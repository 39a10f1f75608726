import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False while React hydrates the server's HTML (and on the server), true from the render after. For
 * what only this browser knows (stored stars, the last visit's ranking, its clock and APIs): read it
 * when this is true, so the first render in the browser draws what the server drew and nothing is
 * reported as a mismatch. React itself knows when it hydrates (the server snapshot is used then, and
 * only then): a part hydrated late (a lazy part's Suspense boundary) is still drawn as the server drew
 * it, and a component mounted later (a client-side navigation) sees true at once.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
