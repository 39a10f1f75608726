/** Test helpers: our app in proxy mode against a fake provider (./fake-upstream.ts), on a hand-moved clock. */
import { createApp, type AppDeps } from '../app';
import type { ServerConfig, UpstreamConfig } from '../config';
import { fakeClock, fakeUpstream, upstreamConfig, type UpstreamHandler } from './fake-upstream';

export interface ProxyAppOptions {
  /** Changes to the provider's settings of {@link upstreamConfig}. */
  config?: Partial<UpstreamConfig>;
  /** The rest of the server's settings: client limits, cache size, trusted proxy. */
  server?: Omit<ServerConfig, 'upstream'>;
  deps?: AppDeps;
}

/**
 * The real Hono app in proxy mode, its provider answering with `handler`. Returns the app, the provider
 * (its `calls`, `respondWith`), the clock its waits move, and the lines it logged.
 */
export function proxyApp(handler: UpstreamHandler, options: ProxyAppOptions = {}) {
  const clock = fakeClock();
  const upstream = fakeUpstream(handler, clock.now);
  const logs: string[] = [];
  const app = createApp(
    { ...options.server, upstream: upstreamConfig(options.config) },
    { fetch: upstream.fetch, now: clock.now, sleep: clock.sleep, log: (line) => logs.push(line), ...options.deps },
  );
  return { app, upstream, clock, logs };
}

/** Our detail route for #`name` in the US over 30 days. */
export const detailUrl = (name: string) =>
  `/api/tiktok/popular-trend/hashtag/detail?hashtag_name=${encodeURIComponent(name)}&country_code=US&period=30`;
