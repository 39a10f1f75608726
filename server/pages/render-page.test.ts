// @vitest-environment node
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../src/entry-server';
import { createApp } from '../app';
import type { ApiFetch } from '../in-process-api';
import { PAGE_CACHE_MS, pageKey, pageRoute } from './render-page';

const TEMPLATE =
  '<!doctype html><html><head><title>Hashtag Trends</title></head><body><div id="root"><!--app-html--></div></body></html>';
const demo = createApp({});
const askDemo: ApiFetch = (path) => demo.request(path);
const DETAIL = '/api/tiktok/popular-trend/hashtag/detail?hashtag_name=carmeet&country_code=FR&period=30';

/** A server answering pages with the real renderer, asking our API through `ask`. */
function pages(ask: ApiFetch, options: { waitMs?: number; now?: () => number } = {}) {
  const app = new Hono();
  app.get(
    '*',
    pageRoute({
      template: async () => TEMPLATE,
      render: renderPage,
      publicOrigin: 'https://trends.example',
      askApi: () => ask,
      waitMs: options.waitMs ?? 10_000,
      cache: true,
      now: options.now,
    }),
  );
  return (url: string) => app.request(url);
}

/** The query keys and statuses of the cache a page was sent with. */
function sentQueries(html: string): { key: string; data: unknown }[] {
  const json = /<script type="application\/json" id="query-state">(.*?)<\/script>/.exec(html)?.[1];
  const state = JSON.parse(json ?? '{"queries":[]}') as { queries: { queryKey: unknown; state: { data: unknown } }[] };
  return state.queries.map((q) => ({ key: JSON.stringify(q.queryKey), data: q.state.data }));
}
const detailKey = JSON.stringify(['hashtags', 'detail', { name: 'carmeet', country: 'FR', period: 30 }]);

/** `ask`, with the detail's answer replaced by `answer`. */
const withDetail =
  (answer: () => Response | Promise<Response>): ApiFetch =>
  (path) =>
    path.includes('/hashtag/detail?hashtag_name=carmeet') ? answer() : askDemo(path);

