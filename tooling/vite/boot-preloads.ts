import type { Plugin } from 'vite';

/**
 * Build only: the chunks src/main.tsx imports in stages (React DOM, then the app's start) become
 * module preloads beside the entry's own, in the same format as Vite's preloads of its static imports,
 * so they download with the entry rather than after it has run. The route's own chunks are preloaded
 * by the server, which knows the route (server/pages/route-preloads.ts).
 */
export function bootPreloads(): Plugin {
  return {
    name: 'boot-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const chunks = Object.values(ctx.bundle).filter((c) => c.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry);
        if (!entry) throw new Error('boot-preloads: no entry chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const stages = new Set<string>();
        const visit = (file: string) => {
          if (stages.has(file)) return;
          stages.add(file);
          byFile.get(file)?.imports.forEach(visit);
        };
        entry.dynamicImports.forEach(visit);
        const entryTag = `<script type="module" crossorigin src="/${entry.fileName}"></script>`;
        if (!html.includes(entryTag)) throw new Error(`boot-preloads: expected ${entryTag} in the built index.html`);
        const preloads = [...stages]
          .filter((file) => file !== entry.fileName && !entry.imports.includes(file))
          .map((file) => `\n    <link rel="modulepreload" crossorigin href="/${file}">`)
          .join('');
        return html.replace(entryTag, () => `${entryTag}${preloads}`);
      },
    },
  };
}
