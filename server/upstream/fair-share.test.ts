// @vitest-environment node
/**
 * Quota fairness through the real Hono app in proxy mode: each client's allowance of provider calls,
 * who counts as a client, the provider's refusals cached, the provider's rate shared in turn between
 * clients, and a flood of distinct queries refused at once instead of queued.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../src/contract/schemas';
import { createApp } from '../app';
import { clientKey } from '../client-address';
import { createProductionApp } from '../production-app';
import {
  SEED_DETAIL_TEXT,
  fakeClock,
  fakeUpstream,
  fromAddress,
  jsonText,
  neverAnswers,
  upstreamConfig,
  type UpstreamHandler,
} from '../test-support/fake-upstream';
import { demoProvider } from '../test-support/demo-provider';
import { detailUrl as detail, proxyApp, type ProxyAppOptions } from '../test-support/proxy-app';
const seed: UpstreamHandler = () => jsonText(SEED_DETAIL_TEXT);
const A = fromAddress('203.0.113.7');
const B = fromAddress('198.51.100.9');

const setup = (handler: UpstreamHandler = seed, options: ProxyAppOptions = {}) =>
  proxyApp(handler, { ...options, config: { rps: 1_000, ...options.config } });

async function expect429(response: Response) {
  expect(response.status).toBe(429);
  expect(response.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
  expect(response.headers.get('cache-control')).toBe('no-store');
  const body = errorBodySchema.parse(await response.json());
  expect(body.code).toBe(429);
  return body;
}

describe('fair share: a client’s allowance of provider calls (CLIENT_UPSTREAM_RPS 2, CLIENT_UPSTREAM_BURST 20)', () => {
  it('allows a burst of 20 calls, then 429 with Retry-After; cached answers and other clients are not limited', async () => {
    const { app, upstream, clock } = setup();
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await app.request(detail(`tag${i}`), {}, A)).status);
    expect(statuses).toEqual([...Array<number>(20).fill(200), ...Array<number>(5).fill(429)]);
    expect(upstream.calls).toHaveLength(20);
    const body = await expect429(await app.request(detail('one-more'), {}, A));
    expect(body.msg).toMatch(/too many uncached requests/);

    const cached = await app.request(detail('tag3'), {}, A);
    expect(cached.status).toBe(200);
    expect(cached.headers.get('x-cache')).toBe('HIT');
    expect((await app.request(detail('other'), {}, B)).status).toBe(200);
    expect(upstream.calls).toHaveLength(21);

    // Two calls a second come back.
    clock.advance(1_000);
    const later = await Promise.all([0, 1, 2].map((i) => app.request(detail(`later${i}`), {}, A)));
    expect(later.map((r) => r.status)).toEqual([200, 200, 429]);
  });

  it('honours CLIENT_UPSTREAM_RPS and CLIENT_UPSTREAM_BURST from the config', async () => {
    const { app } = setup(seed, { server: { clientLimits: { upstreamRps: 1, upstreamBurst: 2 } } });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await app.request(detail(`t${i}`), {}, A)).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('covers the data a hashtag page’s HTML is sent with: the page is still served, without the data', async () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'fair-dist-')), 'dist');
    mkdirSync(dist);
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><html><head></head><body><div id="root"><!--app-html--></div></body></html>',
    );
    const clock = fakeClock();
    // A page's data is its detail in each period and the country's top 100 in each (three lists,
    // cached after the first page): a provider that answers both as the real one does.
    const upstream = fakeUpstream(
      (url, signal) => (url.pathname.endsWith('/detail') ? seed(url, signal) : demoProvider(url, signal)),
      clock.now,
    );
    const app = createProductionApp({
      distDir: dist,
      pageDataWaitMs: 10_000,
      config: { upstream: upstreamConfig({ rps: 1_000 }) },
      deps: { fetch: upstream.fetch, now: clock.now, sleep: clock.sleep, log: () => {} },
    });
    const pages: string[] = [];
    for (let i = 0; i < 25; i++) {
      const page = await app.request(`/hashtag/page${i}?country=US&period=30`, { headers: { accept: 'text/html' } }, A);
      expect(page.status).toBe(200);
      pages.push(await page.text());
    }
    // Never more provider calls than the allowance, however many pages are asked for: the first pages
    // came with their data, the last ones without (drawn loading, for the browser to ask).
    expect(upstream.calls).toHaveLength(20);
    const withData = pages.map((html, i) => html.includes(`"queryKey":["hashtags","detail",{"name":"page${i}"`));
    expect(withData[0]).toBe(true);
    expect(withData.at(-1)).toBe(false);
    expect(withData.indexOf(false)).toBeGreaterThan(0);
    expect(withData.slice(withData.indexOf(false))).not.toContain(true);
    // The API itself now refuses this client too: the pages spent its allowance.
    await expect429(await app.request(detail('api-after-pages'), {}, A));
  });
});

describe('fair share: who the client is', () => {
  it('is the socket address; X-Forwarded-For is ignored without TRUST_PROXY', async () => {
    const { app, upstream } = setup(seed, { server: { clientLimits: { upstreamRps: 1, upstreamBurst: 2 } } });
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await app.request(detail(`x${i}`), { headers: { 'x-forwarded-for': `10.0.0.${i}` } }, A)).status);
    }
    expect(statuses).toEqual([200, 200, 429, 429]);
    expect(upstream.calls).toHaveLength(2);
  });

  it('with TRUST_PROXY=1, is the right-most X-Forwarded-For address (what the client wrote to its left does not count)', async () => {
    const { app } = setup(seed, { server: { trustProxy: true, clientLimits: { upstreamRps: 1, upstreamBurst: 2 } } });
    const via = (forwarded: string, name: string) =>
      app.request(detail(name), { headers: { 'x-forwarded-for': forwarded } }, fromAddress('10.1.1.1'));
    const spoofing = [];
    for (let i = 0; i < 3; i++) spoofing.push((await via(`192.0.2.${i}, 203.0.113.50`, `s${i}`)).status);
    expect(spoofing).toEqual([200, 200, 429]);
    // Another address behind the same proxy is another client.
    expect((await via('203.0.113.51', 'other')).status).toBe(200);
  });

  it('counts IPv4-mapped addresses as IPv4 and an IPv6 address by its /64', () => {
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe(clientKey('2001:0db8:0001:0002:ffff:1:2:3'));
    expect(clientKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:3::1')).not.toBe(clientKey('2001:db8:1:2::1'));
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
  });
});

describe('fair share: the provider’s refusals are cached for 60 s', () => {
  it.each([
    ['HTTP 404', () => new Response('{"code":404,"msg":"hashtag not found"}', { status: 404 }), 404],
    ['HTTP 400', () => new Response('{"code":400,"msg":"period not supported"}', { status: 400 }), 400],
    [
      'code 40002 (bad parameter) inside HTTP 200',
      () => jsonText('{"code":40002,"msg":"invalid hashtag_name","request_id":"r1"}'),
      400,
    ],
    [
      'code 404 (not found) inside a wrapper',
      () => jsonText('{"code":200,"msg":"OK","data":{"code":404,"msg":"not found"}}'),
      404,
    ],
  ] as const)(
    '%s: asked again within a minute, no provider call; after it, asked again',
    async (_label, handler, status) => {
      const { app, upstream, clock } = setup(handler);
      const first = await app.request(detail('nope'), {}, A);
      expect(first.status).toBe(status);
      const firstBody = await first.text();
      clock.advance(59_000);
      const again = await app.request(detail('nope'), {}, B);
      expect(again.status).toBe(status);
      expect(again.headers.get('cache-control')).toBe('no-store');
      expect(await again.text()).toBe(firstBody);
      expect(upstream.calls).toHaveLength(1);
      clock.advance(2_000);
      await app.request(detail('nope'), {}, A);
      expect(upstream.calls).toHaveLength(2);
    },
  );

  it.each([
    ['HTTP 429', () => new Response('', { status: 429, headers: { 'retry-after': '1' } })],
    ['HTTP 500', () => new Response('{"code":500,"msg":"internal"}', { status: 500 })],
    ['HTTP 503', () => new Response('', { status: 503 })],
    ['a malformed body', () => jsonText('{"code":0,"data":{"list":[{')],
    ['code 40101 (no permission) inside HTTP 200', () => jsonText('{"code":40101,"msg":"no permission"}')],
    ['a timeout', neverAnswers],
  ] as const)('%s is not cached', async (_label, handler) => {
    const { app, upstream, clock } = setup(handler, { config: { timeoutMs: 20 } });
    expect((await app.request(detail('flaky'), {}, A)).status).toBeGreaterThanOrEqual(429);
    clock.advance(2_000);
    await app.request(detail('flaky'), {}, A);
    expect(upstream.calls).toHaveLength(2);
  });

  it('a refusal does not replace data already cached: the older copy is served, marked stale', async () => {
    const { app, upstream, clock } = setup();
    await app.request(detail('was-here'), {}, A);
    upstream.respondWith(() => new Response('{"code":404,"msg":"gone"}', { status: 404 }));
    clock.advance(20 * 60_000);
    const response = await app.request(detail('was-here'), {}, A);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-data-stale')).toBe('1');
  });
});

/** A provider taking `ms` of real time per answer. */
const realLatency =
  (ms: number): UpstreamHandler =>
  () =>
    new Promise((resolve) => setTimeout(() => resolve(jsonText(SEED_DETAIL_TEXT)), ms));

