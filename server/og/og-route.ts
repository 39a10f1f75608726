import { Hono, type Context } from 'hono';
import { askApiAs, type ApiApp } from '../in-process-api';
import { DETAIL_PATH, apiUrl, detailParams } from '../../src/contract/api-routes';
import { CHART_SIZE, DEFAULT_PAGE_SIZE } from '../../src/contract/constants';
import type { TrendScope } from '../../src/contract/filter-params';
import { ogImageHref, viewOfImagePath, type PageView } from '../../src/contract/page-view';
import { hashtagDetailDataSchema } from '../../src/contract/schemas';
import { BoundedMap } from '../bounded-map';
import { CACHE_API_DATA, CACHE_NONE, CACHE_REVALIDATE } from '../cache-control';
import type { ApiFetch } from '../in-process-api';
import { askWithin, chartRank, listWithin } from './og-data';
import type { OgData } from './og-card';
import { ogCard } from './og-card';
import { createOgRenderer, type DrawPng } from './og-renderer';

/**
 * `GET /og/<page path>.png?<page query>`: the link-preview picture of a page (`og:image`, written by
 * server/pages/page-head.ts), drawn from the same data as the page, asked of our API in-process with the
 * asking client's address (same validation, cache and per-client limits as `/api`).
 *
 * Kept in memory per normalised URL (`ogImageHref` of the view: `?utm=x`, parameter order and defaults
 * make no second picture) for as long as a CDN may keep it (`s-maxage`), and identical requests drawn
 * at the same time are drawn once. A picture drawn without some of its data (too slow, refused, over the
 * client's allowance) or from data saved after a provider failure is sent `no-cache` and kept 15 s.
 * At most 2 pictures are drawn at once and 16 wait; past that, 503 with `Retry-After`.
 */

/** How long a picture waits for its data: an unfurler waits for seconds, no person is looking at a blank page. */
export const OG_DATA_WAIT_MS = 3000;
/** A complete picture is kept as long as a CDN may keep its data (`s-maxage=300`). */
const KEEP_MS = 300_000;
/** One drawn without some of its data is kept briefly, so asking again and again does not draw again and again. */
const KEEP_INCOMPLETE_MS = 15_000;
/** Pictures drawn at once (the machine's cores), and waiting for a turn; past that the answer is 503. */
const MAX_DRAWING = 2;
const MAX_WAITING = 16;

