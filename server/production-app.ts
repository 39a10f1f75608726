import { Hono, type Context } from 'hono';
import { createApp, type AppDeps } from './app';
import { compressResponse } from './compression';
import type { ServerConfig } from './config';
import { securityHeaders } from './security-headers';
import { serveDist } from './static/serve-dist';

export interface ProductionOptions {
  /** The built SPA (vite's dist/). */
  distDir: string;
  config: ServerConfig;
  deps?: AppDeps;
}

/** What `npm start` serves on one port: /api plus the SPA, all with security headers, compressed. */
export function createProductionApp({ distDir, config, deps }: ProductionOptions) {
  const api = createApp(config, deps);
  const app = new Hono();
  app.use(securityHeaders());
  const files = serveDist(distDir);
  const toApi = async (c: Context) => compressResponse(c.req.raw, await api.fetch(c.req.raw));
  app.all('/api', toApi);
  app.all('/api/*', toApi);
  app.all('*', async (c) => compressResponse(c.req.raw, await files(c)));
  return app;
}
