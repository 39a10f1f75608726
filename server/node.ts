/**
 * Production entry (`npm start`): one Node process serving dist/ and /api on PORT (default 3000).
 * Built by `vite build --ssr server/node.ts --outDir dist-server`, so at run time this file is
 * dist-server/node.js and dist/ is its sibling.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createSource } from './app';
import { startHistoryService } from './collector/service';
import { ConfigError, configFromEnv, type ServerConfig } from './config';
import { createOgRenderer, warmOgRenderer } from './og/og-renderer';
import { createProductionApp } from './production-app';

function readConfig(): ServerConfig {
  try {
    return configFromEnv(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // One line naming the variable; never the key, nor the whole URL (it could carry credentials).
    console.error(`Refusing to start: ${error.message}`);
    process.exit(1);
  }
}

const config = readConfig();
const port = Number(process.env.PORT) || 3000;
const distDir = process.env.DIST_DIR
  ? resolve(process.env.DIST_DIR)
  : fileURLToPath(new URL('../dist', import.meta.url));

if (config.upstream && !config.upstream.apiKey) {
  console.warn('TRENDS_API_BASE_URL is set but TRENDS_API_KEY is empty: upstream calls will be unauthenticated.');
}

// One source for people and the collector: one cache, one rate limit (the collector goes second).
const source = createSource(config, {});
// A bad variable or ALERTS_FILE stops the start here, with the reason; a failed migration a moment later.
const history = await startHistoryService({ env: process.env, source }).catch((error: unknown) => {
  console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

const drawOgImage = createOgRenderer();
const app = createProductionApp({ distDir, config, deps: { source, history: history.history }, drawOgImage });
const server = serve({ fetch: app.fetch, port, hostname: process.env.HOST }, (info) => {
  // Mode and address only: the base URL and key stay out of logs.
  console.log(
    `Hashtag Trends listening on http://localhost:${info.port} (${config.upstream ? 'live' : 'demo'} data, serving ${distDir})`,
  );
  // link-preview pictures: load their renderer and fonts now, not on the first unfurl
  warmOgRenderer(drawOgImage).catch((error: unknown) =>
    console.warn(`Link-preview pictures unavailable: ${String(error)}`),
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => void history.stop().finally(() => process.exit(0))));
}
