declare global {
  interface Window {
    /** Requests public/boot.js started before the app loaded, by URL (see {@link takeEarlyResponse}). */
    __earlyResponses?: Record<string, Promise<Response> | undefined>;
  }
}

/**
 * The response of a request the boot script already started for exactly this URL, once: the first
 * caller takes it, later ones fetch for themselves. Undefined when there is none (tests, other pages,
 * parameters the boot script did not mirror).
 */
export function takeEarlyResponse(url: string): Promise<Response> | undefined {
  const early = typeof window === 'undefined' ? undefined : window.__earlyResponses;
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
 * Forgets the boot script's requests nobody took. Called once the app has started its own first
 * requests, so a later request for the same URL (minutes later, on another visit to the page) never
 * gets that old answer.
 */
export function dropEarlyResponses(): void {
  if (typeof window !== 'undefined') delete window.__earlyResponses;
}
