import { Hono, type Context } from 'hono';
import { createApp, type AppDeps } from './app';
import { compressResponse } from './compression';
import type { ServerConfig } from './config';
import { httpsRedirect, securityHeaders } from './security-headers';
import { detailPageData } from './pages/page-data';
import { serveDist } from './static/serve-dist';

export interface ProductionOptions {
  /** The built SPA (vite's dist/). */
  distDir: string;
  config: ServerConfig;
  deps?: AppDeps;
}

/**
 * How long a hashtag page waits for its detail before it is sent without (page-data.ts): demo data
 * and the server's cache answer in a millisecond or two; a provider call can take seconds, and then
 * the page goes out at once and the browser asks for the data itself.
 */
export const PAGE_DATA_WAIT_MS = 300;

/** What `npm start` serves on one port: /api plus the SPA, all with security headers, compressed. */
export function createProductionApp({ distDir, config, deps }: ProductionOptions) {
  const api = createApp(config, deps);
  const app = new Hono();
  app.use(securityHeaders());
  if (config.trustProxy) app.use(httpsRedirect());
  // A page's data comes from the API in-process, through the same routes, validation, cache and
  // per-client limits as the browser's requests: the socket (`c.env`) and, behind our proxy, the
  // forwarded address go along, so the page's own data fetch is charged to the client asking for the page.
  const askApi = (c: Context) => (path: string) => {
    const forwarded = c.req.header('x-forwarded-for');
    const request = new Request(new URL(path, c.req.url), {
      headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
    });
    return api.fetch(request, c.env);
  };
  const files = serveDist(distDir, { pageData: (url, c) => detailPageData(url, askApi(c), PAGE_DATA_WAIT_MS) });
  const toApi = async (c: Context) => compressResponse(c.req.raw, await api.fetch(c.req.raw, c.env));
  app.all('/api', toApi);
  app.all('/api/*', toApi);
  app.all('*', async (c) => compressResponse(c.req.raw, await files(c)));
  return app;
}
