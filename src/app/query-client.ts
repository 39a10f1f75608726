import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from '../api/api-error';

/**
 * What every query shares, set here once (an endpoint's queryOptions in src/api sets only what is its
 * own): data stays fresh for 5 minutes and in memory for 30; failures are retried only when the error
 * says a retry can help and still fits the wait budget (api-error.ts); coming back to the tab does not
 * refetch.
 */
export const QUERY_DEFAULTS = {
  staleTime: 5 * 60_000,
  gcTime: 30 * 60_000,
  retry: shouldRetry,
  retryDelay,
  refetchOnWindowFocus: false,
} satisfies DefaultOptions['queries'];

/** The app's query client; `overrides` for tests (a cache that is never collected, say). */
export function createQueryClient(overrides: DefaultOptions['queries'] = {}): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { ...QUERY_DEFAULTS, ...overrides } } });
}
