import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import type { Plugin } from 'vite';
import { publicOriginFromEnv } from '../../server/config';
import { isEmbedPath } from '../../src/contract/embed-view';

type OembedModule = typeof import('../../server/embed/oembed-route.ts');
type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * /oembed in `vite` (dev) and `vite preview`, answered by the server's route, and the embeds in
 * `vite preview`: /embed and /embed/* get embed.html (the second entry of the build), drawn by the
 * browser. In dev, the page route renders the embeds on the server first, as production does
 * (tooling/vite/dev-api.ts), and this only sees what it passes on.
 */
export function embedPages(): Plugin {
  const middleware = (load: () => Promise<OembedModule>, port: number): Middleware => {
    let oembed: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined;
    return (req, res, next) => {
      const url = req.url ?? '/';
      const queryAt = url.indexOf('?');
      const path = queryAt < 0 ? url : url.slice(0, queryAt);
      if (isEmbedPath(path)) {
        req.url = `/embed.html${queryAt < 0 ? '' : url.slice(queryAt)}`;
        return next();
      }
      if (path !== '/oembed') return next();
      load()
        .then((module) => {
          const origin = publicOriginFromEnv({ PUBLIC_ORIGIN: process.env.PUBLIC_ORIGIN, PORT: String(port) });
          oembed ??= getRequestListener(new Hono().get('/oembed', module.oembedRoute(origin)).fetch);
          return oembed(req, res);
        })
        .catch(() => {
          res.statusCode = 500;
          res.end();
        });
    };
  };
  return {
    name: 'embed-pages',
    configureServer: (server) => {
      server.middlewares.use(
        middleware(
          () => server.ssrLoadModule('/server/embed/oembed-route.ts') as Promise<OembedModule>,
          server.config.server.port ?? 5173,
        ),
      );
    },
    configurePreviewServer: async (server) => {
      const { tsImport } = await import('tsx/esm/api');
      const module = tsImport('../../server/embed/oembed-route.ts', import.meta.url) as Promise<OembedModule>;
      server.middlewares.use(middleware(() => module, server.config.preview.port ?? 4173));
    },
  };
}
