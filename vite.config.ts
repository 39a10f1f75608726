/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { compileHints } from './tooling/vite/compile-hints';
import { devApi } from './tooling/vite/dev-api';
import { embedPages } from './tooling/vite/embed-pages';
import { precompress } from './tooling/vite/precompress';

/**
 * JSZip's browser build (loaded with pptxgenjs on a Download PowerPoint press) falls back to a global
 * `require` (`"function"==typeof require&&require`), which a browser never has; left in, it makes the
 * bundler put a `require` shim into the entry chunk that every page loads. Without it, the same.
 */
const jszipWithoutRequire: Plugin = {
  name: 'jszip-without-require',
  apply: 'build',
  transform(code, id) {
    if (!/node_modules\/jszip\/dist\/jszip\.min\.js$/.test(id)) return null;
    return { code: code.replaceAll('"function"==typeof require&&require', '!1'), map: null };
  },
};

export default defineConfig({
  plugins: [react(), tailwindcss(), devApi(), embedPages(), compileHints(), precompress(), jszipWithoutRequire],
  server: { port: 5173 },
  build: {
    target: 'es2022',
    // A Download PowerPoint press fetches its exporter and pptxgenjs then: the pages carry no
    // preload list for them (their names in every page chunk would count against its budget). Nor for
    // the Embed dialog and the shortcut panels, whose imports every page has already loaded. Nor, in any
    // list, for what every page loads before its first lazy import runs: the entry and the files it boots
    // (React, the start chunk and the chunk it imports, src/main.tsx) and the page's stylesheet.
    modulePreload: {
      // Every browser the app supports has <link rel="modulepreload">; the polyfill was ~0.3 KB of every page's entry.
      polyfill: false,
      resolveDependencies: (filename, deps) =>
        /-pptx-|\/(embed-dialog|shortcut-panels)-/.test(filename)
          ? []
          : deps.filter((dep) => !/^assets\/(index|react|start|filter-params)-[\w-]+\.(js|css)$/.test(dep)),
    },
    sourcemap: false,
    // One stylesheet (src/index.css, linked by the page): split per chunk, Vite would name it in the
    // preload list of every lazy import, though the page has it from the start.
    cssCodeSplit: false,
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
              // Small modules the lazy pages share (the detail page, compare, the deck, the watchlist),
              // in one chunk: the automatic split makes several tiny ones, each a request in the detail
              // page's critical chain. The history requests (issue 19) too: the detail page, the deck
              // and the explorer's "Changes since" lists share them.
              name: 'pages-shared',
              // only these modules: their own imports (React, the query client…) stay where they were
              includeDependenciesRecursively: false,
              test: /src\/api\/(top-chart-query|hashtag-history|history-changes|history-policy)\.|src\/components\/charts\/(audience-data|chart-data|chart-summary|data-table|chart-figure)\.|src\/components\/(video-cover|scope-filters|column-headers|history-unavailable|skeleton|download-pptx-button)\.|src\/lib\/use-printing\.|src\/contract\/(decode-entities|history)\.|query-core\/build\/modern\/queriesObserver|react-query\/build\/modern\/useQueries/,
            },
            {
              // What every page loads for its data (React Query, the API client, zod and the URL parameters'
              // contract) in one file, as the automatic split cuts it without the Embed dialog: the dialog,
              // fetched on a press, needs part of it, and the split would otherwise make that part a chunk
              // of its own (another request, and ~0.9 KB more gzip on every page).
              name: 'filter-params',
              includeDependenciesRecursively: false,
              test: /node_modules\/(zod|react-router)\/|@tanstack\/(query-core|react-query)\/build\/modern\/(QueryClientProvider|timeoutManager|utils|environmentManager|subscribable|focusManager|notifyManager|onlineManager|retryer|infiniteQueryBehavior|removable|query|queryObserver|IsRestoringProvider|QueryErrorResetBoundary|errorBoundaryUtils|suspense|useBaseQuery|useQuery|queryOptions)\.js|src\/api\/(api-error|client|query-keys|streamed-answers)\.|src\/contract\/(schemas|envelope|api-routes|wait-budget|filter-options|constants|filter-params|format-number|tag-names|json-script|streamed-answers)\.|src\/api\/(transport|hashtag-list|hashtag-detail)\.|src\/lib\/(format|data-as-of|deck-links|use-page-title|use-hydrated|safe-storage)\.|src\/lib\/shortcuts\/(registry|use-shortcut|shortcut-hint)\.|src\/components\/(error-alert|notice|link-problems-notice|country-combobox|combobox-input-props|period-picker|segmented-choice|copy-link-button|embed-button|print-header|side-scroll|star-button|compact-number|stage-badge|stage-facts|badge|clock-time)\.|src\/lib\/(csv|download|list-return|history-days|when-idle|hashtag-href)\.|src\/stores\/(watchlist-store|compare-selection|unreadable-records)\.|src\/contract\/(safe-url|image-hosts|trend-stage)\./,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    // Styles are not processed in unit tests, except `?raw` imports: the theme contrast test reads
    // src/index.css as text.
    css: { include: [/\.css\?raw$/] },
    // property tests and chart renders run for seconds on a loaded 2-core CI machine
    testTimeout: 20_000,
    // One place of test support per side: the browser's (jsdom, MSW as the network) in src/testing,
    // the server's (its files say `@vitest-environment node`) in server/test-support.
    projects: [
      {
        extends: true,
        test: { name: 'browser', include: ['src/**/*.test.{ts,tsx}'], setupFiles: ['./src/testing/setup.ts'] },
      },
      { extends: true, test: { name: 'server', include: ['server/**/*.test.ts', 'tooling/**/*.test.ts'] } },
    ],
  },
});
