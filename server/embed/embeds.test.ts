// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv } from '../config';
import { createProductionApp } from '../production-app';

const ORIGIN = 'https://trends.example.com';
const INDEX =
  '<!doctype html><html lang="en"><head><title>Hashtag Trends</title><script src="/theme.js"></script></head>' +
  '<body><div id="root"><!--app-html--></div></body></html>';
const EMBED =
  '<!doctype html><html lang="en"><head><title>Hashtag Trends</title></head>' +
  '<body><div id="root"><!--app-html--></div><script type="module" src="/assets/embed-abc.js"></script></body></html>';
/** A name that tries to leave every attribute and element it lands in. */
const HOSTILE = `"><script>alert(1)</script>'`;

let distDir = '';
const appWith = (config: Parameters<typeof createProductionApp>[0]['config'] = {}) =>
  createProductionApp({ distDir, config: { publicOrigin: ORIGIN, ...config } });

beforeAll(() => {
  distDir = mkdtempSync(join(tmpdir(), 'trends-embed-dist-'));
  writeFileSync(join(distDir, 'index.html'), INDEX);
  writeFileSync(join(distDir, 'embed.html'), EMBED);
});

function frameAncestors(response: Response): string | undefined {
  const csp = response.headers.get('content-security-policy') ?? '';
  return /frame-ancestors ([^;]+)/.exec(csp)?.[1];
}

