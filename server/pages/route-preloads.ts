import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The part of Vite's build manifest (dist/.vite/manifest.json) read here. */
export type BuildManifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;

export function readBuildManifest(distDir: string): BuildManifest | undefined {
  try {
    return JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as BuildManifest;
  } catch {
    return undefined;
  }
}

/**
 * `<link rel="modulepreload">` tags for a route's own chunk and the chunks it imports, except what the
 * entry imports (index.html preloads those already): the browser fetches them with the entry, and the
 * app loads the route's chunk before it hydrates (src/app/start.tsx), so they are on the critical path.
 * `moduleOf` names the source file of the route at a path (src/app/router.tsx, `routeModuleOf`).
 */
export function routePreloads(manifest: BuildManifest, moduleOf: (pathname: string) => string | undefined) {
  const entryFiles = new Set<string>();
  const collect = (key: string, into: Set<string>) => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) return;
    into.add(chunk.file);
    chunk.imports?.forEach((imported) => collect(imported, into));
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) collect(key, entryFiles);
  const tags = new Map<string, string>();
  return (pathname: string): string => {
    const module = moduleOf(pathname);
    if (!module) return '';
    let found = tags.get(module);
    if (found === undefined) {
      const files = new Set<string>();
      collect(module, files);
      found = [...files]
        .filter((file) => !entryFiles.has(file))
        .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">\n  `)
        .join('');
      tags.set(module, found);
    }
    return found;
  };
}
