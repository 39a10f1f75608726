import type { z } from 'zod/mini';
import { hashtagDetailDataSchema, hashtagListDataSchema } from '../../src/contract/schemas';
import { ApiFailure } from '../api-failure';
import type { UpstreamConfig } from '../config';
import type { CacheStatus, SourceAnswer, TrendsSource } from '../trends-source';
import { detailQuery, listQuery } from '../upstream-query';
import { DETAIL_PATH, LIST_PATH } from '../../src/contract/api-routes';
import { RateLimiter, acquireToken } from './rate-limiter';
import { ResponseCache, type CachePolicy } from './response-cache';
import { retryAfterSeconds } from './retry-after';
import { SingleFlight } from './single-flight';
import { UpstreamRateLimited, createUpstreamClient, type UpstreamResult } from './upstream-client';

export interface ProxyPolicy extends CachePolicy {
  /** How long a request may queue for a rate-limit token before it gets stale data or a 429. */
  maxTokenWaitMs: number;
  /** Pause after an upstream 429 that gave no usable Retry-After. */
  defaultRetryAfterSeconds: number;
}

export const DEFAULT_PROXY_POLICY: ProxyPolicy = {
  freshMs: 60_000,
  staleWhileRevalidateMs: 10 * 60_000,
  staleIfErrorMs: 60 * 60_000,
  maxEntries: 1_000,
  maxTokenWaitMs: 1_000,
  defaultRetryAfterSeconds: 1,
};

export interface ProxyDeps {
  fetch: typeof fetch;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  log: (line: string) => void;
  policy: ProxyPolicy;
}

const rateLimited = (waitMs: number) =>
  new ApiFailure(429, 'too many requests to the trends provider; try again shortly', { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) });

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Proxy mode. Order of business for one request: fresh cache → answer; stale-but-recent cache →
 * answer now and refresh in the background; otherwise one shared upstream call (single-flight),
 * gated by the Retry-After block and the rate limiter; if it fails, any cached copy beats an error.
 */
export function createProxySource(config: UpstreamConfig, deps: ProxyDeps): TrendsSource {
  const client = createUpstreamClient(config, deps.fetch);
  const cache = new ResponseCache<UpstreamResult>(deps.policy, deps.now);
  const flights = new SingleFlight<UpstreamResult>();
  const limiter = new RateLimiter(config.rps, deps.now);
  let blockedUntil = 0;

  async function fetchAndStore(key: string, path: string, query: URLSearchParams, schema: z.ZodMiniType): Promise<UpstreamResult> {
    const blockedMs = blockedUntil - deps.now();
    if (blockedMs > 0) throw rateLimited(blockedMs);
    const waitMs = await acquireToken(limiter, deps.policy.maxTokenWaitMs, deps.sleep);
    if (waitMs > 0) throw rateLimited(waitMs);
    try {
      const result = await client.call(path, query, schema);
      cache.store(key, result);
      return result;
    } catch (error) {
      if (!(error instanceof UpstreamRateLimited)) throw error;
      const seconds = retryAfterSeconds(error.retryAfterHeader, deps.now(), deps.policy.defaultRetryAfterSeconds);
      blockedUntil = Math.max(blockedUntil, deps.now() + seconds * 1000);
      throw rateLimited(seconds * 1000);
    }
  }

  function answer(result: UpstreamResult, cacheStatus: CacheStatus): SourceAnswer {
    const fromUpstream = cacheStatus === 'MISS' && result.rateLimitRemaining;
    return { json: result.json, rateLimitRemaining: fromUpstream || String(limiter.remaining()), cache: cacheStatus };
  }

  async function get(path: string, query: URLSearchParams, schema: z.ZodMiniType): Promise<SourceAnswer> {
    const key = `${path}?${query}`;
    const cached = cache.lookup(key);
    const refresh = () => flights.run(key, () => fetchAndStore(key, path, query, schema));

    if (cached?.freshness === 'fresh') return answer(cached.value, 'HIT');
    if (cached?.freshness === 'revalidate') {
      refresh().catch((error: unknown) => {
        if (!(error instanceof ApiFailure && error.status === 429)) deps.log(`[upstream] background refresh of ${path} failed: ${describe(error)}`);
      });
      return answer(cached.value, 'STALE');
    }
    try {
      return answer(await refresh(), 'MISS');
    } catch (error) {
      if (!cached) throw error;
      deps.log(`[upstream] ${path} failed, serving a cached copy: ${describe(error)}`);
      return { ...answer(cached.value, 'STALE'), staleAfterError: true };
    }
  }

  return {
    mode: 'live',
    list: (params) => get(LIST_PATH, listQuery(params), hashtagListDataSchema),
    detail: (params) => get(DETAIL_PATH, detailQuery(params), hashtagDetailDataSchema),
    spareCalls: () => (blockedUntil > deps.now() ? 0 : limiter.remaining()),
  };
}
