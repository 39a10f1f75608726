import type { z } from 'zod/mini';
import { hashtagDetailDataSchema, hashtagListDataSchema } from '../../src/contract/schemas';
import { ApiFailure } from '../api-failure';
import { DEFAULT_CACHE_MAX_BYTES, DEFAULT_CLIENT_LIMITS, type ClientLimits, type UpstreamConfig } from '../config';
import type { Asker, CacheStatus, SourceAnswer, TrendsSource } from '../trends-source';
import { upstreamDetailSearch, upstreamListSearch } from '../upstream-query';
import { DETAIL_PATH, LIST_PATH } from '../../src/contract/api-routes';
import { ClientBudgets, FairQueue, TurnRefused, type FairQueueLimits } from './fair-share';
import { ProviderRefusal } from './parse-upstream-body';
import { RateLimiter } from './rate-limiter';
import { ResponseCache, type CachePolicy } from './response-cache';
import { retryAfterSeconds } from './retry-after';
import { SingleFlight } from './single-flight';
import { UpstreamRateLimited, createUpstreamClient, type UpstreamResult } from './upstream-client';

export interface ProxyPolicy extends CachePolicy, FairQueueLimits {
  /** Pause after an upstream 429 that gave no usable Retry-After. */
  defaultRetryAfterSeconds: number;
}

export const DEFAULT_PROXY_POLICY: ProxyPolicy = {
  freshMs: 60_000,
  staleWhileRevalidateMs: 10 * 60_000,
  staleIfErrorMs: 60 * 60_000,
  refusalMs: 60_000,
  maxEntries: 1_000,
  maxBytes: DEFAULT_CACHE_MAX_BYTES,
  maxTokenWaitMs: 1_000,
  maxQueuedPerClient: 10,
  maxQueued: 1_000,
  defaultRetryAfterSeconds: 1,
};

export interface ProxyDeps {
  fetch: typeof fetch;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  log: (line: string) => void;
  policy: ProxyPolicy;
  clientLimits?: ClientLimits;
}

const seconds = (waitMs: number) => Math.max(1, Math.ceil(waitMs / 1000));

const providerBusy = (waitMs: number) =>
  new ApiFailure(429, 'too many requests to the trends provider; try again shortly', {
    retryAfterSeconds: seconds(waitMs),
  });

/** This client has used its share of provider calls; `client` says whose share ran out. */
class ClientLimited extends ApiFailure {
  constructor(
    readonly client: string,
    waitMs: number,
    why: string,
  ) {
    super(429, `${why}; answers already cached are not limited, try again in ${seconds(waitMs)} s`, {
      retryAfterSeconds: seconds(waitMs),
    });
  }
}

type Cached = UpstreamResult | ProviderRefusal;

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Proxy mode. Order of business for one request: fresh cache (data, or the provider's refusal of the
 * same request) → answer; stale-but-recent cache → answer now and refresh in the background;
 * otherwise join the call under way for the same query (free), or start one: charged to the asking
 * client's allowance (ClientBudgets), then waiting for its turn at the provider's rate (FairQueue),
 * gated by the Retry-After block. If it fails, any cached copy beats an error.
 */
