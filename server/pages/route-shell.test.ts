// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { detailPageData, type DetailPageData } from './page-data';
import { SHELL_END, SHELL_START, deferAppEntry, routeShell, withRouteShell } from './route-shell';

const shell = (path: string) => routeShell(new URL(path, 'http://localhost'));
const subtitle = (html: string) => /<p class="text-ink-muted">(.*?)<\/p>/.exec(html)?.[1];

describe('route shell', () => {
  it('gives the explorer its heading and its filters in words', () => {
    expect(shell('/')).toContain('<h1 class="text-2xl font-semibold tracking-tight">Trending hashtags</h1>');
    expect(subtitle(shell('/'))).toBe('Top 100 in United States, all industries, last 7 days');
    expect(subtitle(shell('/?country=JP&industry=27000000000&period=120'))).toBe(
      'Top 100 in Japan, food &amp; beverage, last 120 days',
    );
    expect(subtitle(shell('/?new=1'))).toBe(
      'Top 100 in United States, all industries, last 7 days · new to the top 100 only',
    );
  });

  it('reads bad filters the way the app does: the defaults', () => {
    expect(subtitle(shell('/?country=ZZ&period=9&industry=1&new=yes'))).toBe(
      'Top 100 in United States, all industries, last 7 days',
    );
  });

  it('never lets the URL write markup', () => {
    const html = shell('/?country=%3Cscript%3Ealert(1)%3C/script%3E&industry=%22%3E%3Cimg');
    expect(html).not.toMatch(/<script|<img/);
  });

  it('gives other pages the app header only, and the full-screen deck nothing', () => {
    for (const path of ['/hashtag/fyp', '/compare?tags=a,b', '/watchlist', '/no/such/page']) {
      expect(shell(path), path).toContain('Hashtag Trends</a>');
      expect(shell(path), path).not.toContain('<h1');
    }
    expect(shell('/present?tags=a')).toBe('');
  });

  it('goes between the markers of index.html, and leaves a file without them alone', () => {
    const index = `<body><div id="root">${SHELL_START}generic${SHELL_END}</div>`;
    const url = new URL('http://localhost/?country=FR');
    expect(withRouteShell(index, url)).toBe(`<body><div id="root">${SHELL_START}${routeShell(url)}${SHELL_END}</div>`);
    expect(withRouteShell('<div id="root"></div>', url)).toBe('<div id="root"></div>');
  });

  it('hands the explorer’s app entry to the boot script, and leaves other pages loading it themselves', () => {
    const built = [
      '<head>',
      '    <script src="/boot.js"></script>',
      '    <script type="module" crossorigin src="/assets/index-A1.js"></script>',
      '    <link rel="modulepreload" crossorigin href="/assets/jsx-runtime-B2.js">',
      '    <link rel="stylesheet" crossorigin href="/assets/index-C3.css">',
      `</head><div id="root">${SHELL_START}${SHELL_END}</div>`,
    ].join('\n');
    const explorer = withRouteShell(built, new URL('http://localhost/?country=FR'));
    expect(explorer).toContain(
      '<meta name="app-entry" content="/assets/index-A1.js /assets/jsx-runtime-B2.js" />\n    <script src="/boot.js"></script>',
    );
    expect(explorer).not.toMatch(/type="module"|modulepreload/);
    expect(explorer).toContain('<link rel="stylesheet" crossorigin href="/assets/index-C3.css">');
    const detail = withRouteShell(built, new URL('http://localhost/hashtag/fyp'));
    expect(detail).toContain('<script type="module" crossorigin src="/assets/index-A1.js"></script>');
    expect(detail).not.toContain('app-entry');
    // Vite's dev server: its module script is not a built asset, and stays
    const dev = '<script src="/boot.js"></script><script type="module" src="/src/main.tsx"></script>';
    expect(deferAppEntry(dev)).toBe(dev);
  });
});

const demo = createApp({});
const DETAIL_URL = new URL('http://localhost/hashtag/carmeet?country=FR&period=30');

/** The page data of DETAIL_URL from the demo API, with `change` applied to the detail first. */
async function detailWith(change: (info: Record<string, unknown>) => void = () => {}): Promise<DetailPageData> {
  const real = await demo.request(
    '/api/tiktok/popular-trend/hashtag/detail?hashtag_name=carmeet&country_code=FR&period=30',
  );
  const body = (await real.json()) as { data: { info: Record<string, unknown> } };
  change(body.data.info);
  const data = await detailPageData(DETAIL_URL, () => new Response(JSON.stringify(body)), 1000);
  if (!data) throw new Error('no page data');
  return data;
}

