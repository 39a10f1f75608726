import type { Plugin } from 'vite';
import { publicOriginFromEnv } from '../../server/config';
import { withPageHead } from '../../server/pages/page-head';
import { withRouteShell } from '../../server/pages/route-shell';

/** The lazy page whose chunks public/boot.js preloads on a /hashtag/ URL. */
const DETAIL_PAGE_MODULE = '/src/features/hashtag/hashtag-page.tsx';

/**
 * index.html's page shell, the entry's boot stages, and the detail page's chunks for the boot script.
 * - The shell (server/pages/route-shell.ts) and the head's link-preview tags (server/pages/page-head.ts):
 *   in dev, the ones for the URL asked for, as the production
 *   server writes it per request (server/static/serve-dist.ts); in the build, the generic one (the
 *   header), for hosts that serve dist/ as static files.
 * - Build only: the chunks src/main.tsx imports in stages become module preloads beside the entry's
 *   own, so they download with it rather than after it has run.
 * - Build only: `<meta name="detail-chunks">`, which public/boot.js preloads at once on a /hashtag/
 *   URL, in parallel with the entry, instead of after the entry has downloaded and run.
 */
export function appShell(): Plugin {
  const boot = '<script src="/boot.js"></script>';
  return {
    name: 'app-shell',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (ctx.path.endsWith('/embed.html')) return html; // the embeds' page (tooling/vite/embed-pages.ts)
        if (!ctx.bundle) {
          // dev: the page's shell and head as the production server writes them (without the data it fetches)
          const url = new URL(ctx.originalUrl ?? ctx.path, 'http://localhost');
          const port = ctx.server?.config.server.port ?? 5173;
          const origin = publicOriginFromEnv({ PUBLIC_ORIGIN: process.env.PUBLIC_ORIGIN, PORT: String(port) });
          return withPageHead(withRouteShell(html, url), url, origin);
        }
        const chunks = Object.values(ctx.bundle).filter((c) => c.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry);
        const page = chunks.find((c) => c.facadeModuleId?.endsWith(DETAIL_PAGE_MODULE));
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
