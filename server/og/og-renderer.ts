import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ReactNode } from 'react';
import { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH } from '../pages/page-head';
import type { OgElement } from './og-card';
import { OG_FONT_SUBSETS, OG_FONT_WEIGHTS, ogFontName } from './og-fonts';
import { warmUpCards } from './og-warm';

/**
 * Link-preview pictures: satori lays out a tree of plain `{type, props}` objects (no React at run time)
 * and writes SVG with every glyph as a path, resvg turns the SVG into a PNG. Both are WebAssembly
 * (resvg-wasm rather than the native resvg-js: no per-platform binary to install, and the same module
 * runs on an edge runtime), and the text is drawn with Inter from the @fontsource/inter package, never a
 * system font: the same URL gives the same picture on any machine.
 */

export interface OgFont {
  name: string;
  data: ArrayBuffer | Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/** What drawing needs besides the code: the fonts, and resvg's WebAssembly module (bytes). */
export interface OgAssets {
  fonts: OgFont[];
  resvgWasm: ArrayBuffer | Buffer | Uint8Array;
}

/** The assets from node_modules (the Node server; an edge build would import them as modules). */
export async function nodeOgAssets(): Promise<OgAssets> {
  const require = createRequire(import.meta.url);
  const fonts = await Promise.all(
    OG_FONT_WEIGHTS.flatMap((weight) =>
      OG_FONT_SUBSETS.map(async (subset) => ({
        name: ogFontName(subset),
        weight,
        style: 'normal' as const,
        data: await readFile(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)),
      })),
    ),
  );
  const resvgWasm = await readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm'));
  return { fonts, resvgWasm };
}

export type DrawPng = (element: OgElement) => Promise<Uint8Array>;

type Resvg = typeof import('@resvg/resvg-wasm');
/** resvg's module is set up once per process (a second `initWasm` throws), by the first renderer to draw. */
let resvgReady: Promise<Resvg> | undefined;
function loadResvg(wasm: OgAssets['resvgWasm']): Promise<Resvg> {
  resvgReady ??= import('@resvg/resvg-wasm').then(async (resvg) => {
    await resvg.initWasm(wasm);
    return resvg;
  });
  return resvgReady;
}

/**
 * A drawing function. The libraries, assets and the first layout and rasterising (a warm-up drawing of
 * made-up cards, og-warm.ts) happen on the first call, or at {@link warmOgRenderer}, not at import: a
 * server never asked for a picture never loads them, and every picture waits for the warm-up rather than
 * competing with it.
 */
export function createOgRenderer(loadAssets: () => Promise<OgAssets> = nodeOgAssets): DrawPng {
  type Loaded = { fonts: OgFont[]; satori: typeof import('satori').default; resvg: Resvg };
  const drawWith = async ({ fonts, satori, resvg }: Loaded, element: OgElement) => {
    const svg = await satori(element as unknown as ReactNode, {
      width: OG_IMAGE_WIDTH,
      height: OG_IMAGE_HEIGHT,
      fonts,
      // A glyph none of the fonts has (CJK, emoji) is drawn as a box rather than fetched from anywhere.
      loadAdditionalAsset: async () => [],
    });
    const image = new resvg.Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
    return image.asPng();
  };
  let ready: Promise<Loaded> | undefined;
  const load = async () => {
    const [assets, satori] = await Promise.all([loadAssets(), import('satori')]);
    const loaded = { fonts: assets.fonts, satori: satori.default, resvg: await loadResvg(assets.resvgWasm) };
    for (const card of warmUpCards()) await drawWith(loaded, card);
    return loaded;
  };
  return async (element) => {
    ready ??= load();
    return drawWith(await ready, element);
  };
}

/** Loads and warms `draw` up (the Node server calls it once it listens); the time it took. */
export async function warmOgRenderer(draw: DrawPng): Promise<number> {
  const started = performance.now();
  await draw({ type: 'div', props: { style: { display: 'flex' } } });
  return performance.now() - started;
}