/** Runs `task` when one of {@link MAX_DRAWING} slots is free; undefined at once when too many are waiting. */
function drawingSlots() {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T | undefined> => {
    if (active >= MAX_DRAWING) {
      if (waiting.length >= MAX_WAITING) return undefined;
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    active += 1;
    try {
      return await task();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}

interface Drawn {
  png: Uint8Array;
  cacheControl: string;
  drawMs: number;
  expiresAt: number;
}

interface Fetched {
  data: OgData;
  complete: boolean;
}

async function detailOf(name: string, scope: TrendScope, fetchApi: ApiFetch) {
  const answer = await askWithin(fetchApi, apiUrl(DETAIL_PATH, detailParams({ name, ...scope })), OG_DATA_WAIT_MS);
  if (!answer) return undefined;
  const parsed = hashtagDetailDataSchema.safeParse(answer.data);
  return parsed.success ? { detail: parsed.data.info, stale: answer.stale } : undefined;
}

/** The data the picture of `view` shows. */
async function fetchData(view: PageView, fetchApi: ApiFetch): Promise<Fetched> {
  switch (view.kind) {
    case 'hashtag': {
      const [found, rank] = await Promise.all([
        detailOf(view.name, view.scope, fetchApi),
        chartRank(view.name, view.scope, fetchApi, OG_DATA_WAIT_MS),
      ]);
      return { data: { detail: found?.detail, rank }, complete: found !== undefined && !found.stale };
    }
    case 'compare':
    case 'deck': {
      const scope = view.kind === 'compare' ? view.scope : view.filters;
      if (view.kind === 'compare' || view.tags.length > 0) {
        const names = view.tags.slice(0, 5);
        const found = await Promise.all(names.map((name) => detailOf(name, scope, fetchApi)));
        const curves = names.flatMap((_, i) => {
          const detail = found[i]?.detail;
          return detail ? [{ name: detail.hashtag_name, trend: detail.trend }] : [];
        });
        return { data: { curves }, complete: found.every((f) => f !== undefined && !f.stale) };
      }
      // the deck of the top hashtags: the deck's own list request (100 rows), so the two share the cache
      const list = await listWithin({ ...view.filters, page: 1, limit: CHART_SIZE }, fetchApi, OG_DATA_WAIT_MS);
      return { data: { rows: list?.list.list }, complete: list !== undefined && !list.stale };
    }
    case 'explorer': {
      // the explorer's first request, so a picture costs no provider call the page has not made
      const query = { ...view.filters, page: 1, limit: DEFAULT_PAGE_SIZE };
      const list = await listWithin(query, fetchApi, OG_DATA_WAIT_MS);
      return { data: { rows: list?.list.list }, complete: list !== undefined && !list.stale };
    }
    case 'watchlist':
    case 'not-found':
      return { data: {}, complete: true };
  }
}

export interface OgRouteOptions {
  /** Our API, asked on behalf of the client asking for the picture. */
  askApi: (c: Context) => ApiFetch;
  draw?: DrawPng;
  now?: () => number;
}

/** The handler of `/og/*`; 404 for a path that is no page's picture. */
export function ogImageRoute({ askApi, draw = createOgRenderer(), now = Date.now }: OgRouteOptions) {
  const kept = new BoundedMap<string, Drawn>(500, { maxWeight: 48 * 1024 * 1024, weigh: (_, v) => v.png.byteLength });
  const drawing = new Map<string, Promise<Drawn | undefined>>();
  const inSlot = drawingSlots();

  const drawView = async (view: PageView, fetchApi: ApiFetch): Promise<Drawn | undefined> => {
    const { data, complete } = await fetchData(view, fetchApi);
    return inSlot(async () => {
      const started = performance.now();
      const png = await draw(ogCard(view, data));
      return {
        png,
        cacheControl: complete ? CACHE_API_DATA : CACHE_REVALIDATE,
        drawMs: performance.now() - started,
        expiresAt: now() + (complete ? KEEP_MS : KEEP_INCOMPLETE_MS),
      };
    });
  };

  return async (c: Context): Promise<Response> => {
    const url = new URL(c.req.url);
    const view = viewOfImagePath(url.pathname, url.searchParams);
    if (!view) return c.text('Not Found', 404);
    const key = ogImageHref(view);
    const cached = kept.get(key);
    const hit = cached !== undefined && cached.expiresAt > now();
    let result: Drawn;
    if (cached && hit) result = cached;
    else {
      let pending = drawing.get(key);
      if (!pending) {
        pending = drawView(view, askApi(c)).finally(() => drawing.delete(key));
        drawing.set(key, pending);
      }
      const drawn = await pending;
      if (!drawn) {
        return c.text('Too many pictures being drawn', 503, { 'Retry-After': '5', 'Cache-Control': CACHE_NONE });
      }
      result = drawn;
      kept.set(key, result);
    }
    return c.body(new Uint8Array(result.png), 200, {
      'Content-Type': 'image/png',
      'Cache-Control': result.cacheControl,
      // Unfurlers fetch it from their servers; a page elsewhere may show it too.
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'X-OG-Cache': hit ? 'HIT' : 'MISS',
      'Server-Timing': `draw;dur=${result.drawMs.toFixed(1)}`,
    });
  };
}

/**
 * The pictures as an app of their own beside our API app, for Vite's dev and preview servers
 * (tooling/vite/dev-api.ts): the same route as the production server's.
 */
export function ogImageApp(api: ApiApp, draw?: DrawPng) {
  const app = new Hono();
  app.get('/og/*', ogImageRoute({ askApi: askApiAs(api), draw }));
  return app;
}