describe('a page rendered on the server', () => {
  it('is drawn from our API’s answers to the requests the page makes, sent along as they were read', async () => {
    const response = await pages(askDemo)('/hashtag/carmeet?period=30&country=FR&utm=x');
    const html = await response.text();
    expect(html).toContain('#<!-- -->carmeet</h1>');
    const detail = sentQueries(html).find((q) => q.key === detailKey);
    // the data as the browser's own request would have read it: 19-digit ids as strings, untouched
    expect((detail?.data as { data: unknown }).data).toEqual(
      ((await (await askDemo(DETAIL)).json()) as { data: unknown }).data,
    );
    expect(html).toContain(
      '<link rel="canonical" href="https://trends.example/hashtag/carmeet?country=FR&amp;period=30" />',
    );
  });

  it('draws a URL the app corrects as the app does: with the notice, for the corrected request', async () => {
    const html = await (await pages(askDemo)('/hashtag/carmeet?country=ZZ')).text();
    expect(html).toMatch(/Unknown country.{0,40}ZZ/);
    expect(sentQueries(html).map((q) => q.key)).toContain(
      JSON.stringify(['hashtags', 'detail', { name: 'carmeet', country: 'US', period: 7 }]),
    );
  });

  it.each([
    ['an error inside a 200', () => new Response('{"code":40101,"msg":"bad key"}')],
    ['a body the schema refuses', () => new Response('{"code":0,"data":{"info":{"hashtag_name":5}}}')],
    ['a 502', () => new Response('{}', { status: 502 })],
    ['a failed call', () => Promise.reject(new Error('down'))],
  ])('is sent loading, neither kept nor cacheable, when the API says no: %s', async (_, answer) => {
    const response = await pages(withDetail(answer))('/hashtag/carmeet?country=FR&period=30');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const html = await response.text();
    expect(sentQueries(html).map((q) => q.key)).not.toContain(detailKey);
    expect(html).toContain('aria-busy="true"');
  });

  it('does not wait past its wait for a slow provider: the page goes at once, the late answer follows in it', async () => {
    const slow = withDetail(() => new Promise((resolve) => setTimeout(() => resolve(askDemo(DETAIL)), 400)));
    const response = await pages(slow, { waitMs: 20 })('/hashtag/carmeet?country=FR&period=30');
    // not kept, and not held back by a proxy to be compressed whole
    expect(response.headers.get('cache-control')).toBe('no-cache, no-transform');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const started = Date.now();
    const first = decoder.decode((await reader.read()).value);
    expect(Date.now() - started).toBeLessThan(300);
    // the page, the detail drawn loading, and the manifest naming the request on its way
    expect(first).toContain('#<!-- -->carmeet</h1>');
    expect(sentQueries(first).map((q) => q.key)).not.toContain(detailKey);
    expect(first).toContain(`<script type="application/json" id="streamed-answers">["${DETAIL}"]</script>`);
    expect(first).not.toContain('</html>');
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      rest += decoder.decode(chunk.value, { stream: true });
    // then the answer, as the browser's own request would have read it, and the end of the page
    const block = /<script type="application\/json" data-streamed-answer>(.*?)<\/script>/.exec(rest)?.[1];
    const answer = JSON.parse(block ?? 'null') as {
      path: string;
      status: number;
      headers: Record<string, string>;
      body: string;
    };
    expect(answer.path).toBe(DETAIL);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.body).toBe(await (await askDemo(DETAIL)).text());
    expect(rest).toMatch(/<\/body><\/html>$/);
  });

  it('draws saved data served after the provider failed, says so, and is not cacheable', async () => {
    const stale = withDetail(async () => {
      const real = await askDemo(DETAIL);
      return new Response(await real.text(), { headers: { 'content-type': 'application/json', 'X-Data-Stale': '1' } });
    });
    const response = await pages(stale)('/hashtag/carmeet?country=FR&period=30');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('The trends provider did not answer; showing saved data from');
  });

  it('keeps hostile text as text: escaped in the markup, and unable to end the data block', async () => {
    const hostile = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    const ask = withDetail(async () => {
      const body = (await (await askDemo(DETAIL)).json()) as { data: { info: Record<string, unknown> } };
      body.data.info.description = hostile;
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    });
    const html = await (await pages(ask)('/hashtag/carmeet?country=FR&period=30')).text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    // the block's JSON still reads back to the provider's text
    const detail = sentQueries(html).find((q) => q.key === detailKey);
    expect((detail?.data as { data: { info: { description: string } } }).data.info.description).toBe(hostile);
  });

  it('is kept for the data’s freshness window per normalised URL, then drawn again', async () => {
    let now = 1_000_000;
    let asked = 0;
    const get = pages(
      (path) => {
        asked++;
        return askDemo(path);
      },
      { now: () => now },
    );
    const first = await (await get('/?period=30&country=GB')).text();
    const askedForOne = asked;
    now += PAGE_CACHE_MS - 1;
    const again = await get('/?country=GB&period=30');
    expect(again.headers.get('age')).toBe(String(Math.floor((PAGE_CACHE_MS - 1) / 1000)));
    expect(await again.text()).toBe(first);
    expect(asked).toBe(askedForOne);
    now += 1;
    await get('/?country=GB&period=30');
    expect(asked).toBeGreaterThan(askedForOne);
  });

  it('renders a page once for a burst of requests for it', async () => {
    let asked = 0;
    const get = pages((path) => {
      asked++;
      return askDemo(path);
    });
    await get('/?country=DE');
    const forOne = asked;
    const burst = await Promise.all([1, 2, 3, 4].map(() => get('/?country=FR')));
    expect(new Set(await Promise.all(burst.map((r) => r.text()))).size).toBe(1);
    expect(asked).toBe(2 * forOne);
  });

  it('names one page per set of parameters, whatever their order', () => {
    expect(pageKey(new URL('http://x/?b=2&a=1&a=0'))).toBe(pageKey(new URL('http://x/?a=0&a=1&b=2')));
    expect(pageKey(new URL('http://x/hashtag/a?b=1'))).not.toBe(pageKey(new URL('http://x/hashtag/b?b=1')));
  });
});
