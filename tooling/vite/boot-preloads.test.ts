// @vitest-environment node
import type { IndexHtmlTransformContext } from 'vite';
import { describe, expect, it } from 'vitest';
import { bootPreloads } from './boot-preloads';

type Transform = { order: string; handler: (html: string, ctx: IndexHtmlTransformContext) => string };
const hook = bootPreloads().transformIndexHtml as Transform;

const ENTRY = '<script type="module" crossorigin src="/assets/index-A.js"></script>';
const html = `<head>${ENTRY}</head><body><div id="root"><!--app-html--></div></body>`;

function chunk(fileName: string, extra: Record<string, unknown> = {}) {
  return { type: 'chunk', fileName, isEntry: false, imports: [], dynamicImports: [], facadeModuleId: null, ...extra };
}

/** The entry boots in stages (start → its imports); the react chunk is a static import of the entry. */
const bundle = {
  'assets/index-A.js': chunk('assets/index-A.js', {
    isEntry: true,
    imports: ['assets/react-R.js'],
    dynamicImports: ['assets/start-S.js'],
  }),
  'assets/react-R.js': chunk('assets/react-R.js'),
  'assets/start-S.js': chunk('assets/start-S.js', { imports: ['assets/react-R.js', 'assets/format-F.js'] }),
  'assets/format-F.js': chunk('assets/format-F.js'),
  'assets/index.css': { type: 'asset', fileName: 'assets/index.css' },
};
const build = { path: '/index.html', filename: 'index.html', bundle } as unknown as IndexHtmlTransformContext;

describe('bootPreloads', () => {
  it('preloads the boot stages and what they import with the entry, not what the entry imports itself', () => {
    const out = hook.handler(html, build);
    expect(out).toContain(
      `${ENTRY}\n    <link rel="modulepreload" crossorigin href="/assets/start-S.js">\n    <link rel="modulepreload" crossorigin href="/assets/format-F.js">`,
    );
    expect(out).not.toContain('href="/assets/react-R.js"');
  });

  it('leaves dev alone and fails loudly when the built page no longer loads the entry as expected', () => {
    expect(hook.handler(html, { path: '/' } as never)).toBe(html);
    expect(() => hook.handler(html.replace(ENTRY, ''), build)).toThrow('expected');
  });
});
