import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Server bundle: `vite build --config server/vite.server.config.ts` → dist-server/node.js.
 * Separate from vite.config.ts so the SPA's plugins (React, Tailwind, the dev /api mount) stay out,
 * and publicDir is off so public/ is not copied next to the server bundle. Dependencies stay
 * external (SSR default): production runs with node_modules installed.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  publicDir: false,
  build: {
    ssr: 'server/node.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
  },
});
