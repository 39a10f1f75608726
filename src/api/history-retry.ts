import { ApiError, shouldRetry } from './api-error';

/**
 * How long the browser waits for a history answer. History comes from our own database and is never
 * what a page is for: a slow answer is shown as "History unavailable" rather than held up for the
 * 12 s a provider answer may take (the deck waits for it before counting its slides).
 */
export const HISTORY_TIMEOUT_MS = 5_000;

/**
 * Retries as every query does, except a 503: the server says it has no store or cannot reach it
 * (with Retry-After: 30), which another try within seconds will not change.
 */
export function shouldRetryHistory(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status === 503) return false;
  return shouldRetry(failureCount, error);
}
