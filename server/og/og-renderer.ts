import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ReactNode } from 'react';
import { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH } from '../pages/page-head';
import type { OgElement } from './og-card';

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

/** Inter's subsets for Latin (with its extensions: Turkish, Polish, Vietnamese), Cyrillic and Greek. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'greek', 'vietnamese'] as const;
/** The CSS font family of every card: Latin first, then the other subsets for the glyphs it lacks. */
export const OG_FONT_FAMILY = SUBSETS.map((subset) => `'Inter ${subset}'`).join(', ');
const WEIGHTS = [400, 700] as const;

/** The assets from node_modules (the Node server; an edge build would import them as modules). */
export async function nodeOgAssets(): Promise<OgAssets> {
  const require = createRequire(import.meta.url);
  const fonts = await Promise.all(
    WEIGHTS.flatMap((weight) =>
      SUBSETS.map(async (subset) => ({
        // one family per subset: satori keeps one font per family, weight and style
        name: `Inter ${subset}`,
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
 * A drawing function. The libraries and assets load on the first call (a few tens of milliseconds),
 * not at start: a server that is never asked for a picture never loads them.
 */
export function createOgRenderer(loadAssets: () => Promise<OgAssets> = nodeOgAssets): DrawPng {
  let ready: Promise<{ fonts: OgFont[]; satori: typeof import('satori').default; resvg: Resvg }> | undefined;
  const load = async () => {
    const [assets, satori] = await Promise.all([loadAssets(), import('satori')]);
    return { fonts: assets.fonts, satori: satori.default, resvg: await loadResvg(assets.resvgWasm) };
  };
  return async (element) => {
    ready ??= load();
    const { fonts, satori, resvg } = await ready;
    const svg = await satori(element as unknown as ReactNode, {
      width: OG_IMAGE_WIDTH,
      height: OG_IMAGE_HEIGHT,
      fonts,
      // A glyph none of the fonts has (CJK, emoji) is left out rather than fetched from anywhere.
      loadAdditionalAsset: async () => [],
    });
    const image = new resvg.Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
    return image.asPng();
  };
}
