/**
 * Test support: a built deck as its unzipped package (slides, charts, notes as XML text), and an
 * XML check with the browser's own parser. Used by the PowerPoint tests only.
 */
import JSZip from 'jszip';
import { buildPptx } from './build-pptx';
import type { PptxDeck } from './pptx-model';

export interface PptxPackage {
  zip: JSZip;
  /** ppt/slides/slideN.xml, in slide order. */
  slides: string[];
  /** ppt/charts/chartN.xml, in chart number order. */
  charts: string[];
  /** ppt/notesSlides/notesSlideN.xml, in slide order. */
  notes: string[];
  /** Every .xml and .rels part, by path. */
  parts: Map<string, string>;
  bytes: number;
}

const byNumber = (a: string, b: string) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]);

export async function unzipPptx(data: ArrayBuffer): Promise<PptxPackage> {
  const zip = await JSZip.loadAsync(data);
  const parts = new Map<string, string>();
  for (const path of Object.keys(zip.files).filter((p) => /\.(xml|rels)$/.test(p))) {
    parts.set(path, await zip.file(path)!.async('string'));
  }
  const pick = (re: RegExp) =>
    [...parts.keys()]
      .filter((p) => re.test(p))
      .sort(byNumber)
      .map((p) => parts.get(p)!);
  return {
    zip,
    slides: pick(/^ppt\/slides\/slide\d+\.xml$/),
    charts: pick(/^ppt\/charts\/chart\d+\.xml$/),
    notes: pick(/^ppt\/notesSlides\/notesSlide\d+\.xml$/),
    parts,
    bytes: data.byteLength,
  };
}

export async function buildAndUnzip(deck: PptxDeck): Promise<PptxPackage> {
  const data = (await buildPptx(deck).write({ outputType: 'arraybuffer' })) as ArrayBuffer;
  return unzipPptx(data);
}

/** The parser's complaint, or undefined when `xml` is well-formed. */
export function xmlError(xml: string): string | undefined {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  return error ? (error.textContent ?? 'parsererror') : undefined;
}

/** The text of every <a:t> (or <c:v>) element, decoded. */
export function texts(xml: string, tag: 'a:t' | 'c:v' = 'a:t'): string[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return [...doc.getElementsByTagName(tag)].map((e) => e.textContent ?? '');
}
