// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SHELL_END, SHELL_START, deferAppEntry, routeShell, withRouteShell } from './route-shell';

const shell = (path: string) => routeShell(new URL(path, 'http://localhost'));
const subtitle = (html: string) => /<p class="text-ink-muted">(.*?)<\/p>/.exec(html)?.[1];

describe('route shell', () => {
  it('gives the explorer its heading and its filters in words', () => {
    expect(shell('/')).toContain('<h1 class="text-2xl font-semibold tracking-tight">Trending hashtags</h1>');
    expect(subtitle(shell('/'))).toBe('Top 100 in United States, all industries, last 7 days');
    expect(subtitle(shell('/?country=JP&industry=27000000000&period=120'))).toBe('Top 100 in Japan, food &amp; beverage, last 120 days');
    expect(subtitle(shell('/?new=1'))).toBe('Top 100 in United States, all industries, last 7 days · new to the top 100 only');
  });

  it('reads bad filters the way the app does: the defaults', () => {
    expect(subtitle(shell('/?country=ZZ&period=9&industry=1&new=yes'))).toBe('Top 100 in United States, all industries, last 7 days');
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
    expect(explorer).toContain('<meta name="app-entry" content="/assets/index-A1.js /assets/jsx-runtime-B2.js" />\n    <script src="/boot.js"></script>');
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
