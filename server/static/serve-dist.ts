import { readFile, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { Context } from 'hono';
import { CACHE_IMMUTABLE, CACHE_SHORT } from '../cache-control';
import { acceptedEncodings } from '../compression';
import { contentTypeFor } from './content-types';
import { resolveUnder } from './safe-path';

interface FoundFile {
  path: string;
  size: number;
  mtimeMs: number;
}

/** The files of one root, whose real path (symlinks resolved) must stay inside the root's real path. */
type FindFile = (path: string) => Promise<FoundFile | undefined>;

function fileFinder(root: string): FindFile {
  let realRoot: Promise<string> | undefined;
  return async (path) => {
    try {
      realRoot ??= realpath(root);
      const [base, real] = await Promise.all([realRoot, realpath(path)]);
      // A symlink in dist/ pointing outside it is not served, whatever the URL looked like.
      if (real !== base && !real.startsWith(base + sep)) return undefined;
      const info = await stat(real);
      return info.isFile() ? { path, size: info.size, mtimeMs: info.mtimeMs } : undefined;
    } catch {
      return undefined;
    }
  };
}

const SUFFIXES = { br: '.br', gzip: '.gz' } as const;

/** Precompressed siblings (`app.js.br`, `app.js.gz`) when the client accepts them (q-values read); best first. */
async function findEncoded(
  findFile: FindFile,
  file: FoundFile,
  acceptEncoding: string,
): Promise<{ file: FoundFile; encoding?: string }> {
  for (const encoding of acceptedEncodings(acceptEncoding)) {
    const sibling = await findFile(file.path + SUFFIXES[encoding]);
    if (sibling) return { file: sibling, encoding };
  }
  return { file };
}

function cacheControlFor(urlPath: string): string {
  if (urlPath.startsWith('/assets/')) return CACHE_IMMUTABLE;
  return CACHE_SHORT;
}

/** Deep links (/hashtag/курск) get the app; missing files (/assets/gone.js, /logo.png) get a 404. */
function wantsApp(c: Context, urlPath: string): boolean {
  if (urlPath.startsWith('/assets/')) return false;
  const last = urlPath.split('/').pop() ?? '';
  return !last.includes('.') || (c.req.header('accept') ?? '').includes('text/html');
}

/** The decoded path, or undefined. (A bare `decodeURIComponent(x);` statement is dropped by the bundler as pure.) */
function decodedPath(urlPath: string): string | undefined {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
}

function isBrowserNavigation(c: Context): boolean {
  return (c.req.header('accept') ?? '').includes('text/html');
}

async function sendFile(c: Context, findFile: FindFile, file: FoundFile, cacheControl: string): Promise<Response> {
  const etag = `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`;
  const { file: body, encoding } = await findEncoded(findFile, file, c.req.header('accept-encoding') ?? '');
  const headers: Record<string, string> = {
    'Content-Type': contentTypeFor(file.path),
    'Cache-Control': cacheControl,
    ETag: etag,
    Vary: 'Accept-Encoding',
  };
  if (encoding) headers['Content-Encoding'] = encoding;
  if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
  return c.body(new Uint8Array(await readFile(body.path)), 200, headers);
}

export interface ServeDistOptions {
  /** The app's page for a URL that is no file (server/pages/render-page.ts): React's HTML for it. */
  page: (c: Context) => Promise<Response>;
}

/**
 * Serves the built app from `root`: real files with their cache policy, precompressed variants when
 * present (the compress middleware handles the rest on the fly), and the page rendered for the URL
 * (`options.page`) for the app's routes, including `/` and `/index.html`.
 */
export function serveDist(root: string, options: ServeDistOptions) {
  const findFile = fileFinder(root);
  return async (c: Context): Promise<Response> => {
    // For HEAD, Hono runs this GET handler and drops the body itself.
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      return c.text('Method Not Allowed', 405, { Allow: 'GET, HEAD' });
    }
    const urlPath = new URL(c.req.url).pathname;
    const target = resolveUnder(root, urlPath);
    if (target === undefined) {
      // A link cut mid-escape (/hashtag/%E0%A4%A) opened in a browser gets the app, which says what
      // it could not find, rather than a bare "Not Found"; anything else that fails the check stays a 404.
      return isBrowserNavigation(c) && decodedPath(urlPath) === undefined ? options.page(c) : c.text('Not Found', 404);
    }

    const file = urlPath.endsWith('/') ? await findFile(join(target, 'index.html')) : await findFile(target);
    if (file?.path === join(root, 'index.html')) return options.page(c);
    if (file) return sendFile(c, findFile, file, cacheControlFor(urlPath));
    if (wantsApp(c, urlPath)) return options.page(c);
    return c.text('Not Found', 404);
  };
}
