import { Hono, type Context } from 'hono';
import { createApp, type AppDeps } from './app';
import { compressResponse } from './compression';
import { DEFAULT_EMBED_ANCESTORS, type ServerConfig } from './config';
import { httpsRedirect, securityHeaders } from './security-headers';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderPage } from '../src/entry-server';
import { askApiAs } from './in-process-api';
import { PAGE_DATA_WAIT_MS, pageRoute } from './pages/render-page';
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
  /** How long a page waits for its data (default {@link PAGE_DATA_WAIT_MS}); tests that need all of it wait longer. */
  pageDataWaitMs?: number;
}

/** Where pages' absolute URLs point without `PUBLIC_ORIGIN` (config.ts reads it with the port). */
export const DEFAULT_PUBLIC_ORIGIN = 'http://localhost:3000';

/** What `npm start` serves on one port: /api plus the SPA, all with security headers, compressed. */
export function createProductionApp({
  distDir,
  config,
  deps,
  drawOgImage,
  pageDataWaitMs = PAGE_DATA_WAIT_MS,
}: ProductionOptions) {
  const api = createApp(config, deps);
  const app = new Hono();
  app.use(securityHeaders({ embedAncestors: config.embedAncestors ?? DEFAULT_EMBED_ANCESTORS }));
  if (config.trustProxy) app.use(httpsRedirect());
  // A page's data comes from the API in-process, charged to the client asking for the page.
  const askApi = askApiAs(api);
  let template: Promise<string> | undefined;
  const pages = pageRoute({
    // read once: the build does not change under a running server
    template: () => (template ??= readFile(join(distDir, 'index.html'), 'utf8')),
    render: renderPage,
    publicOrigin: config.publicOrigin ?? DEFAULT_PUBLIC_ORIGIN,
    askApi,
    waitMs: pageDataWaitMs,
    cache: true,
  });
  const files = serveDist(distDir, { page: pages });
  const ogImages = ogImageRoute({ askApi, draw: drawOgImage });
  const toApi = async (c: Context) => compressResponse(c.req.raw, await api.fetch(c.req.raw, c.env));
  app.all('/api', toApi);
  app.all('/api/*', toApi);
  app.get('/og/*', ogImages);
  app.get('/oembed', oembedRoute(config.publicOrigin ?? DEFAULT_PUBLIC_ORIGIN));
  app.on(['GET', 'HEAD'], ['/embed', '/embed/*'], embedPages(distDir, askApi));
  app.all('*', async (c) => compressResponse(c.req.raw, await files(c)));
  return app;
}
