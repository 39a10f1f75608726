// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv } from '../config';
import { createDemoSource } from '../demo/demo-source';
import { createProductionApp } from '../production-app';
import { createOgRenderer, warmOgRenderer } from './og-renderer';
import type { TrendsSource } from '../trends-source';
import { formatCompact } from '../../src/contract/format-number';

/** index.html as the repository has it: the head the server rewrites, the shell markers, the boot script. */
const INDEX = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const ORIGIN = 'https://trends.example.test';
const HOSTILE = `"><script>alert(1)</script><img src=x onerror=alert(2)>'&amp;`;

/** The demo data, with the provider's words made hostile where a test asks for it. */
function hostileSource(): TrendsSource {
  const demo = createDemoSource();
  return {
    mode: demo.mode,
    list: async (params, asker) => {
      const answer = await demo.list(params, asker);
      const body = JSON.parse(answer.json);
      if (params.country_code === 'DE') body.data.list[0].hashtag_name = HOSTILE;
      return { ...answer, json: JSON.stringify(body) };
    },
    detail: async (params, asker) => {
      const answer = await demo.detail(params, asker);
      const body = JSON.parse(answer.json);
      if (params.country_code === 'DE') {
        body.data.info.description = HOSTILE;
        body.data.info.hashtag_name = HOSTILE;
      }
      return { ...answer, json: JSON.stringify(body) };
    },
  };
}

let app: ReturnType<typeof createProductionApp>;

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'trends-previews-'));
  writeFileSync(join(dist, 'index.html'), INDEX);
  // as the Node server does once it listens (node.ts): the renderer's libraries and fonts load before any picture
  const drawOgImage = createOgRenderer();
  console.log(`og renderer warmed up in ${(await warmOgRenderer(drawOgImage)).toFixed(0)} ms (cold process)`);
  app = createProductionApp({
    distDir: dist,
    config: { publicOrigin: ORIGIN },
    deps: { source: hostileSource() },
    drawOgImage,
  });
});

const page = async (path: string, headers: Record<string, string> = {}) => {
  const response = await app.request(path, { headers: { accept: 'text/html', ...headers } });
  expect(response.status).toBe(200);
  return response.text();
};

/** Every `<meta>` of the head by its name or property (the raw, still escaped, attribute value). */
function metaOf(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of html.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)" \/>/g)) {
    out[match[1]!] = match[2]!;
  }
  return out;
}
const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]*)" \/>/.exec(html)?.[1];

