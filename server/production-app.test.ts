// @vitest-environment node
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { pickEncoding } from './compression';
import { createProductionApp } from './production-app';
import { SEED_ITEM_IDS } from './test-support/fake-upstream';

const INDEX =
  '<!doctype html><html><head><title>Hashtag Trends</title><script src="/theme.js"></script></head>' +
  '<body><div id="root"><!--app-html--></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});`;
const STYLE = `body{color:red}${' '.repeat(3000)}`;

let app: ReturnType<typeof createProductionApp>;
let distDir = '';

beforeAll(() => {
  // tmp/secret.txt sits beside dist/: traversal attempts aim at it.
  const tmp = mkdtempSync(join(tmpdir(), 'trends-dist-'));
  const dist = join(tmp, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(tmp, 'secret.txt'), 'TOP SECRET');
  writeFileSync(join(dist, '.env'), 'TRENDS_API_KEY=nope');
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'robots.txt'), 'User-agent: *');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), SCRIPT);
  writeFileSync(join(dist, 'assets', 'index-abc123.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dist, 'assets', 'index-def456.css'), STYLE);
  // Symlinks in dist/: one to a file outside it, one to a directory outside it, one to a file inside it.
  mkdirSync(join(tmp, 'outside'));
  writeFileSync(join(tmp, 'outside', 'leak.js'), 'TOP SECRET');
  symlinkSync(join(tmp, 'secret.txt'), join(dist, 'assets', 'linked.txt'));
  symlinkSync(join(tmp, 'outside'), join(dist, 'linked-dir'));
  symlinkSync(join(dist, 'robots.txt'), join(dist, 'robots-alias.txt'));
  symlinkSync(join(tmp, 'secret.txt'), join(dist, 'assets', 'index-def456.css.br'));
  distDir = dist;
  // a page's data is all there however slowly this machine compiles the pages on first use
  app = createProductionApp({ distDir: dist, config: {}, pageDataWaitMs: 10_000 });
});

function cspDirectives(response: Response): Map<string, string> {
  const csp = response.headers.get('content-security-policy') ?? '';
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values.join(' ')]),
  );
}