describe('fair share: the provider’s rate, shared in turn (real time)', () => {
  it('while one client floods, another client’s uncached request is served within 1.5 s', async () => {
    const upstream = fakeUpstream(realLatency(20));
    const app = createApp(
      { upstream: upstreamConfig({ rps: 5, timeoutMs: 5_000 }) },
      { fetch: upstream.fetch, log: () => {} },
    );
    const flood = Array.from({ length: 40 }, (_, i) => app.request(detail(`flood${i}`), {}, A));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    const other = await app.request(detail('neighbour'), {}, B);
    const elapsed = performance.now() - started;
    expect(other.status).toBe(200);
    expect(elapsed).toBeLessThan(1_500);
    const statuses = await Promise.all(flood.map(async (r) => (await r).status));
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
  }, 15_000);

  it('10,000 distinct queries from one client: refused at once past its allowance and queue, nothing piles up, others served', async () => {
    const upstream = fakeUpstream(realLatency(20));
    const app = createApp(
      { upstream: upstreamConfig({ rps: 5, timeoutMs: 5_000 }) },
      { fetch: upstream.fetch, log: () => {} },
    );
    await app.request(detail('warm'), {}, B);
    let pending = 0;
    let settled = 0;
    const flood: Promise<number>[] = [];
    for (let i = 0; i < 10_000; i++) {
      pending++;
      flood.push(
        Promise.resolve(app.request(detail(`flood-${i}`), {}, A)).then((r) => {
          pending--;
          settled++;
          return r.status;
        }),
      );
    }
    // Let every request of the flood reach the proxy (validation, cache lookup, allowance, queue).
    await new Promise((resolve) => setTimeout(resolve, 100));
    // No unbounded queue: at most the per-client queue (10) plus the calls under way wait.
    expect(pending).toBeLessThanOrEqual(30);
    expect(settled).toBeGreaterThanOrEqual(9_970);

    const uncachedStart = performance.now();
    const uncached = await app.request(detail('neighbour-new'), {}, B);
    const uncachedMs = performance.now() - uncachedStart;
    const cachedStart = performance.now();
    const cached = await app.request(detail('warm'), {}, B);
    const cachedMs = performance.now() - cachedStart;
    expect([uncached.status, cached.status]).toEqual([200, 200]);
    expect(uncachedMs).toBeLessThan(1_500);
    expect(cachedMs).toBeLessThan(50);

    const statuses = await Promise.all(flood);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(20);
    // The flooder caused at most its burst of provider calls.
    expect(
      upstream.calls.filter((call) => call.url.searchParams.get('hashtag_name')?.startsWith('flood-')).length,
    ).toBeLessThanOrEqual(20);
  }, 30_000);
});
