import type { Context } from 'hono';
import type { ApiTransport, RenderedPage, RenderRequest } from '../../src/entry-server';
import { BoundedMap } from '../bounded-map';
import { CACHE_API_DATA, CACHE_REVALIDATE } from '../cache-control';
import { compressBytes, pickEncoding } from '../compression';
import type { ApiFetch } from '../in-process-api';
import { withPageHead } from './page-head';
import { REQUEST_TIMEOUT_MS } from '../../src/contract/wait-budget';
import {
  streamedAnswerScript,
  streamedAnswersManifest,
  type StreamedAnswer,
} from '../../src/contract/streamed-answers';

/** Where React's markup goes in index.html. */
export const APP_HTML = '<!--app-html-->';

/**
 * How long a page waits for its data before it is rendered without: demo data and the server's cache
 * answer in a millisecond or two; a provider call can take seconds, and then the page goes out with
 * what it has (the rest drawn loading), the late answers following in the same response. Production and dev alike.
 */
export const PAGE_DATA_WAIT_MS = 300;

/**
 * How long a page streams the answers that were late for it: as long as the browser would wait for
 * them itself (src/contract/wait-budget.ts); one not in by then, the browser asks for.
 */
export const STREAM_ANSWERS_MS = REQUEST_TIMEOUT_MS;

/** How long a rendered page is reused: as long as the data in it is fresh (the API's `max-age`, the server's cache). */
export const PAGE_CACHE_MS = 60_000;
const PAGE_CACHE_ENTRIES = 500;
const PAGE_CACHE_BYTES = 32 * 1024 * 1024;

export interface PageRouteOptions {
  /** index.html for the page at `url`: the built file in production, Vite's transformed one in dev. */
  template: (url: URL) => Promise<string>;
  /** The app's server renderer (src/entry-server.tsx); dev loads it through Vite on each request. */
  render: (request: RenderRequest) => Promise<RenderedPage>;
  /** `PUBLIC_ORIGIN`: the origin of the page's absolute URLs (canonical, `og:*`); never the Host header. */
  publicOrigin: string;
  /** Our API in-process, charged to the client asking for the page (server/in-process-api.ts). */
  askApi: (c: Context) => ApiFetch;
  /** The longest wait for the page's data before it is sent without (the late answers then follow it). */
  waitMs: number;
  /** The page's `<head>` for the URL (default: page-head.ts's title, description and link-preview tags). */
  head?: (template: string, url: URL, page: RenderedPage) => string;
  /** Keep complete pages for {@link PAGE_CACHE_MS} (off in dev, where code changes between requests). */
  cache?: boolean;
  now?: () => number;
}

interface Page {
  html: string;
  status: number;
  cacheControl: string;
  at: number;
  /** How long the page took to render, its data included (`Server-Timing: render`). */
  renderMs: number;
  /** The page compressed, once per encoding, while it is kept (compressing is most of a kept page's cost). */
  encoded: Map<string, Promise<Uint8Array<ArrayBuffer>>>;
  /** The page's requests still on their way when it was rendered: their answers follow it in the response. */
  late: { path: string; answer: Promise<StreamedAnswer | undefined> }[];
}

/**
 * A request the page's render made and, for one answered after the page was rendered, its answer as
 * the browser would read it (a copy: the server's query reads the original).
 */
interface Asked {
  answer: Promise<StreamedAnswer | undefined>;
  answered: boolean;
}

/** An answer's headers as the browser reads them, without those of its transfer (the body is sent as text). */
function answerHeaders(headers: Headers): Record<string, string> {
  const kept = new Headers(headers);
  for (const name of ['content-length', 'content-encoding', 'transfer-encoding', 'set-cookie']) kept.delete(name);
  return Object.fromEntries(kept);
}

/** `answer`, or undefined once `ms` have passed. */
function within<T>(answer: Promise<T | undefined>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

/**
 * The page's response while answers it was rendered without are still coming: the page up to
 * `</body>` at once, with the manifest naming them, then each answer as it arrives (for at most
 * {@link STREAM_ANSWERS_MS}), then the end of the page. `no-transform`: a proxy (or our own
 * compression) must not hold the page back to compress it whole.
 */
function streamedPage(page: Page): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const end = page.html.lastIndexOf('</body>');
  return new ReadableStream({
    async start(controller) {
      controller.enqueue(encoder.encode(page.html.slice(0, end)));
      await Promise.all(
        page.late.map(async ({ answer }) => {
          const arrived = await within(answer, STREAM_ANSWERS_MS);
          if (arrived) controller.enqueue(encoder.encode(streamedAnswerScript(arrived)));
        }),
      );
      controller.enqueue(encoder.encode(page.html.slice(end)));
      controller.close();
    },
  });
}

/**
 * The cache key: the path and the query string with its parameters in a fixed order, so `?period=7&country=FR`
 * and `?country=FR&period=7` are one page. The whole query string counts: the page shows every parameter
 * it reads and says which ones it could not (an unknown one changes nothing, and costs one entry).
 */
export function pageKey(url: URL): string {
  const params = [...url.searchParams].sort(([a, x], [b, y]) =>
    a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1,
  );
  return `${url.pathname}?${new URLSearchParams(params).toString()}`;
}

