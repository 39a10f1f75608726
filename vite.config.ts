/// <reference types="vitest/config" />
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { getRequestListener } from '@hono/node-server';
import { withRouteShell } from './server/pages/route-shell';

type AppModule = typeof import('./server/app.ts');
type ConfigModule = typeof import('./server/config.ts');
type ServiceModule = typeof import('./server/collector/service.ts');
type HistoryService = Awaited<ReturnType<ServiceModule['startHistoryService']>>;
type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * Mounts our Hono app at /api in `vite` (dev) and `vite preview`, so the browser has one origin.
 * The server code is loaded at run time (not bundled into this config): in dev through Vite's SSR
 * loader, so edits under server/ apply on the next request; in preview through tsx.
 */
function honoApi(): Plugin {
  // The history store and collector (issue 19) start once per dev server, on the first /api request,
  // and outlive reloads of the app module; the app shares their source (one cache, one rate limit).
  let history: Promise<HistoryService | undefined> | undefined;
  const handlerFor = async (
    appModule: AppModule,
    configModule: ConfigModule,
    serviceModule: ServiceModule,
  ): Promise<Handler> => {
    const config = configModule.configFromEnv(process.env);
    history ??= (async () => {
      const source = appModule.createSource(config, {});
      return serviceModule.startHistoryService({
        env: process.env,
        source,
        onFatal: (error) => console.error(`[history] ${error.message}`),
      });
    })().catch((error: unknown) => {
      console.error(`[history] not started: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
    const service = await history;
    const app = appModule.createApp(config, { history: service?.history });
    return getRequestListener(app.fetch);
  };
  const mount = (
    middlewares: { use: (fn: (req: IncomingMessage, res: ServerResponse, next: () => void) => void) => void },
    load: () => Promise<[AppModule, ConfigModule, ServiceModule]>,
  ) => {
    let current: { module: AppModule; handle: Handler } | undefined;
    middlewares.use((req, res, next) => {
      if (!req.url?.startsWith('/api/')) return next();
      load()
        .then(async ([appModule, configModule, serviceModule]) => {
          if (current?.module !== appModule)
            current = { module: appModule, handle: await handlerFor(appModule, configModule, serviceModule) };
          return current.handle(req, res);
        })
        .catch((error: unknown) => {
          res.statusCode = 500;
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ code: 500, msg: error instanceof Error ? error.message : 'server error' }));
        });
    });
  };
  return {
    name: 'hono-api',
    configureServer: (server) =>
      mount(server.middlewares, () =>
        Promise.all([
          server.ssrLoadModule('/server/app.ts') as Promise<AppModule>,
          server.ssrLoadModule('/server/config.ts') as Promise<ConfigModule>,
          server.ssrLoadModule('/server/collector/service.ts') as Promise<ServiceModule>,
        ]),
      ),
    configurePreviewServer: async (server) => {
      const { tsImport } = await import('tsx/esm/api');
      const modules = Promise.all([
        tsImport('./server/app.ts', import.meta.url) as Promise<AppModule>,
        tsImport('./server/config.ts', import.meta.url) as Promise<ConfigModule>,
        tsImport('./server/collector/service.ts', import.meta.url) as Promise<ServiceModule>,
      ]);
      mount(server.middlewares, () => modules);
    },
  };
}

/**
 * Writes .br and .gz next to every text asset of the build, so the production server sends
 * precompressed files (max quality, done once) instead of compressing on each request.
 */
function precompress(): Plugin {
  return {
    name: 'precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      await Promise.all(
        Object.keys(bundle)
          .filter((file) => /\.(js|css|html|svg|json|txt)$/.test(file))
          .map(async (file) => {
            const path = join(dir, file);
            const source = await readFile(path);
            if (source.length < 1024) return;
            await writeFile(
              `${path}.br`,
              brotliCompressSync(source, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
            );
            await writeFile(`${path}.gz`, gzipSync(source, { level: 9 }));
          }),
      );
    },
  };
}

/**
 * Chrome's explicit compile hint (`//# allFunctionsCalledOnLoad`, first line of a script): V8 compiles
 * the whole file eagerly on a background thread while it streams in, instead of function by function
 * on the main thread the first time each one runs. Our chunks are code that runs as soon as it loads
 * (the entry boots React and the app; a lazy page renders as soon as its chunk is in). Added after
 * minification, which would drop the comment; other browsers ignore it.
 */
function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    // last, after Vite's own additions to the entry (its preload map goes on the first line too)
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      },
    },
  };
}

/**
 * index.html's page shell, the entry's boot stages, and the detail page's chunks for the boot script.
 * - The shell (server/pages/route-shell.ts): in dev, the one for the URL asked for, as the production
 *   server writes it per request (server/static/serve-dist.ts); in the build, the generic one (the
 *   header), for hosts that serve dist/ as static files.
 * - Build only: the chunks src/main.tsx imports in stages become module preloads beside the entry's
 *   own, so they download with it rather than after it has run.
 * - Build only: `<meta name="detail-chunks">`, which public/boot.js preloads at once on a /hashtag/
 *   URL, in parallel with the entry, instead of after the entry has downloaded and run.
 */
function appShell(): Plugin {
  const boot = '<script src="/boot.js"></script>';
  return {
    name: 'app-shell',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return withRouteShell(html, new URL(ctx.originalUrl ?? ctx.path, 'http://localhost'));
        const chunks = Object.values(ctx.bundle).filter((c) => c.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry);
        const page = chunks.find((c) => c.facadeModuleId?.endsWith('/src/features/hashtag/hashtag-page.tsx'));
        if (!entry || !page) throw new Error('app-shell: entry or hashtag page chunk not found');
        if (!html.includes(boot)) throw new Error('app-shell: index.html no longer loads /boot.js');
        // The entry's boot stages (src/main.tsx imports them in turn) and what they import: preloaded
        // with the entry, in the same format as Vite's own preloads of its static imports.
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const stages = new Set<string>();
        const visit = (file: string) => {
          if (stages.has(file)) return;
          stages.add(file);
          byFile.get(file)?.imports.forEach(visit);
        };
        entry.dynamicImports.forEach(visit);
        const initial = new Set([entry.fileName, ...entry.imports, ...stages]);
        const entryTag = `<script type="module" crossorigin src="/${entry.fileName}"></script>`;
        if (!html.includes(entryTag)) throw new Error(`app-shell: expected ${entryTag} in the built index.html`);
        const stagePreloads = [...stages]
          .filter((file) => file !== entry.fileName && !entry.imports.includes(file))
          .map((file) => `\n    <link rel="modulepreload" crossorigin href="/${file}">`)
          .join('');
        const files = [page.fileName, ...page.imports].filter((file) => !initial.has(file));
        const hint = `<meta name="detail-chunks" content="${files.map((f) => `/${f}`).join(' ')}" />`;
        // the generic shell: a URL that is no page of its own gets the header only
        return withRouteShell(html, new URL('http://localhost/index.html'))
          .replace(boot, `${hint}\n    ${boot}`)
          .replace(entryTag, `${entryTag}${stagePreloads}`);
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), honoApi(), compileHints(), precompress(), appShell()],
  server: { port: 5173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // React, React DOM and the JSX runtime in one file: every page needs all three, and
              // src/main.tsx evaluates them as its first boot stage.
              name: 'react',
              test: /node_modules\/(react|react-dom|scheduler)\//,
            },
            {
              // Small modules the lazy pages share (the detail page, compare, the deck, the watchlist):
              // left to the automatic split they were five chunks of 0.1–3 KB, five requests in the
              // detail page's critical chain where there is one connection per six requests.
              name: 'pages-shared',
              // only these modules: their own imports (React, the query client…) stay where they were
              includeDependenciesRecursively: false,
              test: /src\/api\/top-chart-query|src\/components\/charts\/(audience-data|chart-data|chart-summary|data-table|chart-figure|png-export)\.|src\/components\/(video-cover|scope-filters)|src\/contract\/decode-entities|query-core\/build\/modern\/queriesObserver|react-query\/build\/modern\/useQueries/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts'],
    // Styles are not processed in unit tests, except `?raw` imports: the theme contrast test reads
    // src/index.css as text.
    css: { include: [/\.css\?raw$/] },
    // property tests and chart renders run for seconds on a loaded 2-core CI machine
    testTimeout: 20_000,
  },
});
