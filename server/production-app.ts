import { Hono, type Context } from 'hono';
import { createApp, type AppDeps } from './app';
import { compressResponse } from './compression';
import { DEFAULT_EMBED_ANCESTORS, type ServerConfig } from './config';
import { httpsRedirect, securityHeaders } from './security-headers';
import { chartRank, detailPageData } from './pages/page-data';
import { hashtagOfPath } from '../src/contract/page-view';
import { parseScope } from '../src/contract/filter-params';
import { askApiAs } from './in-process-api';
import { ogImageRoute } from './og/og-route';
import type { DrawPng } from './og/og-renderer';
import { serveDist } from './static/serve-dist';
import { embedPages } from './embed/embed-pages';
import { oembedRoute } from './embed/oembed-route';

export interface ProductionOptions {
  /** The built SPA (vite's dist/). */
  distDir: string;
  config: ServerConfig;
  deps?: AppDeps;
  /** The link-preview picture's renderer (og/og-renderer.ts); made on first use when absent. */
  drawOgImage?: DrawPng;
}

/**
 * How long a hashtag page waits for its detail before it is sent without (page-data.ts): demo data
 * and the server's cache answer in a millisecond or two; a provider call can take seconds, and then
 * the page goes out at once and the browser asks for the data itself.
 */
export const PAGE_DATA_WAIT_MS = 300;

/** Where pages' absolute URLs point without `PUBLIC_ORIGIN` (config.ts reads it with the port). */
export const DEFAULT_PUBLIC_ORIGIN = 'http://localhost:3000';

/** What `npm start` serves on one port: /api plus the SPA, all with security headers, compressed. */
export function createProductionApp({ distDir, config, deps, drawOgImage }: ProductionOptions) {
  const api = createApp(config, deps);
  const app = new Hono();
  app.use(securityHeaders({ embedAncestors: config.embedAncestors ?? DEFAULT_EMBED_ANCESTORS }));
  if (config.trustProxy) app.use(httpsRedirect());
  // A page's data comes from the API in-process, charged to the client asking for the page.
  const askApi = askApiAs(api);
  const files = serveDist(distDir, {
    publicOrigin: config.publicOrigin ?? DEFAULT_PUBLIC_ORIGIN,
    pageData: (url, c) => detailPageData(url, askApi(c), PAGE_DATA_WAIT_MS),
    // the rank in a hashtag page's title ("#chatgpt: #3 in United States, …"): its country's top 100,
    // asked in parallel with the detail and within the same wait
    pageRank: (url, c) => {
      const name = hashtagOfPath(url.pathname);
      return name
        ? chartRank(name, parseScope(url.searchParams), askApi(c), PAGE_DATA_WAIT_MS)
        : Promise.resolve(undefined);
    },
  });
  const ogImages = ogImageRoute({ askApi, draw: drawOgImage });
  const toApi = async (c: Context) => compressResponse(c.req.raw, await api.fetch(c.req.raw, c.env));
  app.all('/api', toApi);
  app.all('/api/*', toApi);
  app.get('/og/*', ogImages);
  app.get('/oembed', oembedRoute(config.publicOrigin ?? DEFAULT_PUBLIC_ORIGIN));
  app.on(['GET', 'HEAD'], ['/embed', '/embed/*'], embedPages(distDir));
  app.all('*', async (c) => compressResponse(c.req.raw, await files(c)));
  return app;
}
