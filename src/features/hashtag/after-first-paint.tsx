import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { usePrinting } from '../../lib/use-printing';
import { whenIdle } from '../../lib/when-idle';

/** Longest wait for an idle moment before the deferred part mounts anyway. */
const IDLE_TIMEOUT_MS = 1500;

/**
 * Shows `fallback` until the browser has had an idle moment after this mounted (or
 * {@link IDLE_TIMEOUT_MS} passed), then `children`, rendered in a transition (in slices of a few
 * milliseconds). For secondary sections that start requests of their own (the stage's rank lookup,
 * rank and stage by period: four more requests and three 100-row lists to parse): started at once,
 * they delayed the page's first chart by about a third. And for the page below its headline figures,
 * which then comes in a task of its own rather than in the one that draws the top of the page.
 * Printing does not wait: the children come at once, in the `beforeprint` handler's render.
 */
export function AfterFirstPaint({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [ready, setReady] = useState(false);
  const printing = usePrinting();
  if (printing && !ready) setReady(true);
  useEffect(() => whenIdle(() => startTransition(() => setReady(true)), IDLE_TIMEOUT_MS), []);
  return ready ? children : fallback;
}
