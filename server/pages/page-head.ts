import { APP_NAME, ogImageHref, pageView, pageWords, viewHref, type HashtagFacts } from '../../src/contract/page-view';
import { escapeHtml } from './html';
import { embedOfPage } from '../../src/contract/embed-view';

/** The picture every page's `og:image` points at is drawn this size (server/og/). */
export const OG_IMAGE_WIDTH = 1200;
export const OG_IMAGE_HEIGHT = 630;

/**
 * A page's `<head>` for the URL asked for: its title, description, canonical URL, Open Graph and Twitter
 * card tags, from the view's words (src/contract/page-view.ts) and, on a hashtag page, the facts the
 * server fetched for it. Every absolute URL is on `origin` (`PUBLIC_ORIGIN`), never on the request's
 * Host header: a CDN keeps the page for everyone, so a forged Host must not end up in it. Every value
 * goes through {@link escapeHtml} (names come from the URL and the provider).
 *
 * Pure string work, used by every page the server renders (render-page.ts), in production and dev.
 */
export function pageHeadTags(url: URL, origin: string, facts?: HashtagFacts): { title: string; tags: string } {
  const view = pageView(url.pathname, url.searchParams);
  const words = pageWords(view, facts);
  const base = origin.replace(/\/+$/, '');
  const canonical = `${base}${viewHref(view)}`;
  const image = `${base}${ogImageHref(view)}`;
  const meta = (attribute: 'name' | 'property', key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(value)}" />`;
  // oEmbed discovery (server/embed/oembed-route.ts): tools that unfurl links find the page's embed
  const oembed = embedOfPage(view)
    ? `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(`${base}/oembed?url=${encodeURIComponent(canonical)}&format=json`)}" title="${escapeHtml(words.title)}" />`
    : '';
  const tags = [
    meta('name', 'description', words.description),
    view.kind === 'not-found' ? '' : `<link rel="canonical" href="${escapeHtml(canonical)}" />`,
    oembed,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', APP_NAME),
    meta('property', 'og:title', words.title),
    meta('property', 'og:description', words.description),
    meta('property', 'og:url', canonical),
    meta('property', 'og:image', image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(OG_IMAGE_WIDTH)),
    meta('property', 'og:image:height', String(OG_IMAGE_HEIGHT)),
    meta('property', 'og:image:alt', words.imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', words.title),
    meta('name', 'twitter:description', words.description),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', words.imageAlt),
  ].filter(Boolean);
  return { title: `${words.title} · ${APP_NAME}`, tags: tags.join('\n    ') };
}

const TITLE = /<title>[\s\S]*?<\/title>/;
const DESCRIPTION = /<meta\s+name="description"[\s\S]*?\/?>/;

/**
 * index.html with the head for `url`: its `<title>` and description replaced, the other tags after the
 * title. Unchanged when index.html has no `<title>`. (A function as replacement: `$&` in a name stays text.)
 */
export function withPageHead(indexHtml: string, url: URL, origin: string, facts?: HashtagFacts): string {
  if (!TITLE.test(indexHtml)) return indexHtml;
  const head = pageHeadTags(url, origin, facts);
  return indexHtml
    .replace(DESCRIPTION, () => '')
    .replace(TITLE, () => `<title>${escapeHtml(head.title)}</title>\n    ${head.tags}`);
}
