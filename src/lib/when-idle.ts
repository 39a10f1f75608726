/** Longest wait for an idle moment before the task runs anyway. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * Runs `task` once the browser has an idle moment (or after {@link IDLE_TIMEOUT_MS}); a plain
 * timeout where requestIdleCallback is missing (Safari, jsdom). Returns a cancel function.
 */
export function whenIdle(task: () => void, timeout = IDLE_TIMEOUT_MS): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const timer = setTimeout(task, 0);
  return () => clearTimeout(timer);
}