export function createProxySource(config: UpstreamConfig, deps: ProxyDeps): TrendsSource {
  const client = createUpstreamClient(config, deps.fetch);
  const cache = new ResponseCache<Cached>(deps.policy, deps.now, (value) =>
    value instanceof ProviderRefusal ? 256 + Buffer.byteLength(value.message) : Buffer.byteLength(value.json),
  );
  const flights = new SingleFlight<UpstreamResult>();
  const limiter = new RateLimiter(config.rps, deps.now);
  const budgets = new ClientBudgets(deps.clientLimits ?? DEFAULT_CLIENT_LIMITS, deps.now);
  const queue = new FairQueue(limiter, deps.policy, deps.now, deps.sleep);
  let blockedUntil = 0;

  async function waitForTurn(asker: string): Promise<void> {
    const budgetWait = budgets.take(asker);
    if (budgetWait > 0) throw new ClientLimited(asker, budgetWait, 'too many uncached requests from your address');
    try {
      await queue.turn(asker);
    } catch (error) {
      budgets.refund(asker);
      if (error instanceof TurnRefused)
        throw new ClientLimited(asker, error.waitMs, 'too many of your requests are waiting for the trends provider');
      throw error;
    }
  }

  async function fetchAndStore(
    key: string,
    path: string,
    query: URLSearchParams,
    schema: z.ZodMiniType,
    asker: string,
  ): Promise<UpstreamResult> {
    if (blockedUntil > deps.now()) throw providerBusy(blockedUntil - deps.now());
    await waitForTurn(asker);
    if (blockedUntil > deps.now()) throw providerBusy(blockedUntil - deps.now());
    try {
      const result = await client.call(path, query, schema);
      cache.store(key, result);
      return result;
    } catch (error) {
      if (error instanceof ProviderRefusal) {
        // Asking again would get the same refusal: remembered like data, unless there is data to fall back on.
        const existing = cache.lookup(key);
        if (!existing || existing.lifetime === 'refusal') cache.store(key, error, 'refusal');
      }
      if (!(error instanceof UpstreamRateLimited)) throw error;
      const waitSeconds = retryAfterSeconds(error.retryAfterHeader, deps.now(), deps.policy.defaultRetryAfterSeconds);
      blockedUntil = Math.max(blockedUntil, deps.now() + waitSeconds * 1000);
      throw providerBusy(waitSeconds * 1000);
    }
  }

  function answer(result: UpstreamResult, cacheStatus: CacheStatus): SourceAnswer {
    const fromUpstream = cacheStatus === 'MISS' && result.rateLimitRemaining;
    return { json: result.json, rateLimitRemaining: fromUpstream || String(limiter.remaining()), cache: cacheStatus };
  }

  async function get(path: string, query: URLSearchParams, schema: z.ZodMiniType, asker: Asker): Promise<SourceAnswer> {
    const key = `${path}?${query}`;
    const cached = cache.lookup(key);
    if (cached?.value instanceof ProviderRefusal) throw cached.value;
    const data = cached?.value as UpstreamResult | undefined;
    // A call already under way for this query is joined at no cost; only a new call is charged to the asker.
    const refresh = (payer: string) =>
      flights.join(key) ?? flights.run(key, () => fetchAndStore(key, path, query, schema, payer));

    if (data && cached?.freshness === 'fresh') return answer(data, 'HIT');
    if (data && cached?.freshness === 'revalidate') {
      refresh(asker.client).catch((error: unknown) => {
        if (!(error instanceof ApiFailure && error.status === 429))
          deps.log(`[upstream] background refresh of ${path} failed: ${describe(error)}`);
      });
      return answer(data, 'STALE');
    }
    try {
      try {
        return answer(await refresh(asker.client), 'MISS');
      } catch (error) {
        // Joined a call that another client's allowance refused: make our own, on our allowance.
        if (error instanceof ClientLimited && error.client !== asker.client)
          return answer(await refresh(asker.client), 'MISS');
        throw error;
      }
    } catch (error) {
      if (!data) throw error;
      deps.log(`[upstream] ${path} failed, serving a cached copy: ${describe(error)}`);
      return { ...answer(data, 'STALE'), staleAfterError: true };
    }
  }

  return {
    mode: 'live',
    list: (params, asker) => get(LIST_PATH, upstreamListSearch(params), hashtagListDataSchema, asker),
    detail: (params, asker) => get(DETAIL_PATH, upstreamDetailSearch(params), hashtagDetailDataSchema, asker),
    spareCalls: () => (blockedUntil > deps.now() ? 0 : limiter.remaining()),
  };
}