const BUILT = [
  '<head>',
  '    <meta name="detail-chunks" content="/assets/hashtag-page-D4.js /assets/shared-E5.js" />',
  '    <script src="/boot.js"></script>',
  '    <script type="module" crossorigin src="/assets/index-A1.js"></script>',
  '    <link rel="modulepreload" crossorigin href="/assets/react-B2.js">',
  `</head><div id="root">${SHELL_START}${SHELL_END}</div>`,
].join('\n');

describe('route shell of a hashtag page sent with its detail', () => {
  it('draws the page’s top: back link, name, facts and description; the app’s controls inert', async () => {
    const html = routeShell(DETAIL_URL, await detailWith());
    expect(html).toContain(
      '<a class="inline-flex items-center gap-1 text-sm font-medium text-accent-ink hover:underline" href="/?country=FR&amp;period=30">',
    );
    expect(html).toContain('<h1 class="break-all text-3xl font-bold tracking-tight">#carmeet</h1>');
    expect(html).toContain('Industry: <span class="font-medium text-ink">Vehicle &amp; Transportation</span>');
    expect(html).toContain(
      '<p class="max-w-3xl whitespace-pre-line text-ink">#carmeet collects short videos from creators and brands joining the conversation.</p>',
    );
    expect(html).toContain('href="https://www.tiktok.com/tag/carmeet" target="_blank" rel="noopener noreferrer"');
    expect(html).toContain('value="France" readonly tabindex="-1"');
    expect(html).toContain('name="shell-period" value="30" checked');
    // every control of the app is drawn inside an inert, hidden wrapper; nothing else is
    expect(html.match(/aria-hidden="true" inert/g)).toHaveLength(4);
    expect(html).not.toMatch(/<button|role="/);
  });

  it('keeps hostile data inert: markup as text, no unsafe link, entities decoded once', async () => {
    const html = routeShell(
      DETAIL_URL,
      await detailWith((info) => {
        info.description = '<img src=x onerror=alert(1)> &amp;lt;b&amp;gt;';
        info.video_url = 'javascript:alert(1)';
        info.industry_info = { id: '1', value: '<script>x</script>', label: 'x' };
        info.is_promoted = true;
      }),
    );
    expect(html).not.toMatch(/<img|<script|javascript:/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp;lt;b&amp;gt;');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).not.toContain('Open on TikTok');
    expect(html).toContain('>Promoted</span>');
  });

  it('embeds the answer for the app, which nothing in it can break out of, and starts the app once painted', async () => {
    const detail = await detailWith((info) => (info.description = "</script><!-- $& $' $1"));
    const html = withRouteShell(BUILT, DETAIL_URL, detail);
    const script = /<script type="application\/json" id="page-data" data-url="([^"]*)">(.*?)<\/script>/.exec(html);
    expect(script?.[1]).toBe(
      '/api/tiktok/popular-trend/hashtag/detail?hashtag_name=carmeet&amp;country_code=FR&amp;period=30',
    );
    expect(JSON.parse(script![2]!)).toEqual(JSON.parse(detail.body));
    expect(script![2]).not.toMatch(/<\/script|<!--/);
    expect(script![2]).toContain("\\u003c/script>\\u003c!-- $& $' $1");
    // the page's chunks load with the entry, once the shell has painted; the boot script has nothing to start early
    expect(html).toContain(
      '<meta name="app-entry" content="/assets/index-A1.js /assets/react-B2.js /assets/hashtag-page-D4.js /assets/shared-E5.js" />',
    );
    expect(html).not.toMatch(/detail-chunks|type="module"|modulepreload/);
    expect(html.indexOf('id="page-data"')).toBeLessThan(html.indexOf('<script src="/boot.js">'));
  });

  it('for a URL the app corrects, embeds the corrected answer but leaves the top and the start to the app', async () => {
    const html = withRouteShell(BUILT, DETAIL_URL, { ...(await detailWith()), corrected: true });
    expect(html).toContain('id="page-data"');
    expect(html).not.toContain('<h1');
    // the app draws the page (with its notice) as soon as it can: its entry stays in the page
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-A1.js"></script>');
    expect(html).toContain('<meta name="detail-chunks"');
    expect(html).not.toContain('app-entry');
  });

  it('marks saved data as stale, and without data leaves the page to the browser', async () => {
    const stale = withRouteShell(BUILT, DETAIL_URL, { ...(await detailWith()), stale: true });
    expect(stale).toContain('data-stale="1"');
    const without = withRouteShell(BUILT, DETAIL_URL);
    expect(without).not.toContain('page-data');
    expect(without).toContain('<meta name="detail-chunks"');
    expect(without).toContain('<script type="module" crossorigin src="/assets/index-A1.js"></script>');
    expect(without).not.toContain('<h1');
  });
});
