// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ViteDevServer } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as app from '../../server/app';
import * as service from '../../server/collector/service';
import * as config from '../../server/config';
import * as og from '../../server/og/og-route';
import * as renderPage from '../../server/pages/render-page';
import * as inProcess from '../../server/in-process-api';
import * as entryServer from '../../src/entry-server';
import * as embedPages from '../../server/embed/embed-pages';
import { apiMiddleware, devApi, type Middleware } from './dev-api';
import type { ServerModules } from './server-modules';

// The real server modules, with the history turned off: it starts without opening a store.
const env = { HISTORY: 'off' };
const modules: ServerModules = { app, config, service };

const servers: Server[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A node server that answers with `middleware`, and 404 "not ours" for what it passes on. */
async function serve(middleware: Middleware): Promise<string> {
  const server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = 404;
      res.end('not ours');
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('apiMiddleware', () => {
  it('answers /api/* with the Hono app and passes everything else on', async () => {
    const base = await serve(apiMiddleware(async () => modules, env));
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, mode: 'demo' });
    const list = await fetch(`${base}/api/tiktok/popular-trend/hashtag?country_code=US&period=7&page=1&limit=3`);
    expect(((await list.json()) as { data: { list: unknown[] } }).data.list).toHaveLength(3);
    const page = await fetch(`${base}/hashtag/chatgpt`);
    expect(page.status).toBe(404);
    expect(await page.text()).toBe('not ours');
  });

  it('answers /og/* with the production server’s link-preview pictures when the modules have them', async () => {
    const base = await serve(apiMiddleware(async () => ({ ...modules, og }), env));
    const picture = await fetch(`${base}/og/watchlist.png`);
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await picture.arrayBuffer()).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect((await fetch(`${base}/og/nothing.png`)).status).toBe(404);
    // without them, /og/ is the API's to refuse
    const apiOnly = await serve(apiMiddleware(async () => modules, env));
    expect((await fetch(`${apiOnly}/og/watchlist.png`)).status).toBe(404);
  });

  it('builds the app again when the app module changes, and starts the history once', async () => {
    const startHistoryService = vi.fn(service.startHistoryService);
    const first = { ...app, createApp: vi.fn(app.createApp) };
    const edited = { ...app, createApp: vi.fn(app.createApp) };
    let current = first;
    const base = await serve(
      apiMiddleware(async () => ({ app: current, config, service: { ...service, startHistoryService } }), env),
    );
    await fetch(`${base}/api/health`);
    await fetch(`${base}/api/meta`);
    expect(first.createApp).toHaveBeenCalledTimes(1);
    current = edited; // what Vite's SSR loader returns after an edit under server/
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    expect(edited.createApp).toHaveBeenCalledTimes(1);
    expect(startHistoryService).toHaveBeenCalledTimes(1);
    expect(startHistoryService.mock.calls[0]?.[0].env).toBe(env);
  });

  it('says in JSON, status 500, when the server code cannot be loaded', async () => {
    const base = await serve(apiMiddleware(() => Promise.reject(new Error('server/app.ts: syntax error')), env));
    const response = await fetch(`${base}/api/health`);
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ code: 500, msg: 'server/app.ts: syntax error' });
  });
});

describe('devApi', () => {
  it("mounts the API on the dev server, loading the server code through Vite's SSR loader", async () => {
    vi.stubEnv('HISTORY', 'off');
    vi.stubEnv('TRENDS_API_BASE_URL', '');
    const byPath: Record<string, unknown> = {
      '/server/app.ts': app,
      '/server/config.ts': config,
      '/server/collector/service.ts': service,
      '/server/og/og-route.ts': og,
      '/server/pages/render-page.ts': renderPage,
      '/src/entry-server.tsx': entryServer,
      '/server/in-process-api.ts': inProcess,
      '/server/embed/embed-pages.ts': embedPages,
    };
    const ssrLoadModule = vi.fn(async (path: string) => byPath[path] as Record<string, unknown>);
    // what Vite's dev server does to index.html (its client script added), here left as it is
    const transformIndexHtml = vi.fn(async (_url: string, html: string) => html);
    let mounted: Middleware | undefined;
    const devServer = { middlewares: { use: (fn: Middleware) => (mounted = fn) }, ssrLoadModule, transformIndexHtml };
    const plugin = devApi();
    expect(plugin.name).toBe('hono-api');
    const configureServer = plugin.configureServer as (server: ViteDevServer) => void;
    configureServer(devServer as unknown as ViteDevServer);
    const base = await serve(mounted!);
    expect(await (await fetch(`${base}/api/meta`)).json()).toEqual({ mode: 'demo', history: false });
    expect(ssrLoadModule.mock.calls.map(([path]) => path).sort()).toEqual(Object.keys(byPath).sort());
    /** The HTML the dev server sends for `path`, which it built from `template` transformed by Vite for that URL. */
    const pageAt = async (path: string, template: string) => {
      const response = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(transformIndexHtml).toHaveBeenCalledWith(path, expect.stringContaining(template));
      return response.text();
    };
    // a page: React's HTML for the URL first asked for, as the production server renders it
    const html = await pageAt('/?country=FR&period=30', '<!--app-html-->');
    expect(html).toContain('<h1 class="text-2xl font-semibold tracking-tight">Trending hashtags</h1>');
    expect(html).toContain('France');
    expect(html).toContain('<script type="application/json" id="query-state">');
    // an embed: React's HTML in embed.html, with the embed's title and theme, its chart drawn
    const embedHtml = await pageAt('/embed/hashtag/chatgpt?theme=dark', 'src="/src/embed/main.tsx"');
    expect(embedHtml).toMatch(/^<!doctype html>\s*<html class="dark" lang="en">/);
    expect(embedHtml).toContain('<title>#chatgpt: United States, last 7 days · Hashtag Trends</title>');
    expect(embedHtml).toContain('<svg class="chart-static');
  });
});
