// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import {
  SEED_DETAIL_TEXT,
  SEED_ITEM_IDS,
  TEST_KEY,
  jsonText,
  neverAnswers,
  type UpstreamHandler,
} from '../test-support/fake-upstream';
import { proxyApp, type ProxyAppOptions } from '../test-support/proxy-app';

const LIST = '/api/tiktok/popular-trend/hashtag';
const DETAIL = '/api/tiktok/popular-trend/hashtag/detail?hashtag_name=chatgpt&country_code=US&period=30';
const ALLOWED = new Set(['page', 'limit', 'period', 'country_code', 'industry_id', 'filter_by', 'hashtag_name']);

/** A valid list body, borrowed from demo mode. */
const LIST_TEXT = await (await createApp().request(`${LIST}?limit=3`)).text();

/** The seed routed to the detail path, the demo list to the list path. */
const realisticUpstream: UpstreamHandler = (url) =>
  jsonText(url.pathname.endsWith('/detail') ? SEED_DETAIL_TEXT : LIST_TEXT, {
    headers: {
      'x-ratelimit-per-second-remaining': '3',
      'set-cookie': 'session=upstream',
      'x-upstream-internal': 'secret',
    },
  });

const setup = (handler: UpstreamHandler = realisticUpstream, options: ProxyAppOptions = {}) =>
  proxyApp(handler, options);

async function expectNoKey(response: Response) {
  const text = await response.clone().text();
  expect(text).not.toContain(TEST_KEY);
  for (const [name, value] of response.headers) expect(`${name}: ${value}`).not.toContain(TEST_KEY);
}

async function errorOf(response: Response) {
  return (await response.json()) as { code: number; msg: string; request_id?: string };
}

