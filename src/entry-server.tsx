import { StrictMode, type ReactNode } from 'react';
import { renderToReadableStream } from 'react-dom/server';
import { QueryClientProvider, dehydrate, type Query, type QueryClient } from '@tanstack/react-query';
import { StaticRouter } from 'react-router';
import { AppRoutes, isAppPath } from './app/router';
import { createQueryClient } from './app/query-client';
import { queryStateScript } from './app/query-state';
import { hashtagDetailOptions } from './api/hashtag-detail';
import { isNoHistoryError } from './api/history-policy';
import { topChartQuery } from './api/top-chart-query';
import { setTransport, type ApiTransport } from './api/transport';

export type { ApiTransport };
import { hashtagDescription } from './contract/hashtag-about-text';
import { pageView, type HashtagFacts, type PageView } from './contract/page-view';
import { parseEmbed } from './contract/embed-view';
import { EmbedApp } from './embed/embed-app';

/**
 * The server's side of the one renderer: the app's own routes, rendered by React on the server
 * (server/pages/render-page.ts puts the result into index.html; src/app/start.tsx hydrates it).
 */

export interface RenderRequest {
  url: URL;
  /** How the page's queries reach our API: in-process, as the asking client (server/in-process-api.ts). */
  transport: ApiTransport;
  /** The longest wait for the page's data; what has not come by then is drawn loading (its answer follows the page). */
  waitMs: number;
}

export interface RenderedPage {
  /** The markup of #root. */
  body: ReadableStream<Uint8Array>;
  /** The `<script type="application/json">` with the query cache the page was rendered with. */
  queryState: string;
  /**
   * Every query the page asked for was answered in time, and none failed: the page holds all its data
   * (the server also checks each answer: a saved copy served after the provider failed is not complete).
   */
  complete: boolean;
  /** 404 for a URL that is no view of the app. */
  status: 200 | 404;
  view: PageView;
  /** A hashtag page's facts for its link preview, when its data came in time. */
  facts?: HashtagFacts;
  /** Nothing on the page needs a script: it is sent without the app's JavaScript. */
  static?: boolean;
}

/** Passes over the tree to find the queries that data unlocks (a detail, then what the detail's parts ask). */
const MAX_PASSES = 3;

function app(url: URL, client: QueryClient): ReactNode {
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <StaticRouter location={url.pathname + url.search}>
          <AppRoutes />
        </StaticRouter>
      </QueryClientProvider>
    </StrictMode>
  );
}

function isEnabled(query: Query): boolean {
  const enabled = (query.options as { enabled?: unknown }).enabled;
  return typeof enabled === 'function' ? (enabled as (q: Query) => unknown)(query) !== false : enabled !== false;
}

/** The queries the rendered tree asked for that nobody has fetched yet. */
function unfetched(client: QueryClient): Query[] {
  return client
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.status === 'pending' && query.state.fetchStatus === 'idle' && isEnabled(query));
}

/** Renders the tree to the end (lazy pages included) and throws the markup away: only the queries it made count. */
async function renderForQueries(tree: ReactNode): Promise<void> {
  const stream = await renderToReadableStream(tree, { onError: () => undefined });
  await stream.allReady;
  await stream.cancel();
}

/**
 * Fetches what the page asks for, pass after pass, until it asks for nothing new or the page has
 * waited `waitMs` for data in all (the wait is for the provider: the passes' own rendering does not
 * count, so a busy server still sends complete pages). True when everything came in time.
 */
async function prefetch(tree: () => ReactNode, client: QueryClient, waitMs: number): Promise<boolean> {
  let waited = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    await renderForQueries(tree());
    const queries = unfetched(client);
    if (queries.length === 0) return true;
    const left = waitMs - waited;
    if (left <= 0) return false;
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), left)));
    const fetched = Promise.allSettled(queries.map((query) => query.fetch())).then(() => true as const);
    const inTime = await Promise.race([fetched, late]);
    clearTimeout(timer);
    waited += Date.now() - started;
    if (!inTime) return false;
  }
  return unfetched(client).length === 0;
}

/** A hashtag page's rank, posts and description for its `<head>`, from the data it was rendered with. */
function hashtagFacts(view: PageView, client: QueryClient): HashtagFacts | undefined {
  if (view.kind !== 'hashtag') return undefined;
  const detail = client.getQueryData(hashtagDetailOptions({ name: view.name, ...view.scope }).queryKey)?.data.info;
  if (!detail) return undefined;
  const key = view.name.normalize('NFC').toLowerCase();
  const chart = client.getQueryData(topChartQuery(view.scope).queryKey)?.data.list;
  const rank = chart?.find((item) => item.hashtag_name.normalize('NFC').toLowerCase() === key)?.rank;
  return { rank, posts: detail.publish_cnt, description: hashtagDescription(detail) };
}

/** `tree` rendered with its data (fetched through `transport` for at most `waitMs`), and that data. */
async function renderWithData(tree: (client: QueryClient) => ReactNode, transport: ApiTransport, waitMs: number) {
  // Fails fast on the server: no retries, nothing is refetched while the page renders.
  const client = createQueryClient({ retry: false, staleTime: Infinity });
  setTransport(client, transport);
  let complete = await prefetch(() => tree(client), client, waitMs);
  // A failed query is drawn loading, as the browser will draw it before it asks again: its error
  // (an ApiError with its kind) does not travel in JSON, and the browser must draw what the server drew.
  const cache = client.getQueryCache();
  for (const query of cache.findAll({ predicate: (q) => q.state.status === 'error' })) {
    if (!isNoHistoryError(query.state.error)) complete = false;
    cache.remove(query);
  }
  const queryState = queryStateScript(dehydrate(client));
  const body = await renderToReadableStream(tree(client), {
    onError: (error) => console.error('Server rendering failed:', error),
    // Every part in place, in order: React otherwise sends a large part after its fallback with an
    // inline script that moves it in, and the page's CSP runs no inline script (script-src 'self').
    progressiveChunkSize: Number.MAX_SAFE_INTEGER,
  });
  await body.allReady;
  return { body, queryState, complete, client };
}

export async function renderPage({ url, transport, waitMs }: RenderRequest): Promise<RenderedPage> {
  const view = pageView(url.pathname, url.searchParams);
  const { body, queryState, complete, client } = await renderWithData((c) => app(url, c), transport, waitMs);
  return {
    body,
    queryState,
    complete,
    status: isAppPath(url.pathname) ? 200 : 404,
    view,
    facts: hashtagFacts(view, client),
  };
}

/**
 * An `/embed…` page (src/embed), rendered the same way. The top-N table needs no script at all once
 * it has its data and nothing to say about its parameters: `static` then tells the server to send it
 * without the embed's JavaScript.
 */
export async function renderEmbedPage({ url, transport, waitMs }: RenderRequest): Promise<RenderedPage> {
  const parsed = parseEmbed(url.pathname, url.searchParams);
  const tree = (client: QueryClient) => (
    <StrictMode>
      <EmbedApp parsed={parsed} queryClient={client} />
    </StrictMode>
  );
  const { body, queryState, complete } = await renderWithData(tree, transport, waitMs);
  return {
    body,
    queryState,
    complete,
    status: parsed.view ? 200 : 404,
    view: { kind: 'not-found' },
    static: complete && parsed.view?.kind === 'top' && parsed.problems.length === 0,
  };
}
