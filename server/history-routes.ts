import { Hono, type Context } from 'hono';
import { historyChangesParamsSchema, historyHashtagParamsSchema } from '../src/contract/api-params';
import { HISTORY_CHANGES_PATH, HISTORY_HASHTAG_PATH } from '../src/contract/history';
import { ApiFailure } from './api-failure';
import { CACHE_REVALIDATE } from './cache-control';
import { parseQuery } from './query-params';
import type { HistoryApi } from './store/types';

export const HISTORY_UNAVAILABLE = 'history unavailable';

/**
 * GET /api/history/hashtag and /api/history/changes (issue 19). Parameters are validated first (400
 * naming the parameter), like the other routes. Without a store, or when it cannot be reached, they
 * answer 503 and everything else keeps working.
 */
export function historyRoutes(
  history: HistoryApi | undefined,
  deps: { now: () => number; log: (line: string) => void },
) {
  const routes = new Hono();

  async function ask<T>(c: Context, read: (store: HistoryApi) => Promise<T>) {
    if (!history) throw new ApiFailure(503, `${HISTORY_UNAVAILABLE}: this server runs without a store`);
    let info: T;
    try {
      info = await read(history);
    } catch (error) {
      deps.log(`[history] ${c.req.path}: ${error instanceof Error ? error.message : String(error)}`);
      throw new ApiFailure(503, `${HISTORY_UNAVAILABLE}: the store cannot be reached; live data is not affected`, {
        retryAfterSeconds: 30,
      });
    }
    c.header('Cache-Control', CACHE_REVALIDATE);
    return c.json({ code: 0, msg: 'OK', data: { info } });
  }

  routes.get(HISTORY_HASHTAG_PATH, (c) => {
    const params = parseQuery(historyHashtagParamsSchema, c.req.query());
    return ask(c, (store) => store.hashtagHistory(params, deps.now()));
  });
  routes.get(HISTORY_CHANGES_PATH, (c) => {
    const params = parseQuery(historyChangesParamsSchema, c.req.query());
    return ask(c, (store) => store.changes(params));
  });
  return routes;
}
