// @vitest-environment node
import { readFileSync } from 'node:fs';
import type { IndexHtmlTransformContext } from 'vite';
import { describe, expect, it } from 'vitest';
import { SHELL_END, SHELL_START } from '../../server/pages/route-shell';
import { appShell } from './app-shell';

type Transform = { order: string; handler: (html: string, ctx: IndexHtmlTransformContext) => string };
const indexHtmlHook = appShell().transformIndexHtml as Transform;

/** index.html as the repository has it (dev), and as Vite writes it with the entry built. */
const sourceHtml = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const ENTRY = '<script type="module" crossorigin src="/assets/index-A.js"></script>';
const builtHtml = sourceHtml.replace('<script type="module" src="/src/main.tsx"></script>', ENTRY);

const shellOf = (html: string) => html.slice(html.indexOf(SHELL_START), html.indexOf(SHELL_END));

function chunk(fileName: string, extra: Record<string, unknown> = {}) {
  return { type: 'chunk', fileName, isEntry: false, imports: [], dynamicImports: [], facadeModuleId: null, ...extra };
}

/** The entry boots in stages (start → its imports); the hashtag page shares one of them. */
const bundle = {
  'assets/index-A.js': chunk('assets/index-A.js', {
    isEntry: true,
    imports: ['assets/react-R.js'],
    dynamicImports: ['assets/start-S.js'],
  }),
  'assets/react-R.js': chunk('assets/react-R.js'),
  'assets/start-S.js': chunk('assets/start-S.js', { imports: ['assets/react-R.js', 'assets/format-F.js'] }),
  'assets/format-F.js': chunk('assets/format-F.js'),
  'assets/hashtag-page-H.js': chunk('assets/hashtag-page-H.js', {
    facadeModuleId: '/work/app/src/features/hashtag/hashtag-page.tsx',
    imports: ['assets/format-F.js', 'assets/chart-kit-C.js'],
  }),
  'assets/chart-kit-C.js': chunk('assets/chart-kit-C.js'),
  'assets/index.css': { type: 'asset', fileName: 'assets/index.css' },
};
const build = { path: '/index.html', filename: 'index.html', bundle } as unknown as IndexHtmlTransformContext;

describe('appShell', () => {
  it('in dev, writes the shell of the URL asked for, as the production server does', () => {
    const html = indexHtmlHook.handler(sourceHtml, { path: '/', originalUrl: '/?country=GB&period=30' } as never);
    expect(indexHtmlHook.order).toBe('post');
    expect(shellOf(html)).toContain('<h1 class="text-2xl font-semibold tracking-tight">Trending hashtags</h1>');
    expect(shellOf(html)).toContain('United Kingdom');
    expect(shellOf(indexHtmlHook.handler(sourceHtml, { path: '/present' } as never))).toBe(SHELL_START);
  });

  it('in the build, writes the generic shell, preloads the boot stages with the entry, and lists the detail page chunks for boot.js', () => {
    const html = indexHtmlHook.handler(builtHtml, build);
    // the header only: a URL that is no page of its own
    expect(shellOf(html)).toContain('Hashtag Trends</a>');
    expect(shellOf(html)).not.toContain('<h1');
    expect(html).toContain(
      `${ENTRY}\n    <link rel="modulepreload" crossorigin href="/assets/start-S.js">` +
        '\n    <link rel="modulepreload" crossorigin href="/assets/format-F.js">',
    );
    expect(html).not.toContain('modulepreload" crossorigin href="/assets/react-R.js"'); // Vite preloads it already
    expect(html).toContain(
      '<meta name="detail-chunks" content="/assets/hashtag-page-H.js /assets/chart-kit-C.js" />\n    <script src="/boot.js"></script>',
    );
  });

  it('stops the build when index.html or the chunks are no longer what it expects', () => {
    expect(() => indexHtmlHook.handler(sourceHtml, build)).toThrow('expected <script type="module" crossorigin');
    expect(() => indexHtmlHook.handler(builtHtml.replace('<script src="/boot.js"></script>', ''), build)).toThrow(
      'index.html no longer loads /boot.js',
    );
    const { 'assets/hashtag-page-H.js': _page, ...withoutPage } = bundle;
    expect(() => indexHtmlHook.handler(builtHtml, { ...build, bundle: withoutPage } as never)).toThrow(
      'entry or hashtag page chunk not found',
    );
  });
});
