import { startTransition, useEffect, useState } from 'react';

/** Set once the app's first commit in the browser is done (src/app/app.tsx): later mounts read the browser at once. */
let appHydrated = false;

/** The app's first commit is done: components mounted from now on need not wait. */
export function markAppHydrated(): void {
  appHydrated = true;
}

/**
 * False while React hydrates the server's HTML (and on the server), true from a render after. For what
 * only this browser knows (stored stars, the last visit's ranking, its clock and APIs): read it when
 * this is true, so the first render in the browser draws what the server drew and nothing is reported
 * as a mismatch. The switch is a transition: the components that read it render again in slices of a
 * few milliseconds, not in one long task right after hydration. A component mounted later (a
 * client-side navigation) sees true at once.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(appHydrated);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}
