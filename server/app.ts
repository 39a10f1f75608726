import { Hono, type Context } from 'hono';
import { detailParamsSchema, listParamsSchema } from '../src/contract/api-params';
import { ApiFailure } from './api-failure';
import { clientAddress } from './client-address';
import { CACHE_API_DATA, CACHE_NONE, CACHE_REVALIDATE } from './cache-control';
import type { ServerConfig } from './config';
import { historyRoutes } from './history-routes';
import { createListRecorder } from './store/list-recorder';
import type { HistoryApi } from './store/types';
import { createDemoSource } from './demo/demo-source';
import { demoImageRoutes } from './demo/image-routes';
import { parseQuery } from './query-params';
import type { SourceAnswer, TrendsSource } from './trends-source';
import { DETAIL_PATH, LIST_PATH } from '../src/contract/api-routes';
import { DEFAULT_PROXY_POLICY, createProxySource, type ProxyPolicy } from './upstream/proxy-source';

/** Seams for tests (and nothing else): the network, the clock, waiting, logging, cache windows. */
export interface AppDeps {
  fetch?: typeof fetch;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
  policy?: Partial<ProxyPolicy>;
  /** The recorded history (issue 19); absent (the edge, tests, no store) = history routes answer 503. */
  history?: HistoryApi;
  /** The source the collector shares (same cache and rate limits); made here when absent. */
  source?: TrendsSource;
}

export function createSource(config: ServerConfig, deps: AppDeps): TrendsSource {
  if (!config.upstream) return createDemoSource();
  return createProxySource(config.upstream, {
    fetch: deps.fetch ?? globalThis.fetch,
    now: deps.now ?? Date.now,
    sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    log: deps.log ?? console.warn,
    policy: {
      ...DEFAULT_PROXY_POLICY,
      ...(config.cacheMaxBytes ? { maxBytes: config.cacheMaxBytes } : {}),
      ...deps.policy,
    },
    clientLimits: config.clientLimits,
  });
}

function sendAnswer(c: Context, answer: SourceAnswer) {
  c.header('Cache-Control', answer.staleAfterError ? CACHE_REVALIDATE : CACHE_API_DATA);
  c.header('X-RateLimit-Per-Second-Remaining', answer.rateLimitRemaining);
  if (answer.cache) c.header('X-Cache', answer.cache);
  if (answer.staleAfterError) c.header('X-Data-Stale', '1');
  return c.body(answer.json, 200, { 'Content-Type': 'application/json' });
}

/**
 * Our API, every route under /api (API.md section 2). Demo mode without `config.upstream`, proxy
 * mode with it. Query parameters are validated with the shared schemas before anything else.
 */
export function createApp(config: ServerConfig = {}, deps: AppDeps = {}) {
  const source = deps.source ?? createSource(config, deps);
  const log = deps.log ?? console.error;
  const now = deps.now ?? Date.now;
  const recordList = deps.history ? createListRecorder(deps.history, source.mode, { now, log }) : undefined;
  const app = new Hono();

  app.get('/api/health', (c) => {
    c.header('Cache-Control', CACHE_NONE);
    return c.json({ ok: true, mode: source.mode });
  });
  app.get('/api/meta', (c) => {
    c.header('Cache-Control', CACHE_REVALIDATE);
    // history: whether this server keeps a store at all (HISTORY=off, the edge build: no), so the
    // browser does not ask for what cannot come.
    return c.json({ mode: source.mode, history: deps.history !== undefined });
  });
  const asker = (c: Context) => ({ client: clientAddress(c, config.trustProxy ?? false) });
  app.get(`/api${LIST_PATH}`, async (c) => {
    const params = parseQuery(listParamsSchema, c.req.query());
    const answer = await source.list(params, asker(c));
    recordList?.(params, answer);
    return sendAnswer(c, answer);
  });
  app.get(`/api${DETAIL_PATH}`, async (c) =>
    sendAnswer(c, await source.detail(parseQuery(detailParamsSchema, c.req.query()), asker(c))),
  );
  app.route('/api/demo', demoImageRoutes());
  app.route('/api', historyRoutes(deps.history, { now, log }));

  app.notFound((c) => {
    c.header('Cache-Control', CACHE_NONE);
    return c.json({ code: 404, msg: `no such API route: ${c.req.method} ${c.req.path}` }, 404);
  });
  app.onError((error, c) => {
    const failure = error instanceof ApiFailure ? error : new ApiFailure(500, 'internal server error');
    if (!(error instanceof ApiFailure)) log(`[api] ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`);
    c.header('Cache-Control', CACHE_NONE);
    if (failure.retryAfterSeconds !== undefined) c.header('Retry-After', String(failure.retryAfterSeconds));
    return c.json(failure.toBody(), failure.status);
  });
  return app;
}
