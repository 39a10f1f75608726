import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context } from 'hono';
import { compressResponse } from '../compression';
import type { ApiFetch } from '../in-process-api';
import { escapeHtml } from '../pages/html';
import { pageRoute, PAGE_DATA_WAIT_MS } from '../pages/render-page';
import { renderEmbedPage } from '../../src/entry-server';
import { embedTitle, parseEmbed } from '../../src/contract/embed-view';
import { APP_NAME } from '../../src/contract/page-view';

const TITLE = /<title>[\s\S]*?<\/title>/;

/** embed.html's head for an embed: its title and, for `?theme=dark`, the dark class already on `<html>`. */
export function embedHead(template: string, url: URL): string {
  const { view, theme } = parseEmbed(url.pathname, url.searchParams);
  const title = `${view ? embedTitle(view) : 'Embed not found'} · ${APP_NAME}`;
  const html = template.replace(TITLE, () => `<title>${escapeHtml(title)}</title>`);
  return theme === 'dark' ? html.replace(/<html\b/, '<html class="dark"') : html;
}

/**
 * The /embed pages, rendered by React on the server like every page (server/pages/render-page.ts) into
 * the build's embed.html (src/embed is its entry), with the embed's head. A path that is no embed gets
 * the page that says so with a 404. Framing rules are the security headers' (security-headers.ts).
 */
export function embedPages(distDir: string, askApi: (c: Context) => ApiFetch) {
  let template: Promise<string> | undefined;
  const pages = pageRoute({
    template: () => (template ??= readFile(join(distDir, 'embed.html'), 'utf8')),
    render: renderEmbedPage,
    head: embedHead,
    publicOrigin: '',
    askApi,
    waitMs: PAGE_DATA_WAIT_MS,
    cache: true,
  });
  return async (c: Context): Promise<Response> => {
    try {
      return await compressResponse(c.req.raw, await pages(c));
    } catch (error) {
      // a build without embed.html: there is no embed to send
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return c.text('Not Found', 404);
      throw error;
    }
  };
}
