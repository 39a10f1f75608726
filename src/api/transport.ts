import type { QueryClient } from '@tanstack/react-query';
import { streamedAnswer } from './streamed-answers';

/** How a request reaches our API: `fetch` in the browser; the server's own app, in-process, while it renders a page. */
export type ApiTransport = (url: string, init: RequestInit) => Promise<Response>;

/** What a request is made with: React Query's query function context carries both. */
export interface RequestContext {
  signal?: AbortSignal;
  /** The query client the request is for; a server-side one carries the in-process transport. */
  client?: QueryClient;
}

const transports = new WeakMap<QueryClient, ApiTransport>();

/** `fetch`, or the answer the page streams for this request (streamed-answers.ts) when one is coming. */
const browserFetch: ApiTransport = (url, init) => {
  const streamed = streamedAnswer(url);
  return streamed ? streamed.then((answer) => answer ?? fetch(url, init)) : fetch(url, init);
};

/**
 * Makes every request of `client`'s queries go through `transport`. The server does this for the query
 * client it renders a page with (server/pages/render-page.ts): the same queryOptions then read our API
 * in-process, with the same validation, cache and per-client allowance as `/api`.
 */
export function setTransport(client: QueryClient, transport: ApiTransport): void {
  transports.set(client, transport);
}

/** The transport for a request: its client's, or `fetch`. */
export function transportFor(context: RequestContext | undefined): ApiTransport {
  return (context?.client && transports.get(context.client)) ?? browserFetch;
}
