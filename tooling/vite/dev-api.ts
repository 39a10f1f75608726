import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { readFile } from 'node:fs/promises';
import { Hono } from 'hono';
import type { Plugin } from 'vite';
import { devHistory } from './dev-history';
import type { ServerModules } from './server-modules';

type PageModules = NonNullable<ServerModules['pages']>;
const indexHtml = new URL('../../index.html', import.meta.url);
const embedHtml = new URL('../../embed.html', import.meta.url);
type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * A page the browser navigates to: HTML asked for a path that is no file (`/`, `/hashtag/x`, `/embed/…`),
 * or index.html itself; never Vite's own paths (`/@vite/client`, `/src/...`), /api, /og or /oembed.
 */
export function isPageRequest(req: IncomingMessage): boolean {
  const path = (req.url ?? '').split('?')[0] ?? '';
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (!(req.headers.accept ?? '').includes('text/html')) return false;
  if (/^\/(@|src\/|node_modules\/|api\/|og\/)/.test(path) || path === '/oembed') return false;
  return path === '/index.html' || !(path.split('/').pop() ?? '').includes('.');
}

/**
 * Answers /api/* with our Hono app, /og/* (link-preview pictures) with the production server's route
 * when the modules have it, pages with React's server rendering (the production server's page route,
 * uncached) when the modules have it, and passes everything else on. The server modules are loaded on each
 * request (`load`); when the app module is a new one (an edit under server/ in dev), the app is built
 * again from it, with the config read from `env` and the history started once.
 */
export function apiMiddleware(load: () => Promise<ServerModules>, env: Record<string, string | undefined>): Middleware {
  const history = devHistory(env);
  let current: { module: ServerModules['app']; handle: Handler } | undefined;
  return (req, res, next) => {
    const page = isPageRequest(req);
    if (!page && !req.url?.startsWith('/api/') && !req.url?.startsWith('/og/')) return next();
    load()
      .then(async (modules) => {
        if (current?.module !== modules.app) {
          const config = modules.config.configFromEnv(env);
          const service = await history(modules, config);
          const app = modules.app.createApp(config, { history: service?.history });
          const og = modules.og?.ogImageApp(app);
          const pages = modules.pages && pagesApp(modules.pages, app, config.publicOrigin);
          const fetch = (request: Request, env: unknown) => {
            const path = new URL(request.url).pathname;
            if (path.startsWith('/api/')) return app.fetch(request, env);
            if (og && path.startsWith('/og/')) return og.fetch(request, env);
            return pages ? pages.fetch(request, env) : app.fetch(request, env);
          };
          current = { module: modules.app, handle: getRequestListener(fetch) };
        }
        if (page && !modules.pages) return next();
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
 * The production server's page routes on the dev server: the same renderer, the dev server's
 * index.html (embed.html for the embeds, with their head), no cache.
 */
function pagesApp(pages: NonNullable<ServerModules['pages']>, api: { fetch: Hono['fetch'] }, publicOrigin?: string) {
  const port = Number(process.env.PORT) || 5173;
  const app = new Hono();
  const embeds = pages.route.pageRoute({
    template: pages.embedTemplate,
    render: (request) => pages.entry.renderEmbedPage(request),
    head: pages.embeds.embedHead,
    publicOrigin: '',
    askApi: pages.inProcess.askApiAs(api),
    waitMs: pages.route.PAGE_DATA_WAIT_MS,
  });
  app.get('/embed', embeds);
  app.get('/embed/*', embeds);
  app.get(
    '*',
    pages.route.pageRoute({
      template: pages.template,
      render: (request) => pages.entry.renderPage(request),
      publicOrigin: publicOrigin ?? `http://localhost:${port}`,
      askApi: pages.inProcess.askApiAs(api),
      waitMs: pages.route.PAGE_DATA_WAIT_MS,
    }),
  );
  return app;
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
          const [app, config, service, og, route, entry, inProcess, embeds] = await Promise.all([
            server.ssrLoadModule('/server/app.ts') as Promise<ServerModules['app']>,
            server.ssrLoadModule('/server/config.ts') as Promise<ServerModules['config']>,
            server.ssrLoadModule('/server/collector/service.ts') as Promise<ServerModules['service']>,
            server.ssrLoadModule('/server/og/og-route.ts') as Promise<NonNullable<ServerModules['og']>>,
            server.ssrLoadModule('/server/pages/render-page.ts') as Promise<PageModules['route']>,
            server.ssrLoadModule('/src/entry-server.tsx') as Promise<PageModules['entry']>,
            server.ssrLoadModule('/server/in-process-api.ts') as Promise<PageModules['inProcess']>,
            server.ssrLoadModule('/server/embed/embed-pages.ts') as Promise<PageModules['embeds']>,
          ]);
          const transformed = (file: URL) => async (url: URL) =>
            server.transformIndexHtml(url.pathname + url.search, await readFile(file, 'utf8'));
          const pages = {
            route,
            entry,
            inProcess,
            embeds,
            template: transformed(indexHtml),
            embedTemplate: transformed(embedHtml),
          };
          return { app, config, service, og, pages };
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