/**
 * Renders the app's page for a URL on the server (React, src/entry-server.tsx) into index.html: the
 * head for the view (page-head.ts), React's markup in #root and the query cache it was rendered with
 * (none, and no module script, for a page with nothing to run). The page holds nothing personal (what only the browser knows, stars and
 * the last visit, is drawn after hydration), so a complete page is cached for everyone, with the same
 * Cache-Control as its data; a page whose data did not all come in time (or came from a stale copy) is
 * neither kept nor cacheable.
 */
export function pageRoute(options: PageRouteOptions) {
  const now = options.now ?? Date.now;
  const pages = new BoundedMap<string, Page>(PAGE_CACHE_ENTRIES, {
    maxWeight: PAGE_CACHE_BYTES,
    weigh: (key, page) => key.length + page.html.length,
  });

  async function render(c: Context, url: URL): Promise<Page> {
    const started = performance.now();
    const ask = options.askApi(c);
    let cacheable = true;
    const asked = new Map<string, Asked>();
    let rendered = false;
    const transport: ApiTransport = async (path) => {
      const responding = Promise.resolve(ask(path));
      const entry: Asked = {
        answered: false,
        // Only an answer that comes after the page was rendered follows it: copied then, before the
        // server's query reads the body (this runs first: it was attached first). One in time costs nothing.
        answer: responding
          .then(async (r) =>
            rendered
              ? { path, status: r.status, headers: answerHeaders(r.headers), body: await r.clone().text() }
              : undefined,
          )
          .catch(() => undefined),
      };
      asked.set(path, entry);
      const response = await responding.finally(() => (entry.answered = true));
      // an error, or a saved copy served because the provider failed: the page is drawn but not kept
      if (!response.ok || response.headers.get('x-data-stale') === '1') cacheable = false;
      return response;
    };
    const [template, page] = await Promise.all([
      options.template(url),
      options.render({ url, transport, waitMs: options.waitMs }),
    ]);
    // what is still on its way now is what the page was rendered without
    rendered = true;
    const late = page.static
      ? []
      : [...asked].filter(([, a]) => !a.answered).map(([path, a]) => ({ path, answer: a.answer }));
    const markup = await new Response(page.body).text();
    const renderMs = performance.now() - started;
    const withHead = options.head
      ? options.head(template, url, page)
      : withPageHead(template, url, options.publicOrigin, page.facts);
    const at = withHead.indexOf(APP_HTML);
    if (at < 0) throw new Error(`index.html has no ${APP_HTML} in #root`);
    // the manifest of what follows the page, before the query state (the browser starts once that is in)
    const manifest = late.length > 0 ? streamedAnswersManifest(late.map((l) => l.path)) : '';
    let html =
      withHead.slice(0, at) +
      markup +
      withHead
        .slice(at + APP_HTML.length)
        .replace('</body>', () => `${page.static ? '' : manifest + page.queryState}\n  </body>`);
    // a page with nothing to run: no module scripts (the classic theme script before paint stays)
    if (page.static) html = html.replace(/<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g, '');
    const complete = page.complete && cacheable && page.status === 200;
    return {
      html,
      status: page.status,
      cacheControl: complete ? CACHE_API_DATA : CACHE_REVALIDATE,
      at: now(),
      renderMs,
      encoded: new Map(),
      late,
    };
  }

  // One render per URL at a time: requests for a page being rendered wait for that render (a burst
  // of visitors from a shared link costs one render, as it costs one provider call).
  const rendering = new Map<string, Promise<Page>>();

  return async (c: Context): Promise<Response> => {
    const url = new URL(c.req.url);
    const key = pageKey(url);
    const kept = options.cache ? pages.get(key) : undefined;
    let page = kept && now() - kept.at < PAGE_CACHE_MS ? kept : undefined;
    if (!page) {
      let pending = options.cache ? rendering.get(key) : undefined;
      if (!pending) {
        pending = render(c, url).finally(() => rendering.delete(key));
        if (options.cache) rendering.set(key, pending);
      }
      page = await pending;
      if (options.cache && page.cacheControl === CACHE_API_DATA) pages.set(key, page);
    }
    const age = Math.floor((now() - page.at) / 1000);
    const headers: Record<string, string> = {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': page.cacheControl,
      // what the page cost (DevTools shows it; the bench reads it): a render, or a page kept from one
      'Server-Timing': page === kept ? 'page-cache;desc="hit"' : `render;dur=${page.renderMs.toFixed(1)}`,
      ...(page === kept ? { Age: String(age) } : {}),
    };
    if (page.late.length > 0 && c.req.method === 'GET')
      return c.body(streamedPage(page), page.status as 200, {
        ...headers,
        'Cache-Control': `${page.cacheControl}, no-transform`,
      });
    const encoding = c.req.method === 'GET' ? pickEncoding(c.req.header('accept-encoding')) : undefined;
    if (!encoding || page.cacheControl !== CACHE_API_DATA || !options.cache)
      return c.body(page.html, page.status as 200, headers); // compressed on the way out, if at all
    let packed = page.encoded.get(encoding);
    if (!packed) {
      packed = compressBytes(new TextEncoder().encode(page.html), encoding);
      page.encoded.set(encoding, packed);
    }
    return c.body(await packed, page.status as 200, {
      ...headers,
      'Content-Encoding': encoding,
      Vary: 'Accept-Encoding',
    });
  };
}
