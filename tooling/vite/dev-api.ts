import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Plugin } from 'vite';
import { devHistory } from './dev-history';
import type { ServerModules } from './server-modules';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * Answers /api/* with our Hono app, /og/* (link-preview pictures) with the production server's route
 * when the modules have it, and passes everything else on. The server modules are loaded on each
 * request (`load`); when the app module is a new one (an edit under server/ in dev), the app is built
 * again from it, with the config read from `env` and the history started once.
 */
export function apiMiddleware(load: () => Promise<ServerModules>, env: Record<string, string | undefined>): Middleware {
  const history = devHistory(env);
  let current: { module: ServerModules['app']; handle: Handler } | undefined;
  return (req, res, next) => {
    if (!req.url?.startsWith('/api/') && !req.url?.startsWith('/og/')) return next();
    load()
      .then(async (modules) => {
        if (current?.module !== modules.app) {
          const config = modules.config.configFromEnv(env);
          const service = await history(modules, config);
          const app = modules.app.createApp(config, { history: service?.history });
          const og = modules.og?.ogImageApp(app);
          const fetch = (request: Request, env: unknown) =>
            og && new URL(request.url).pathname.startsWith('/og/') ? og.fetch(request, env) : app.fetch(request, env);
          current = { module: modules.app, handle: getRequestListener(fetch) };
        }
        return current.handle(req, res);
      })
      .catch((error: unknown) => {
        res.statusCode = 500;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ code: 500, msg: error instanceof Error ? error.message : 'server error' }));
      });
  };
}

/**
 * Mounts our Hono app at /api in `vite` (dev) and `vite preview`, so the browser has one origin.
 * The server code is loaded at run time (not bundled into the config): in dev through Vite's SSR
 * loader, so edits under server/ apply on the next request; in preview through tsx.
 */
export function devApi(): Plugin {
  return {
    name: 'hono-api',
    configureServer: (server) => {
      server.middlewares.use(
        apiMiddleware(async () => {
          const [app, config, service, og] = await Promise.all([
            server.ssrLoadModule('/server/app.ts') as Promise<ServerModules['app']>,
            server.ssrLoadModule('/server/config.ts') as Promise<ServerModules['config']>,
            server.ssrLoadModule('/server/collector/service.ts') as Promise<ServerModules['service']>,
            server.ssrLoadModule('/server/og/og-route.ts') as Promise<NonNullable<ServerModules['og']>>,
          ]);
          return { app, config, service, og };
        }, process.env),
      );
    },
    configurePreviewServer: async (server) => {
      const { tsImport } = await import('tsx/esm/api');
      const modules = Promise.all([
        tsImport('../../server/app.ts', import.meta.url) as Promise<ServerModules['app']>,
        tsImport('../../server/config.ts', import.meta.url) as Promise<ServerModules['config']>,
        tsImport('../../server/collector/service.ts', import.meta.url) as Promise<ServerModules['service']>,
        tsImport('../../server/og/og-route.ts', import.meta.url) as Promise<NonNullable<ServerModules['og']>>,
      ]).then(([app, config, service, og]) => ({ app, config, service, og }));
      server.middlewares.use(apiMiddleware(() => modules, process.env));
    },
  };
}
