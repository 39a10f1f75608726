/** Test helpers: a scriptable stand-in for the provider, injected as `fetch`, and a hand-moved clock. */
import { readFileSync } from 'node:fs';
import { setImmediate as afterPendingWork } from 'node:timers/promises';
import type { UpstreamConfig } from '../config';

export interface UpstreamCall {
  url: URL;
  headers: Headers;
  at: number;
}

export type UpstreamHandler = (url: URL, signal: AbortSignal | undefined) => Response | Promise<Response>;

export function fakeUpstream(handler: UpstreamHandler, now: () => number = Date.now) {
  const calls: UpstreamCall[] = [];
  let current = handler;
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    calls.push({ url, headers: new Headers(init?.headers), at: now() });
    return current(url, init?.signal ?? undefined);
  };
  return {
    fetch: fetchImpl,
    calls,
    /** Change what the provider answers from now on. */
    respondWith(next: UpstreamHandler) {
      current = next;
    },
  };
}

export function fakeClock(start = 1_800_000_000_000) {
  let time = start;
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
    /**
     * A `sleep` that moves this clock instead of waiting: the sleeper wakes at start + ms. Concurrent
     * sleepers wake at their own times (the clock never goes back), as with real timers. Work already
     * under way (promise chains, I/O callbacks) runs first, at the time it started, as it would while
     * a real timer waits.
     */
    sleep: async (ms: number) => {
      const wake = time + ms;
      await afterPendingWork();
      time = Math.max(time, wake);
    },
  };
}

export const jsonText = (text: string, init: ResponseInit = {}) =>
  new Response(text, { status: 200, ...init, headers: { 'content-type': 'application/json', ...init.headers } });

/** A fetch that only settles when aborted, like a provider that never answers. */
export const neverAnswers: UpstreamHandler = (_url, signal) =>
  new Promise<Response>((_resolve, reject) => {
    signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });

/** The real detail response (bare 19-digit item_ids), as text: JSON.parse would round the ids. */
export const SEED_DETAIL_TEXT = readFileSync(
  new URL('../../src/contract/fixtures/seed-hashtag-detail_chatgpt_US.json', import.meta.url),
  'utf8',
);
/** The seed's 49 related-video ids, exactly (19 digits each, beyond 2^53), in their order. */
export const SEED_ITEM_IDS: readonly string[] = [...SEED_DETAIL_TEXT.matchAll(/"item_id":\s*(\d+)/g)].map((m) => m[1]!);

export const TEST_KEY = 'sk-test-SECRET-key-0123456789';

export function upstreamConfig(overrides: Partial<UpstreamConfig> = {}): UpstreamConfig {
  return {
    baseUrl: 'http://upstream.test/v1',
    apiKey: TEST_KEY,
    keyHeader: 'x-api-key',
    rps: 5,
    timeoutMs: 1_000,
    ...overrides,
  };
}

/** The bindings `@hono/node-server` passes to the app, as far as the client's socket address: `app.request(url, init, fromAddress('10.0.0.1'))`. */
export const fromAddress = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });
