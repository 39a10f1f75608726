import { PAGE_DATA_ID } from '../contract/api-routes';

declare global {
  interface Window {
    /** Requests public/boot.js started before the app loaded, by URL (see {@link takeEarlyResponse}). */
    __earlyResponses?: Record<string, Promise<Response> | undefined>;
  }
}

/** The server's embedded answer for exactly `url`, as the response it stands for; undefined otherwise. */
function embeddedResponse(url: string): Response | undefined {
  const element = document.getElementById(PAGE_DATA_ID);
  if (!(element instanceof HTMLScriptElement) || element.dataset.url !== url) return undefined;
  element.remove();
  const headers = new Headers({ 'content-type': 'application/json' });
  if (element.dataset.stale === '1') headers.set('x-data-stale', '1');
  return new Response(element.textContent, { status: 200, headers });
}

/**
 * The response to exactly this URL that is already here or on its way, once: the server's embedded
 * answer, or the request the boot script started. The first caller takes it; later ones fetch for
 * themselves. Undefined when there is none (tests, other pages, parameters the boot script did not
 * mirror).
 */
export function takeEarlyResponse(url: string): Promise<Response> | undefined {
  if (typeof window === 'undefined') return undefined;
  const embedded = embeddedResponse(url);
  if (embedded) return Promise.resolve(embedded);
  const early = window.__earlyResponses;
  const response = early?.[url];
  if (early && response) delete early[url];
  return response;
}

/** `promise`, or its signal's reason once `signal` aborts (an early request cannot be aborted itself). */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Forgets the early answers nobody took. Called once the app has started its own first requests, so
 * a later request for the same URL (minutes later, on another visit to the page) never gets that old
 * answer.
 */
export function dropEarlyResponses(): void {
  if (typeof window === 'undefined') return;
  delete window.__earlyResponses;
  document.getElementById(PAGE_DATA_ID)?.remove();
}
