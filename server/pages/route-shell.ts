import { PAGE_DATA_ID } from '../../src/contract/api-routes';
import { explorerSubtitle, parseListFilters } from '../../src/contract/filter-params';
import { detailTop } from './detail-shell';
import { escapeHtml } from './html';
import type { DetailPageData } from './page-data';

/**
 * The page shell the server writes into index.html's `#root` for the URL asked for: the app header;
 * on the explorer, its heading and subtitle for the URL's filters; on a hashtag page whose detail the
 * server could fetch in time (page-data.ts), the page's top (detail-shell.ts). The browser paints it with
 * the stylesheet alone, before any JavaScript has arrived; React then replaces it with the same
 * markup (src/app/app-shell.tsx, src/features/explorer/explorer-page.tsx; e2e/page-shell.spec.ts
 * checks that text, classes and boxes still agree), so nothing moves when the app takes over.
 *
 * Pure string work (no file system), so an edge deployment can use it as the Node server does.
 */

/** Where the shell goes: index.html carries a generic shell between these two comments. */
export const SHELL_START = '<!--route-shell-->';
export const SHELL_END = '<!--/route-shell-->';

/**
 * The app header as AppShell renders it, without its nav: the theme toggle's label depends on the
 * stored theme, and the Watchlist link beside it would move when the toggle arrives. (`min-h-14`
 * keeps the header as tall without the nav's buttons as with them.)
 */
const HEADER =
  '<header class="no-print border-b border-line"><div class="mx-auto flex min-h-14 max-w-7xl items-center justify-between gap-4 px-4 py-3">' +
  '<a class="text-lg font-bold tracking-tight" href="/"><span aria-hidden="true" class="text-accent-ink">#</span> Hashtag Trends</a>' +
  '</div></header>';

const page = (main: string) =>
  `<div class="flex min-h-screen flex-col bg-surface text-ink">${HEADER}` +
  `<main id="main" class="mx-auto min-h-screen w-full max-w-7xl flex-1 px-4 py-6" aria-busy="true">${main}</main></div>`;

function explorerHeading(search: URLSearchParams): string {
  const subtitle = explorerSubtitle(parseListFilters(search));
  return (
    '<div class="space-y-4"><header class="flex flex-wrap items-end justify-between gap-x-4 gap-y-1"><div>' +
    '<h1 class="text-2xl font-semibold tracking-tight">Trending hashtags</h1>' +
    `<p class="text-ink-muted">${escapeHtml(subtitle)}</p>` +
    '</div></header></div>'
  );
}

const isExplorer = (url: URL) => url.pathname === '/';

/**
 * The markup for `#root` at `url`, with the hashtag page's top when `detail` (fetched for this URL) is
 * given. The deck (/present) is full screen without the app header: empty.
 */
export function routeShell(url: URL, detail?: DetailPageData): string {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (path === '/present') return '';
  if (isExplorer(url)) return page(explorerHeading(url.searchParams));
  return page(detail && !detail.corrected ? detailTop(detail) : '');
}

const BOOT_SCRIPT = '<script src="/boot.js"></script>';
const DETAIL_CHUNKS = /\n?[ \t]*<meta name="detail-chunks" content="([^"]*)" \/>/;
const ENTRY_TAGS =
  /\n?[ \t]*<(?:script type="module" crossorigin src|link rel="modulepreload" crossorigin href)="(\/assets\/[\w.-]+\.js)"[^>]*>(?:<\/script>)?/g;

/**
 * The built index.html loads the app's entry from its own tags, found by the preload scanner as soon
 * as the HTML arrives. This takes them out and lists their files in `<meta name="app-entry">` (entry
 * first) for public/boot.js, which starts the app once the shell has been painted: the page's text
 * then paints with the stylesheet alone, without the app's script competing for the connection.
 * With `withPageChunks`, the hashtag page's own chunks (`<meta name="detail-chunks">`, which the boot
 * script would otherwise start at once) join the list, to load with the entry.
 * Unchanged when there are no built tags (Vite's dev server) or no boot script.
 */
export function deferAppEntry(indexHtml: string, { withPageChunks = false } = {}): string {
  const files = [...indexHtml.matchAll(ENTRY_TAGS)].map((match) => match[1]);
  if (files.length === 0 || !indexHtml.includes(BOOT_SCRIPT)) return indexHtml;
  let html = indexHtml.replace(ENTRY_TAGS, '');
  const pageChunks = withPageChunks ? DETAIL_CHUNKS.exec(html) : null;
  if (pageChunks) {
    files.push(...(pageChunks[1] ?? '').split(' ').filter(Boolean));
    html = html.replace(DETAIL_CHUNKS, '');
  }
  const meta = `<meta name="app-entry" content="${files.join(' ')}" />`;
  return html.replace(BOOT_SCRIPT, `${meta}\n    ${BOOT_SCRIPT}`);
}

/**
 * The API's answer for the page, as a JSON script block before the boot script: `data-url` is the
 * request it answers, `data-stale` says it came from the server's cache after the provider failed.
 * Every `<` is written `\u003c` (the same JSON), so no string in it can close the element.
 */
function pageDataScript(detail: DetailPageData): string {
  const attributes = `id="${PAGE_DATA_ID}" data-url="${escapeHtml(detail.apiUrl)}"${detail.stale ? ' data-stale="1"' : ''}`;
  return `<script type="application/json" ${attributes}>${detail.body.replace(/</g, '\\u003c')}</script>`;
}

/**
 * index.html for `url`: the generic shell replaced by the one for the URL (unchanged if the markers
 * are missing), with a hashtag page's `detail` embedded for the app. When the shell carries the page's
 * main text (the explorer's heading; a hashtag page's top), the app starts after it has painted
 * ({@link deferAppEntry}). Other pages' main content comes with their data, which needs the app: they
 * load it at once.
 */
export function withRouteShell(indexHtml: string, url: URL, detail?: DetailPageData): string {
  const start = indexHtml.indexOf(SHELL_START);
  const end = indexHtml.indexOf(SHELL_END, start);
  if (start < 0 || end < 0) return indexHtml;
  const html = indexHtml.slice(0, start + SHELL_START.length) + routeShell(url, detail) + indexHtml.slice(end);
  if (isExplorer(url)) return deferAppEntry(html);
  if (!detail || !html.includes(BOOT_SCRIPT)) return html;
  // A function, not a string: `$&` or `$'` in the data must not be read as replacement patterns.
  const withData = html.replace(BOOT_SCRIPT, () => `${pageDataScript(detail)}\n    ${BOOT_SCRIPT}`);
  // A corrected URL's shell has no page top (the app draws it under its notice): the app loads at once.
  return detail.corrected ? withData : deferAppEntry(withData, { withPageChunks: true });
}
