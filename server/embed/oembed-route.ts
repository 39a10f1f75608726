import type { Context } from 'hono';
import {
  embedHref,
  embedOfPage,
  embedSize,
  embedTitle,
  iframeSnippet,
  isEmbedPath,
  parseEmbed,
  type EmbedView,
} from '../../src/contract/embed-view';
import { APP_NAME, pageView } from '../../src/contract/page-view';

/** The embed a URL of ours stands for: an /embed URL as it is, a page's own embed, or undefined. */
function embedOfUrl(url: URL): { view: EmbedView; href: string } | undefined {
  if (isEmbedPath(url.pathname)) {
    const { view, theme } = parseEmbed(url.pathname, url.searchParams);
    return view && { view, href: embedHref(view, theme) };
  }
  const view = embedOfPage(pageView(url.pathname, url.searchParams));
  return view && { view, href: embedHref(view) };
}

const problem = (c: Context, status: 400 | 404 | 501, msg: string) => c.json({ code: status, msg }, status);

/** A `maxwidth`/`maxheight` value: absent, a whole number of pixels from 1, or invalid. */
function readMax(raw: string | undefined): number | undefined | 'invalid' {
  if (raw === undefined || raw === '') return undefined;
  return /^[1-9]\d{0,4}$/.test(raw) ? Number(raw) : 'invalid';
}

/**
 * `GET /oembed?url=…&maxwidth=&maxheight=&format=json` (oembed.com, type "rich"): for a URL of this
 * site (its origin is `PUBLIC_ORIGIN`), the `<iframe>` of its embed. A hashtag page gives its popularity
 * chart, the explorer its top 10, compare its chart; an /embed URL is taken as it is. Another site's
 * URL, or a page with no embed, is a 404; a missing or unreadable parameter a 400 naming it; any format
 * but JSON a 501, as the spec asks.
 */
export function oembedRoute(publicOrigin: string) {
  const origin = publicOrigin.replace(/\/+$/, '');
  return (c: Context): Response => {
    const format = c.req.query('format');
    if (format !== undefined && format !== 'json') return problem(c, 501, 'format: only json is offered');
    const raw = c.req.query('url');
    if (!raw) return problem(c, 400, 'url: missing (the address of a page of this site)');
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return problem(c, 400, 'url: not an absolute URL');
    }
    const maxWidth = readMax(c.req.query('maxwidth'));
    if (maxWidth === 'invalid') return problem(c, 400, 'maxwidth: expected a whole number of pixels');
    const maxHeight = readMax(c.req.query('maxheight'));
    if (maxHeight === 'invalid') return problem(c, 400, 'maxheight: expected a whole number of pixels');
    if (url.origin !== origin) return problem(c, 404, `url: not a page of ${origin}`);
    const embed = embedOfUrl(url);
    if (!embed) return problem(c, 404, 'url: this page has no embed');
    const size = embedSize(embed.view);
    const width = Math.min(size.width, maxWidth ?? size.width);
    const height = Math.min(size.height, maxHeight ?? size.height);
    const title = embedTitle(embed.view);
    const html = iframeSnippet({ src: `${origin}${embed.href}`, width, height, title });
    return c.json(
      { version: '1.0', type: 'rich', provider_name: APP_NAME, provider_url: `${origin}/`, title, html, width, height },
      200,
      // public data, the same for everyone: any page may read it, any cache keep it a while
      { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=300' },
    );
  };
}
