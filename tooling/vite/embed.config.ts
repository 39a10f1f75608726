import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { precompress } from './precompress';

const root = resolve(import.meta.dirname, '../..');

/**
 * The /embed pages' build (embed.html, entry src/embed/main.tsx), run after the app's into the same
 * dist/. A build of its own rather than a second input of the app's: one module graph for both would
 * share chunks between them, so an embed would load the app's entry chunks and the app's pages would
 * be cut differently (the hashtag page went 0.7 KB over its budget that way). Here an embed loads React,
 * React Query, the figure it shows and its chart code, nothing else.
 */
export default defineConfig({
  root,
  plugins: [react(), tailwindcss(), precompress()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    // no preload helper: an embed's few lazy chunks are fetched when asked for (saves ~1.3 KB on every embed)
    modulePreload: false,
    sourcemap: false,
    rolldownOptions: {
      input: { embed: resolve(root, 'embed.html') },
      output: {
        codeSplitting: {
          groups: [{ name: 'embed-react', test: /node_modules\/(react|react-dom|scheduler)\// }],
        },
      },
    },
  },
});