describe('production server: security headers', () => {
  it.each([
    '/',
    '/assets/index-abc123.js',
    '/hashtag/x',
    '/api/health',
    '/api/tiktok/popular-trend/hashtag',
    '/assets/missing.js',
  ])('on %s', async (url) => {
    const response = await app.request(url);
    const csp = cspDirectives(response);
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('connect-src')).toBe("'self'");
    expect(csp.get('img-src')).toBe(
      "'self' data: blob: https://*.tiktokcdn.com https://*.tiktokcdn-eu.com https://*.tiktokcdn-us.com",
    );
    expect(response.headers.get('content-security-policy')).not.toMatch(/unsafe-eval/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.has('x-powered-by')).toBe(false);
  });

  it.each([
    '/',
    '/assets/index-abc123.js',
    '/api/health',
    '/api/tiktok/popular-trend/hashtag',
    '/assets/missing.js',
    '/api/unknown',
  ])('HSTS for two years and a same-origin resource policy on %s', async (url) => {
    const response = await app.request(url);
    expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('with TRUST_PROXY=1, redirects a request the proxy received over http to the same URL over https (301)', async () => {
    const behindProxy = createProductionApp({ distDir, config: { trustProxy: true } });
    const response = await behindProxy.request('http://trends.example:3000/hashtag/fyp?country=GB&period=7', {
      headers: { 'x-forwarded-proto': 'http' },
    });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('https://trends.example/hashtag/fyp?country=GB&period=7');
    expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000');
    const api = await behindProxy.request('http://trends.example/api/health', {
      headers: { 'x-forwarded-proto': 'http' },
    });
    expect(api.status).toBe(301);
    expect(
      (await behindProxy.request('http://trends.example/api/health', { headers: { 'x-forwarded-proto': 'https' } }))
        .status,
    ).toBe(200);
    // Without TRUST_PROXY the header is anyone's: ignored.
    expect(
      (await app.request('http://trends.example/api/health', { headers: { 'x-forwarded-proto': 'http' } })).status,
    ).toBe(200);
  });

  it('keeps the demo SVGs’ own stricter CSP', async () => {
    const response = await app.request(`/api/demo/cover/${SEED_ITEM_IDS[0]}.svg`);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('production server: static files', () => {
  it('renders the page for / and deep links with React; cacheable as its data when all of it came', async () => {
    for (const url of ['/', '/compare', '/hashtag/carmeet', '/watchlist']) {
      const response = await app.request(url, { headers: { accept: 'text/html' } });
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control'), url).toBe(
        'public, max-age=60, s-maxage=300, stale-while-revalidate=600',
      );
      const html = await response.text();
      expect(html).toMatch(/<div id="root">(<!--[^>]*-->)*<div class="flex min-h-screen/);
      expect(html).toContain('<script type="application/json" id="query-state">');
    }
  });

  it('renders the explorer for the URL: its filters in words and the rows of the list', async () => {
    const explorer = await (
      await app.request('/?country=FR&period=30&new=1', { headers: { accept: 'text/html' } })
    ).text();
    expect(explorer).toContain('<h1 class="text-2xl font-semibold tracking-tight">Trending hashtags</h1>');
    expect(explorer).toContain('Top 100 in France, all industries, last 30 days · new to the top 100 only');
    // the first page of the list (only 6 hashtags are new to this demo top 100), drawn: a link per row
    const rows = new Set(explorer.match(/href="\/hashtag\/[^"?]+\?country=FR&amp;period=30"/g));
    expect(rows.size).toBe(6);
    const all = await (await app.request('/?country=FR&period=30', { headers: { accept: 'text/html' } })).text();
    expect(new Set(all.match(/href="\/hashtag\/[^"?]+\?country=FR&amp;period=30"/g)).size).toBe(20);
    // the same file gives a different page per URL: no validator that would say otherwise
    expect((await app.request('/')).headers.get('etag')).toBeNull();
  });

  it('sends a hashtag page drawn to its related videos, with the data it was drawn with', async () => {
    const page = await (
      await app.request('/hashtag/carmeet?country=FR&period=30', { headers: { accept: 'text/html' } })
    ).text();
    expect(page).toContain('<h1 class="break-all text-3xl font-bold tracking-tight">#<!-- -->carmeet</h1>');
    expect(page).toMatch(/Related videos/);
    const state = /<script type="application\/json" id="query-state">(.*?)<\/script>/.exec(page);
    const queries = (JSON.parse(state![1]!) as { queries: { queryKey: unknown[]; state: { data: unknown } }[] })
      .queries;
    const detail = queries.find(
      (q) =>
        JSON.stringify(q.queryKey) ===
        JSON.stringify(['hashtags', 'detail', { name: 'carmeet', country: 'FR', period: 30 }]),
    );
    const api = await (
      await app.request('/api/tiktok/popular-trend/hashtag/detail?hashtag_name=carmeet&country_code=FR&period=30')
    ).json();
    expect((detail?.state.data as { data: unknown }).data).toEqual((api as { data: unknown }).data);
  });

  it('says 404 for a URL that is no view of the app, with the app’s page saying so', async () => {
    const response = await app.request('/no/such/view', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });

  it('keeps a rendered page for the data’s freshness window, per normalised URL', async () => {
    const first = await app.request('/?period=30&country=GB', { headers: { accept: 'text/html' } });
    const again = await app.request('/?country=GB&period=30', { headers: { accept: 'text/html' } });
    expect(again.headers.get('age')).not.toBeNull();
    expect(await again.text()).toBe(await first.text());
  });

  it('caches hashed assets for a year, immutable, with the right type', async () => {
    const response = await app.request('/assets/index-abc123.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe(SCRIPT);
  });

  it('gives unhashed public files a short cache', async () => {
    expect((await app.request('/robots.txt')).headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('gives a browser the app for a link cut mid-escape, so the page can say what it could not find', async () => {
    const response = await app.request('/hashtag/%E0%A4%A?country=GB', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Hashtag Trends</a>');
    expect((await app.request('/.env', { headers: { accept: 'text/html' } })).status).toBe(404);
  });

  it('404s missing assets instead of answering with the app', async () => {
    for (const url of ['/assets/missing.js', '/logo.png']) expect((await app.request(url)).status, url).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/%2e%2e%5csecret.txt',
    '/assets/%00.js',
    '/.env',
    '/%E0%A4%A',
  ])('refuses to leave dist/ or show dotfiles: %s', async (url) => {
    const response = await app.request(url);
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(text).not.toContain('TOP SECRET');
    expect(text).not.toContain('TRENDS_API_KEY');
  });

  it.each(['/assets/linked.txt', '/linked-dir/leak.js'])(
    'does not follow a symlink in dist/ to outside it: %s',
    async (url) => {
      const response = await app.request(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('TOP SECRET');
    },
  );

  it('follows a symlink that stays inside dist/, and never serves a precompressed sibling that leaves it', async () => {
    expect(await (await app.request('/robots-alias.txt')).text()).toBe('User-agent: *');
    const css = await app.request('/assets/index-def456.css', { headers: { 'accept-encoding': 'br' } });
    expect(css.status).toBe(200);
    expect(brotliDecompressSync(Buffer.from(await css.arrayBuffer())).toString()).toBe(STYLE);
  });

  it.each([
    ['br;q=0, gzip', 'gzip'],
    ['gzip, br;q=0', 'gzip'],
    ['br;q=0', null],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['gzip;q=1, br;q=0.2', 'br'],
  ])('reads Accept-Encoding %s with its q-values for precompressed files', async (header, expected) => {
    const response = await app.request('/assets/index-abc123.js', { headers: { 'accept-encoding': header } });
    expect(response.headers.get('content-encoding')).toBe(expected);
  });

  it('serves a precompressed brotli file when accepted', async () => {
    const response = await app.request('/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
  });

  it('compresses text on the fly when there is no precompressed file', async () => {
    const response = await app.request('/assets/index-def456.css', { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(STYLE);
  });

  it('compresses API JSON with brotli when accepted, and leaves small files alone', async () => {
    const api = await app.request('/api/tiktok/popular-trend/hashtag?limit=50', {
      headers: { 'accept-encoding': 'br;q=1, gzip;q=0.5' },
    });
    expect(api.headers.get('content-encoding')).toBe('br');
    const json = JSON.parse(brotliDecompressSync(Buffer.from(await api.arrayBuffer())).toString()) as { code: number };
    expect(json.code).toBe(0);
    const small = await app.request('/robots.txt', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.text()).toBe('User-agent: *');
  });

  it.each([
    [undefined, undefined],
    ['identity', undefined],
    ['gzip', 'gzip'],
    ['gzip, br', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
  ])('picks an encoding for Accept-Encoding %s', (header, expected) => expect(pickEncoding(header)).toBe(expected));

  it('answers a matching ETag with 304', async () => {
    const first = await app.request('/robots.txt');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect((await app.request('/robots.txt', { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('answers HEAD like GET without a body, and refuses other methods on files', async () => {
    const head = await app.request('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await app.request('/', { method: 'POST' })).status).toBe(405);
  });

  it('routes /api to the API, never to the SPA', async () => {
    const response = await app.request('/api/unknown', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });
});
