import type { QueryClient } from '@tanstack/react-query';
import { ApiError, shouldRetry } from './api-error';
import { metaOptions } from './meta';

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

/**
 * Before a history request: a server without a store (HISTORY=off, the edge build) says so in
 * /api/meta, and then no request is made, since it could only answer 503 (and log an error in the
 * console). The page shows "History unavailable" as for a 503. Unknown (meta failed): ask anyway.
 */
export async function ensureHistoryOffered(client: QueryClient): Promise<void> {
  const meta = await client.ensureQueryData(metaOptions).catch(() => undefined);
  if (meta && !meta.history) throw new ApiError({ kind: 'server', status: 503, message: NO_HISTORY });
}

const NO_HISTORY = 'history unavailable: this server keeps no history';

/** The error of {@link ensureHistoryOffered}: what this server is, not a failure (a page showing it is complete). */
export function isNoHistoryError(error: unknown): boolean {
  return error instanceof ApiError && error.message === NO_HISTORY;
}