/** Lets background refreshes (fire-and-forget promises) settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('proxy: what goes upstream', () => {
  it('adds the key header and forwards only allow-listed parameters to the right path', async () => {
    const { app, upstream } = setup();
    const response = await app.request(
      `${LIST}?country_code=GB&period=30&page=2&limit=50&industry_id=25000000000&filter_by=new_on_board&utm_source=x&api_key=evil`,
    );
    expect(response.status).toBe(200);
    const call = upstream.calls[0];
    expect(call?.url.origin + (call?.url.pathname ?? '')).toBe('http://upstream.test/v1/tiktok/popular-trend/hashtag');
    expect(call?.headers.get('x-api-key')).toBe(TEST_KEY);
    expect(Object.fromEntries(call?.url.searchParams ?? [])).toEqual({
      page: '2',
      limit: '50',
      period: '30',
      country_code: 'GB',
      industry_id: '25000000000',
      filter_by: 'new_on_board',
    });
    expect(call?.url.toString()).not.toContain(TEST_KEY);
  });

  it('uses the configured key header and sends defaults for missing parameters', async () => {
    const { app, upstream } = setup(realisticUpstream, { config: { keyHeader: 'X-RapidAPI-Key' } });
    await app.request(DETAIL.replace('&period=30', ''));
    const call = upstream.calls[0];
    expect(call?.headers.get('x-rapidapi-key')).toBe(TEST_KEY);
    expect(call?.headers.has('x-api-key')).toBe(false);
    expect([...(call?.url.searchParams.keys() ?? [])].every((key) => ALLOWED.has(key))).toBe(true);
    expect(call?.url.searchParams.get('period')).toBe('7');
  });

  it('never calls upstream for a request that fails validation', async () => {
    const { app, upstream } = setup();
    expect((await app.request(`${LIST}?period=90`)).status).toBe(400);
    expect(upstream.calls).toHaveLength(0);
  });
});

describe('proxy: what comes back', () => {
  it('keeps every 19-digit id of the seed exactly, as strings', async () => {
    const { app } = setup();
    const response = await app.request(DETAIL);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(SEED_ITEM_IDS).toHaveLength(49);
    for (const id of SEED_ITEM_IDS) expect(text).toContain(`"item_id":"${id}"`);
    const info = (
      JSON.parse(text) as {
        data: { info: { industry_info: { id: unknown }; related_hashtags: { hashtag_name: string }[] } };
      }
    ).data.info;
    expect(info.industry_info.id).toBe('25000000000');
    expect(info.related_hashtags[0]?.hashtag_name).toBe('курск');
  });

  it('unwraps a provider envelope around TikTok’s body', async () => {
    const wrapped = `{"code":200,"msg":"OK","router":"/x","params":{"k":"v"},"data":${SEED_DETAIL_TEXT}}`;
    const { app } = setup(() => jsonText(wrapped));
    const plain = await (await setup().app.request(DETAIL)).text();
    const response = await app.request(DETAIL);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(plain);
  });

  it('passes on the rate-limit header but no other upstream header or cookie, and is cacheable', async () => {
    const { app } = setup();
    const response = await app.request(`${LIST}?limit=3`);
    expect(response.headers.get('x-ratelimit-per-second-remaining')).toBe('3');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('x-upstream-internal')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=300, stale-while-revalidate=600');
    expect(response.headers.get('x-cache')).toBe('MISS');
    await expectNoKey(response);
  });

  it('reports live mode', async () => {
    expect(await (await setup().app.request('/api/meta')).json()).toEqual({ mode: 'live', history: false });
  });
});

describe('proxy: failures', () => {
  it('429 with Retry-After: passes the wait on and blocks further upstream calls until then', async () => {
    const { app, upstream, clock } = setup(
      () => new Response('{"code":429,"msg":"slow down"}', { status: 429, headers: { 'retry-after': '30' } }),
    );
    const first = await app.request(`${LIST}?page=1`);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('30');
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect((await errorOf(first)).code).toBe(429);

    clock.advance(10_000);
    const blocked = await app.request(`${LIST}?page=2`);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('20');
    expect(upstream.calls).toHaveLength(1);

    upstream.respondWith(realisticUpstream);
    clock.advance(21_000);
    expect((await app.request(`${LIST}?page=2`)).status).toBe(200);
    expect(upstream.calls).toHaveLength(2);
  });

  it.each([
    ['HTTP 500 → 502', () => new Response('{"code":500,"msg":"internal"}', { status: 500 }), 502, /HTTP 500/],
    ['HTTP 401 → 502', () => new Response('', { status: 401 }), 502, /HTTP 401/],
    ['malformed JSON → 502', () => jsonText('{"code":0,"data":{"list":[{'), 502, /malformed JSON/],
    ['an HTML error page → 502', () => jsonText('<html>Bad gateway</html>'), 502, /malformed JSON/],
    [
      'wrong field types → 502 naming the path',
      () => jsonText(LIST_TEXT.replace('"rank":1', '"rank":"1"')),
      502,
      /data\.list\.0\.rank/,
    ],
    ['no data at all → 502', () => jsonText('{"code":0,"msg":"OK","data":{}}'), 502, /unexpected response/],
    [
      'the provider rejecting the request → 400 with its reason',
      () => new Response('{"code":400,"msg":"period not supported"}', { status: 400 }),
      400,
      /period not supported/,
    ],
  ] as const)('%s', async (_label, handler, status, msg) => {
    const { app } = setup(handler);
    const response = await app.request(`${LIST}?limit=3`);
    expect(response.status).toBe(status);
    expect(response.headers.get('cache-control')).toBe('no-store');
    await expectNoKey(response);
    expect((await errorOf(response)).msg).toMatch(msg);
  });

  it('code 40101 inside HTTP 200 → 502 with the provider’s message, at either envelope depth', async () => {
    const inner = '{"code":40101,"msg":"no permission","request_id":"abc"}';
    for (const text of [inner, `{"code":200,"msg":"OK","data":${inner}}`]) {
      const response = await setup(() => jsonText(text)).app.request(DETAIL);
      expect(response.status).toBe(502);
      expect(await errorOf(response)).toEqual({ code: 40101, msg: 'no permission', request_id: 'abc' });
    }
  });

  it('redacts the key if the provider echoes it back', async () => {
    const { app } = setup(() => new Response(`{"code":403,"msg":"bad key ${TEST_KEY}"}`, { status: 403 }));
    const response = await app.request(DETAIL);
    expect(response.status).toBe(502);
    await expectNoKey(response);
    expect((await errorOf(response)).msg).toContain('[redacted]');
  });

  it('times out → 504', async () => {
    const { app } = setup(neverAnswers, { config: { timeoutMs: 30 } });
    const response = await app.request(DETAIL);
    expect(response.status).toBe(504);
    expect((await errorOf(response)).code).toBe(504);
  });

  it('an unreachable provider → 502', async () => {
    const { app } = setup(() => Promise.reject(new TypeError('fetch failed')));
    expect((await app.request(DETAIL)).status).toBe(502);
  });
});

describe('proxy: cache', () => {
  it('answers a repeat from cache, even with parameters reordered or unknown ones added', async () => {
    const { app, upstream } = setup();
    await app.request(`${LIST}?page=1&limit=20`);
    const again = await app.request(`${LIST}?limit=20&utm=x&page=1`);
    expect(again.status).toBe(200);
    expect(again.headers.get('x-cache')).toBe('HIT');
    expect(upstream.calls).toHaveLength(1);
  });

  it('coalesces 20 concurrent identical requests into one upstream call', async () => {
    const { app, upstream } = setup(async (url) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return realisticUpstream(url, undefined);
    });
    const responses = await Promise.all(Array.from({ length: 20 }, () => app.request(DETAIL)));
    expect(upstream.calls).toHaveLength(1);
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(new Set(await Promise.all(responses.map((r) => r.text()))).size).toBe(1);
  });

  it('stale-while-revalidate: after the fresh minute, answers from cache at once and refreshes once in the background', async () => {
    const { app, upstream, clock } = setup();
    const before = await (await app.request(`${LIST}?limit=3`)).text();
    const body = JSON.parse(LIST_TEXT) as { data: { list: { video_views: number }[] } };
    body.data.list.forEach((item) => (item.video_views += 1));
    const changed = JSON.stringify(body);
    upstream.respondWith(() => jsonText(changed));
    clock.advance(61_000);

    const stale = await app.request(`${LIST}?limit=3`);
    expect(stale.headers.get('x-cache')).toBe('STALE');
    expect(stale.headers.get('x-data-stale')).toBeNull();
    expect(await stale.text()).toBe(before);
    await settle();
    expect(upstream.calls).toHaveLength(2);

    const fresh = await app.request(`${LIST}?limit=3`);
    expect(fresh.headers.get('x-cache')).toBe('HIT');
    expect(await fresh.text()).not.toBe(before);
    expect(upstream.calls).toHaveLength(2);
  });

  it('stale-if-error: when the provider fails after the revalidation window, serves the old copy marked stale', async () => {
    const { app, upstream, clock, logs } = setup();
    const before = await (await app.request(DETAIL)).text();
    upstream.respondWith(() => new Response('oops', { status: 503 }));
    clock.advance(20 * 60_000);

    const response = await app.request(DETAIL);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-cache')).toBe('STALE');
    expect(response.headers.get('x-data-stale')).toBe('1');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(before);
    expect(upstream.calls).toHaveLength(2);
    expect(logs.join('\n')).toMatch(/serving a cached copy/);
    expect(logs.join('\n')).not.toContain(TEST_KEY);
  });

  it('stale-if-error also covers timeouts and a 429 from the provider', async () => {
    for (const failing of [neverAnswers, () => new Response('', { status: 429, headers: { 'retry-after': '5' } })]) {
      const { app, upstream, clock } = setup(realisticUpstream, { config: { timeoutMs: 30 } });
      await app.request(DETAIL);
      upstream.respondWith(failing);
      clock.advance(20 * 60_000);
      const response = await app.request(DETAIL);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-data-stale')).toBe('1');
    }
  });

  it('forgets entries after the stale-if-error window', async () => {
    const { app, upstream, clock } = setup();
    await app.request(DETAIL);
    upstream.respondWith(() => new Response('', { status: 500 }));
    clock.advance(2 * 60 * 60_000);
    expect((await app.request(DETAIL)).status).toBe(502);
  });
});

describe('proxy: rate limit', () => {
  it('never sends more than TRENDS_API_RPS calls in any one-second window', async () => {
    const { app, upstream } = setup(realisticUpstream, {
      config: { rps: 2 },
      deps: { policy: { maxTokenWaitMs: 10_000 } },
    });
    const responses = await Promise.all(Array.from({ length: 7 }, (_, i) => app.request(`${LIST}?page=${i + 1}`)));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    const times = upstream.calls.map((call) => call.at).sort((a, b) => a - b);
    expect(times).toHaveLength(7);
    for (const start of times)
      expect(times.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(2);
  });

  it('answers 429 with Retry-After when no token comes in time and nothing is cached', async () => {
    const { app, upstream } = setup(realisticUpstream, { config: { rps: 2 }, deps: { policy: { maxTokenWaitMs: 0 } } });
    const responses = await Promise.all(Array.from({ length: 5 }, (_, i) => app.request(`${LIST}?page=${i + 1}`)));
    expect(upstream.calls).toHaveLength(2);
    const limited = responses.filter((r) => r.status === 429);
    expect(limited).toHaveLength(3);
    expect(limited.every((r) => r.headers.get('retry-after') === '1')).toBe(true);
  });
});
