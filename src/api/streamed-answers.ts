/*
 * The answers the server streams after a page it sent without them (the provider was slow:
 * src/contract/streamed-answers.ts), by request path. The transport (transport.ts) takes a request's
 * answer from here instead of asking again; watch-streamed-answers.ts fills it from the page.
 */

interface Coming {
  promise: Promise<Response | undefined>;
  resolve: (answer: Response | undefined) => void;
}

const coming = new Map<string, Coming>();

/** Marks the answer for `path` as coming; returns what settles it (undefined: it will not come, ask the network). */
export function expectAnswer(path: string): Coming['resolve'] {
  let resolve!: Coming['resolve'];
  const promise = new Promise<Response | undefined>((r) => (resolve = r));
  coming.set(path, { promise, resolve });
  return resolve;
}

/**
 * The answer the page streams for `path` (once: asked again, it goes to the network), or undefined
 * when none is coming.
 */
export function streamedAnswer(path: string): Promise<Response | undefined> | undefined {
  const waiting = coming.get(path);
  coming.delete(path);
  return waiting?.promise;
}
