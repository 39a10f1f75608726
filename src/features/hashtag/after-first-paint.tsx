import { useEffect, useState, type ReactNode } from 'react';
import { whenIdle } from '../../lib/when-idle';

/** Longest wait for an idle moment before the deferred part mounts anyway. */
const IDLE_TIMEOUT_MS = 1500;

/**
 * Shows `fallback` until the browser has had an idle moment after this mounted (or
 * {@link IDLE_TIMEOUT_MS} passed), then `children`. For secondary sections that start requests of
 * their own (the stage's rank lookup, rank and stage by period: four more requests and three 100-row
 * lists to parse): started at once, they delayed the page's first chart by about a third.
 */
export function AfterFirstPaint({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => whenIdle(() => setReady(true), IDLE_TIMEOUT_MS), []);
  return ready ? children : fallback;
}
