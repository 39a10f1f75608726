import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context } from 'hono';
import { CACHE_REVALIDATE } from '../cache-control';
import { compressResponse } from '../compression';
import { escapeHtml } from '../pages/html';
import { embedTitle, parseEmbed } from '../../src/contract/embed-view';
import { APP_NAME } from '../../src/contract/page-view';

const TITLE = /<title>[\s\S]*?<\/title>/;

/**
 * The /embed pages: the build's embed.html (src/embed is its entry) with the embed's title and, for
 * `?theme=dark`, the dark class already on `<html>` so the frame never flashes light. A path that is no
 * embed gets the same page (it says so) with a 404. Framing rules are the security headers' (security-headers.ts).
 */
export function embedPages(distDir: string) {
  const file = join(distDir, 'embed.html');
  return async (c: Context): Promise<Response> => {
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch {
      return c.text('Not Found', 404);
    }
    const url = new URL(c.req.url);
    const { view, theme } = parseEmbed(url.pathname, url.searchParams);
    const title = `${view ? embedTitle(view) : 'Embed not found'} · ${APP_NAME}`;
    html = html.replace(TITLE, () => `<title>${escapeHtml(title)}</title>`);
    if (theme === 'dark') html = html.replace(/<html\b/, '<html class="dark"');
    const response = c.body(html, view ? 200 : 404, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': CACHE_REVALIDATE,
    });
    return compressResponse(c.req.raw, response);
  };
}