describe('link previews in every page’s head', () => {
  it('the explorer: its filters in words, a canonical URL without noise, its picture', async () => {
    const html = await page('/?utm_source=x&period=30&industry=22000000000&country=FR');
    const meta = metaOf(html);
    const title = 'Top 100 TikTok hashtags in France, apparel &amp; accessories, last 30 days';
    expect(titleOf(html)).toBe(`${title} · Hashtag Trends`);
    expect(meta['og:title']).toBe(title);
    expect(meta['twitter:title']).toBe(title);
    expect(meta.description).toBe(
      'The hashtags trending on TikTok in France, apparel &amp; accessories, last 30 days: ranks, rank changes, posts and views.',
    );
    expect(meta['og:description']).toBe(meta.description);
    expect(meta['twitter:description']).toBe(meta.description);
    expect(canonicalOf(html)).toBe(`${ORIGIN}/?country=FR&amp;period=30&amp;industry=22000000000`);
    expect(meta['og:url']).toBe(canonicalOf(html));
    expect(meta['og:image']).toBe(`${ORIGIN}/og/explorer.png?country=FR&amp;period=30&amp;industry=22000000000`);
    expect(meta['twitter:image']).toBe(meta['og:image']);
    expect(meta['twitter:card']).toBe('summary_large_image');
    expect(meta['og:type']).toBe('website');
    expect(meta['og:site_name']).toBe('Hashtag Trends');
    expect([meta['og:image:width'], meta['og:image:height'], meta['og:image:type']]).toEqual([
      '1200',
      '630',
      'image/png',
    ]);
    expect(meta['og:image:alt']).toBe(`${title}: the top 5 with their rank changes`);
    // one description: index.html's generic one is replaced, not kept beside it
    expect(html.match(/name="description"/g)).toHaveLength(1);
    // the page shell is still written
    expect(html).toContain('Top 100 in France, apparel &amp; accessories, last 30 days');
  });

  it('a hashtag page: its rank in the country’s top 100, scope and posts, from the data the page is sent with', async () => {
    const chart = (await (
      await app.request('/api/tiktok/popular-trend/hashtag?country_code=FR&period=30&page=1&limit=100')
    ).json()) as { data: { list: { hashtag_name: string; rank: number }[] } };
    const name = chart.data.list.find((item) => item.rank === 3)!.hashtag_name;
    const detail = (await (
      await app.request(`/api/tiktok/popular-trend/hashtag/detail?hashtag_name=${name}&country_code=FR&period=30`)
    ).json()) as { data: { info: { publish_cnt: number; description?: string } } };
    const html = await page(`/hashtag/${encodeURIComponent(name)}?period=30&country=FR&utm=x`);
    const meta = metaOf(html);
    const posts = formatCompact(detail.data.info.publish_cnt);
    expect(posts).toMatch(/^\d+(\.\d)?[KMB]$/);
    const title = `#${name}: #3 in France, last 30 days, ${posts} posts`;
    expect(meta['og:title']).toBe(title);
    expect(meta['twitter:title']).toBe(title);
    expect(titleOf(html)).toBe(`${title} · Hashtag Trends`);
    expect(meta['og:description']).toBe(detail.data.info.description);
    expect(canonicalOf(html)).toBe(`${ORIGIN}/hashtag/${name}?country=FR&amp;period=30`);
    expect(meta['og:image']).toBe(`${ORIGIN}/og/hashtag/${name}.png?country=FR&amp;period=30`);
    expect(meta['og:image:alt']).toBe(`${title}, with its popularity curve`);
  });

  it('a hashtag out of the top 100 is described without a rank', async () => {
    const meta = metaOf(await page('/hashtag/carmeet?country=FR&period=30'));
    expect(meta['og:title']).toMatch(/^#carmeet: France, last 30 days, [\d.]+K posts$/);
    expect(meta['og:description']).toBe(
      '#carmeet collects short videos from creators and brands joining the conversation.',
    );
  });

  it('compare, the deck and the watchlist describe their views too', async () => {
    const compare = metaOf(await page('/compare?tags=chatgpt,%23booktok,ootd&country=GB&period=7&mode=posts'));
    expect(compare['og:title']).toBe('Compare #chatgpt, #booktok and #ootd: United Kingdom, last 7 days');
    expect(compare['og:image']).toBe(`${ORIGIN}/og/compare.png?tags=chatgpt,booktok,ootd&amp;country=GB`);
    const deck = metaOf(await page('/present?country=JP&new=1&slide=3'));
    expect(deck['og:title']).toBe(
      'Presentation: top 10 TikTok hashtags new to the top 100 in Japan, all industries, last 7 days',
    );
    expect(deck['og:url']).toBe(`${ORIGIN}/present?country=JP&amp;new=1`);
    const picked = metaOf(await page('/present?tags=a,b&period=120'));
    expect(picked['og:title']).toBe('Presentation: #a and #b in United States, last 120 days');
    const watchlist = await page('/watchlist');
    expect(metaOf(watchlist)['og:title']).toBe('Watchlist');
    expect(canonicalOf(watchlist)).toBe(`${ORIGIN}/watchlist`);
    expect(metaOf(watchlist)['twitter:card']).toBe('summary_large_image');
  });

  it('keeps hostile names inert in every attribute: from the URL and from the provider', async () => {
    const fromUrl = await page(`/hashtag/${encodeURIComponent(HOSTILE)}?country=DE`);
    const fromProvider = await page('/hashtag/carmeet?country=DE');
    for (const html of [fromUrl, fromProvider]) {
      // the head's tags up to the page's data (a JSON block whose every "<" is written \u003c, tested elsewhere)
      const head = html.slice(0, html.indexOf('<script'));
      expect(head).not.toMatch(/<script>alert|<img|onerror=alert\(2\)>/);
      // every tag of the head still parses as the tag it was written as: no attribute was closed early
      const tags = [...head.matchAll(/<(meta|link) ([^>]*)>/g)].map((m) => m[2]!);
      for (const attributes of tags) expect(attributes).toMatch(/^(?:[\w:-]+="[^"<>]*" ?)+\/?$/);
    }
    const meta = metaOf(fromUrl);
    expect(meta['og:title']).toContain('#&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    // the provider's description, written as text (its "&amp;" entity decoded once, then escaped)
    expect(metaOf(fromProvider)['og:description']).toBe(
      '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&#39;&amp;',
    );
  });

  it('writes absolute URLs on PUBLIC_ORIGIN, never on the request’s Host', async () => {
    const html = await page('/hashtag/carmeet', { host: 'evil.example', 'x-forwarded-host': 'evil.example' });
    const poisoned = await app.request('http://evil.example/?country=FR', { headers: { accept: 'text/html' } });
    for (const text of [html, await poisoned.text()]) {
      expect(text).not.toContain('evil.example');
      expect(text).toContain(`content="${ORIGIN}/og/`);
    }
  });

  it('reads PUBLIC_ORIGIN as an origin, with http://localhost:$PORT without one', () => {
    expect(configFromEnv({ PORT: '4305' }).publicOrigin).toBe('http://localhost:4305');
    expect(configFromEnv({}).publicOrigin).toBe('http://localhost:3000');
    expect(configFromEnv({ PUBLIC_ORIGIN: ' https://trends.example.com/some/path/ ' }).publicOrigin).toBe(
      'https://trends.example.com',
    );
    expect(() => configFromEnv({ PUBLIC_ORIGIN: 'trends.example.com' })).toThrow(ConfigError);
    expect(() => configFromEnv({ PUBLIC_ORIGIN: 'javascript:alert(1)' })).toThrow(/PUBLIC_ORIGIN/);
  });
});

/** The PNG's width and height from its IHDR chunk (bytes 16–23, big-endian), after checking the signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe('IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

async function picture(path: string) {
  const started = performance.now();
  const response = await app.request(path);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, ms: performance.now() - started };
}

describe('the link-preview picture', () => {
  it.each([
    ['a hashtag', '/og/hashtag/carmeet.png?country=FR&period=30'],
    ['the explorer', '/og/explorer.png?country=FR&period=30&industry=22000000000'],
    ['compare', '/og/compare.png?tags=carmeet,chatgpt,ootd&country=FR'],
    ['a deck', '/og/present.png?country=JP'],
    ['the watchlist', '/og/watchlist.png'],
  ])('of %s is a 1200×630 PNG under 150 KB, drawn once and then served from memory', async (_, path) => {
    const first = await picture(path);
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get('content-type')).toBe('image/png');
    expect(pngSize(first.bytes)).toEqual({ width: 1200, height: 630 });
    expect(first.bytes.byteLength).toBeLessThan(150 * 1024);
    expect(first.response.headers.get('cache-control')).toBe(
      'public, max-age=60, s-maxage=300, stale-while-revalidate=600',
    );
    expect(first.response.headers.get('x-og-cache')).toBe('MISS');
    // The drawing time is reported (Server-Timing); its budget (≤ 500 ms) is judged by `npm run bench -- --only=og`,
    // not by a timed test.
    expect(Number(/draw;dur=([\d.]+)/.exec(first.response.headers.get('server-timing') ?? '')?.[1])).toBeGreaterThan(0);

    const second = await picture(path);
    expect(second.response.headers.get('x-og-cache')).toBe('HIT');
    expect(second.bytes).toEqual(first.bytes);
  });

  it('is one picture per view: noise, order and defaults in the URL make no second drawing', async () => {
    const first = await picture('/og/hashtag/chatgpt.png?period=30&country=GB');
    const same = await picture('/og/hashtag/chatgpt.png?utm=1&country=GB&period=30');
    expect(first.response.headers.get('x-og-cache')).toBe('MISS');
    expect(same.response.headers.get('x-og-cache')).toBe('HIT');
    expect(same.bytes).toEqual(first.bytes);
  });

  it('draws hostile names as text, and goes without the data it could not have (no-cache, kept briefly)', async () => {
    const hostile = await picture('/og/explorer.png?country=DE');
    expect(hostile.response.status).toBe(200);
    expect(pngSize(hostile.bytes)).toEqual({ width: 1200, height: 630 });
    // demo mode has no such hashtag: the picture says what the URL is about, without figures
    const missing = await picture('/og/hashtag/no-such-hashtag-anywhere.png');
    expect(missing.response.status).toBe(200);
    expect(pngSize(missing.bytes)).toEqual({ width: 1200, height: 630 });
    expect(missing.response.headers.get('cache-control')).toBe('no-cache');
    // kept for a few seconds all the same: asking again and again does not draw again and again
    const again = await picture('/og/hashtag/no-such-hashtag-anywhere.png');
    expect(again.response.headers.get('x-og-cache')).toBe('HIT');
    expect(again.response.headers.get('cache-control')).toBe('no-cache');
  });

  it('draws two at a time with sixteen waiting, and answers 503 past that', async () => {
    let open = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    const real = createOgRenderer();
    const busy = createProductionApp({
      distDir: mkdtempSync(join(tmpdir(), 'trends-previews-')),
      config: {},
      drawOgImage: async (element) => {
        await gate;
        return real(element);
      },
    });
    const asked = Array.from({ length: 19 }, (_, i) => busy.request(`/og/compare.png?tags=t${i}`));
    // while the drawings are held, the only answer that can come is the refusal of the one in excess
    const first = await Promise.race(asked);
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('5');
    expect(first.headers.get('cache-control')).toBe('no-store');
    open();
    const statuses = (await Promise.all(asked)).map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(18).fill(200), 503]);
  });

  it('answers 404 for a path that is no page’s picture', async () => {
    for (const path of ['/og/nothing.png', '/og/hashtag/a/b.png', '/og/explorer.jpg', '/og/']) {
      expect((await app.request(path)).status, path).toBe(404);
    }
  });
});
