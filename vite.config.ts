/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { getRequestListener } from '@hono/node-server';
import { createApp } from './server/app.ts';
import { configFromEnv } from './server/config.ts';

/** Mounts our Hono app at /api in `vite` (dev) and `vite preview`, so the browser has one origin. */
function honoApi(): Plugin {
  const listener = () => {
    const app = createApp(configFromEnv(process.env));
    return getRequestListener(app.fetch);
  };
  const mount = (middlewares: { use: (fn: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void) => void }) => {
    const handle = listener();
    middlewares.use((req, res, next) => {
      if (req.url?.startsWith('/api/')) void handle(req, res);
      else next();
    });
  };
  return {
    name: 'hono-api',
    configureServer: (server) => mount(server.middlewares),
    configurePreviewServer: (server) => mount(server.middlewares),
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), honoApi()],
  server: { port: 5173 },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts'],
    css: false,
  },
});