describe('framing: only the /embed pages', () => {
  it.each(['/embed', '/embed/hashtag/chatgpt', '/embed/compare?tags=a,b', '/embed/hashtag/chatgpt?chart=age'])(
    '%s may be framed by anyone by default, without X-Frame-Options',
    async (url) => {
      const response = await appWith().request(url, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      // rendered by React on the server
      expect(await response.text()).toMatch(/<main class="[^"]*"><h1[^>]*>[^<]+<\/h1>/);
      expect(frameAncestors(response)).toBe('*');
      expect(response.headers.has('x-frame-options')).toBe(false);
      // the rest of the policy is the pages' own
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    },
  );

  it('the top N with its data is a page with no script to run; a chart keeps its own', async () => {
    const top = await (
      await appWith().request('/embed?country=GB&limit=5', { headers: { accept: 'text/html' } })
    ).text();
    expect(top).not.toMatch(/<script type="module"|modulepreload|id="query-state"/);
    expect(top.match(/<tr/g)).toHaveLength(6); // the header and five rows
    const chart = await (
      await appWith().request('/embed/hashtag/chatgpt', { headers: { accept: 'text/html' } })
    ).text();
    expect(chart).toContain('/assets/embed-abc.js');
    expect(chart).toContain('id="query-state"');
  });

  it.each(['/', '/hashtag/chatgpt', '/compare?tags=a,b', '/embedded', '/embed.html', '/api/health', '/oembed'])(
    '%s may be framed by no one',
    async (url) => {
      const response = await appWith().request(url, { headers: { accept: 'text/html' } });
      expect(frameAncestors(response)).toBe("'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    },
  );

  it('EMBED_ANCESTORS names the sites that may frame an embed, and only an embed', async () => {
    const config = configFromEnv({ EMBED_ANCESTORS: ' https://intranet.example.com   https://*.notion.site ' });
    expect(config.embedAncestors).toBe('https://intranet.example.com https://*.notion.site');
    const app = appWith({ embedAncestors: config.embedAncestors });
    expect(frameAncestors(await app.request('/embed/hashtag/chatgpt'))).toBe(
      'https://intranet.example.com https://*.notion.site',
    );
    expect(frameAncestors(await app.request('/'))).toBe("'none'");
  });

  it('EMBED_ANCESTORS: absent is *, a value that could break the header is a ConfigError naming the variable', () => {
    expect(configFromEnv({}).embedAncestors).toBe('*');
    expect(configFromEnv({ EMBED_ANCESTORS: "'self' https://a.example:8443 http://localhost:*" }).embedAncestors).toBe(
      "'self' https://a.example:8443 http://localhost:*",
    );
    for (const bad of [
      "https://a.example; script-src 'unsafe-inline'",
      'https://a.example,https://b.example',
      'https://a.example/path',
      '"https://a.example"',
      'javascript:alert(1)',
      "'none' https://a.example",
    ]) {
      expect(() => configFromEnv({ EMBED_ANCESTORS: bad }), bad).toThrow(ConfigError);
      expect(() => configFromEnv({ EMBED_ANCESTORS: bad }), bad).toThrow(/EMBED_ANCESTORS/);
    }
  });
});

describe('the embed pages', () => {
  it('carry the embed’s title, escaped, and the dark class when ?theme=dark', async () => {
    const response = await appWith().request(`/embed/hashtag/${encodeURIComponent(HOSTILE)}?theme=dark`);
    const html = await response.text();
    expect(html).toContain('<html class="dark" lang="en">');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('<title>#&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39;: United States, last 7 days');
  });

  it('a path under /embed that is no embed is a 404 (the page says so), still frameable', async () => {
    const response = await appWith().request('/embed/nothing');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<title>Embed not found');
    expect(frameAncestors(response)).toBe('*');
  });
});

interface OEmbed {
  version: string;
  type: string;
  provider_name: string;
  provider_url: string;
  title: string;
  html: string;
  width: number;
  height: number;
}

const oembed = async (params: Record<string, string>) => {
  const response = await appWith().request(`/oembed?${new URLSearchParams(params).toString()}`);
  return { response, body: (await response.json()) as OEmbed & { code?: number; msg?: string } };
};

describe('oEmbed', () => {
  it('a hashtag page: the rich embed of its popularity chart, titled in the page’s words', async () => {
    const { response, body } = await oembed({ url: `${ORIGIN}/hashtag/chatgpt?country=GB&period=30`, format: 'json' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(body).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Hashtag Trends',
      provider_url: `${ORIGIN}/`,
      title: '#chatgpt: United Kingdom, last 30 days',
      width: 640,
      height: 530,
    });
    expect(body.html).toBe(
      `<iframe src="${ORIGIN}/embed/hashtag/chatgpt?country=GB&amp;period=30" width="640" height="530" title="#chatgpt: United Kingdom, last 30 days" loading="lazy" style="border:0"></iframe>`,
    );
  });

  it.each([
    [`${ORIGIN}/`, `${ORIGIN}/embed"`, 'Top 10 TikTok hashtags in United States, all industries, last 7 days'],
    [`${ORIGIN}/?country=FR&period=7`, `${ORIGIN}/embed?country=FR"`, 'Top 10 TikTok hashtags in France'],
    [`${ORIGIN}/compare?tags=a,b`, `${ORIGIN}/embed/compare?tags=a,b"`, 'Compare #a and #b'],
    [
      `${ORIGIN}/embed/hashtag/fitness?chart=age&theme=dark`,
      `${ORIGIN}/embed/hashtag/fitness?chart=age&amp;theme=dark"`,
      '#fitness',
    ],
    [`${ORIGIN}/embed?limit=5`, `${ORIGIN}/embed?limit=5"`, 'Top 5 TikTok hashtags'],
  ])('%s → %s', async (url, src, title) => {
    const { response, body } = await oembed({ url });
    expect(response.status).toBe(200);
    expect(body.html).toContain(`src="${src}`);
    expect(body.title).toContain(title);
  });

  it('maxwidth and maxheight bound the frame', async () => {
    const { body } = await oembed({ url: `${ORIGIN}/hashtag/chatgpt`, maxwidth: '300', maxheight: '200' });
    expect([body.width, body.height]).toEqual([300, 200]);
    expect(body.html).toContain('width="300" height="200"');
    const large = await oembed({ url: `${ORIGIN}/hashtag/chatgpt`, maxwidth: '4000' });
    expect(large.body.width).toBe(640);
  });

  it('a hostile hashtag name stays text: escaped in the iframe, plain in the title', async () => {
    const { body } = await oembed({ url: `${ORIGIN}/hashtag/${encodeURIComponent(HOSTILE)}` });
    expect(body.title).toBe(`#${HOSTILE}: United States, last 7 days`);
    // one element, its two tags: nothing the name brought opens or closes another
    expect(body.html.match(/</g)).toHaveLength(2);
    expect(body.html).not.toContain("'");
    expect(body.html).toContain('title="#&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39;: United States');
    expect(body.html).toContain(
      `src="${ORIGIN}/embed/hashtag/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E'`.replace("'", '&#39;'),
    );
  });

  it.each([
    ['https://evil.example/hashtag/chatgpt', 404, /url/],
    [`${ORIGIN.replace('https', 'http')}/hashtag/chatgpt`, 404, /url/],
    [`${ORIGIN}/watchlist`, 404, /no embed/],
    [`${ORIGIN}/compare`, 404, /no embed/],
    [`${ORIGIN}/embed/nothing`, 404, /no embed/],
    ['not a url', 400, /^url/],
  ])('%s → %i', async (url, status, msg) => {
    const { response, body } = await oembed({ url });
    expect(response.status).toBe(status);
    expect(body.msg).toMatch(msg);
  });

  it('a missing url or a bad size is a 400 naming the parameter; format=xml is a 501', async () => {
    const missing = await oembed({});
    expect(missing.response.status).toBe(400);
    expect(missing.body.msg).toMatch(/^url: missing/);
    const width = await oembed({ url: `${ORIGIN}/`, maxwidth: '-3' });
    expect(width.response.status).toBe(400);
    expect(width.body.msg).toMatch(/^maxwidth/);
    const height = await oembed({ url: `${ORIGIN}/`, maxheight: 'tall' });
    expect(height.body.msg).toMatch(/^maxheight/);
    const xml = await oembed({ url: `${ORIGIN}/`, format: 'xml' });
    expect(xml.response.status).toBe(501);
  });
});

describe('oEmbed discovery', () => {
  const discovery = (html: string) =>
    /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]*)" \/>/.exec(html);

  it.each([
    ['/', `${ORIGIN}/oembed?url=${encodeURIComponent(`${ORIGIN}/`)}&amp;format=json`],
    [
      '/hashtag/chatgpt?country=FR',
      `${ORIGIN}/oembed?url=${encodeURIComponent(`${ORIGIN}/hashtag/chatgpt?country=FR`)}&amp;format=json`,
    ],
    ['/compare?tags=a,b', `${ORIGIN}/oembed?url=${encodeURIComponent(`${ORIGIN}/compare?tags=a,b`)}&amp;format=json`],
  ])('%s links its oEmbed', async (path, href) => {
    const html = await (await appWith().request(path, { headers: { accept: 'text/html' } })).text();
    expect(discovery(html)?.[1]).toBe(href);
  });

  it('the link of a hostile name is escaped; the watchlist has none', async () => {
    const app = appWith();
    const html = await (
      await app.request(`/hashtag/${encodeURIComponent(HOSTILE)}`, { headers: { accept: 'text/html' } })
    ).text();
    const link = discovery(html);
    expect(link?.[2]).toBe('#&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39;: United States, last 7 days');
    const watchlist = await (await app.request('/watchlist', { headers: { accept: 'text/html' } })).text();
    expect(watchlist).not.toContain('json+oembed');
  });

  it('the discovered address answers', async () => {
    const html = await (await appWith().request('/hashtag/chatgpt', { headers: { accept: 'text/html' } })).text();
    const href = discovery(html)?.[1]?.replaceAll('&amp;', '&') ?? '';
    const response = await appWith().request(href.slice(ORIGIN.length));
    expect(response.status).toBe(200);
    expect(((await response.json()) as OEmbed).type).toBe('rich');
  });
});
