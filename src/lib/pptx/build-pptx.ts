/**
 * PptxDeck (pptx-model.ts) -> .pptx with pptxgenjs: a title slide, then one slide per PptxSlide with
 * its charts as native, editable PowerPoint charts (their numbers inside the file), speaker notes,
 * in the colours of the chosen theme. Loaded only when a Download PowerPoint button is pressed.
 */
import PptxGenJS from 'pptxgenjs';
import type { PptxChart, PptxDeck, PptxSlide, PptxSource } from './pptx-model';
import { PPTX_PALETTES, type PptxPalette } from './pptx-palette';

/** LAYOUT_WIDE, 16:9 in inches. */
const W = 13.333;
const H = 7.5;
const M = 0.5;
const FONT = 'Calibri';

/**
 * Text as XML 1.0 can hold it. pptxgenjs escapes & < > " ' but passes control characters through,
 * and one of those makes the whole file unreadable ("PowerPoint found a problem with content").
 * Tab and line breaks stay; other C0 controls, U+FFFE/U+FFFF and lone surrogates go.
 */
/* eslint-disable no-control-regex -- removing control characters is the point */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

function addChart(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  chart: PptxChart,
  box: { x: number; y: number; w: number; h: number },
  p: PptxPalette,
) {
  const type = chart.kind === 'line' ? pptx.ChartType.line : pptx.ChartType.bar;
  const labels = chart.labels.map(xmlSafe);
  const data = chart.series.map((s) => ({
    name: xmlSafe(s.name),
    labels,
    values: s.values.map((v) => (Number.isFinite(v) ? v : 0)),
  }));
  const single = chart.series.length === 1;
  slide.addChart(type, data, {
    ...box,
    chartColors: chart.series.map((s) => p.series[s.colorIndex % p.series.length] ?? p.accent),
    showTitle: true,
    title: xmlSafe(chart.title),
    titleColor: p.ink,
    titleFontFace: FONT,
    titleFontSize: 14,
    showLegend: !single,
    legendPos: 'b',
    legendColor: p.inkMuted,
    legendFontFace: FONT,
    legendFontSize: 11,
    catAxisLabelColor: p.inkMuted,
    catAxisLabelFontFace: FONT,
    catAxisLabelFontSize: 10,
    catAxisLineColor: p.line,
    valAxisLabelColor: p.inkMuted,
    valAxisLabelFontFace: FONT,
    valAxisLabelFontSize: 10,
    valAxisLineShow: false,
    valGridLine: { color: p.grid, size: 0.75 },
    catGridLine: { style: 'none' },
    valAxisMinVal: 0,
    ...(chart.maxValue !== undefined ? { valAxisMaxVal: chart.maxValue } : {}),
    ...(chart.valueFormat ? { valAxisLabelFormatCode: chart.valueFormat, dataLabelFormatCode: chart.valueFormat } : {}),
    plotArea: { fill: { color: p.surface } },
    chartArea: { fill: { color: p.surface }, border: { color: p.line, pt: 0.75 } },
    ...(chart.kind === 'line'
      ? { lineSize: 2, lineDataSymbol: chart.labels.length > 40 ? 'none' : 'circle', lineDataSymbolSize: 4 }
      : {
          barDir: chart.kind === 'column' ? 'col' : 'bar',
          barGapWidthPct: 50,
          barGrouping: 'clustered',
          showValue: single,
          dataLabelColor: p.ink,
          dataLabelFontSize: 10,
          dataLabelPosition: 'outEnd',
          // horizontal bars list the first category at the top, as the app does
          // (pptxgenjs writes any orientation; its types only name 'minMax')
          ...(chart.kind === 'bar' ? { catAxisOrientation: 'maxMin' as 'minMax', valAxisHidden: true } : {}),
        }),
  });
}

function addTitle(slide: PptxGenJS.Slide, s: PptxSlide, p: PptxPalette): number {
  let y = 0.3;
  if (s.kicker) {
    slide.addText(xmlSafe(s.kicker), {
      x: M,
      y,
      w: W - 2 * M,
      h: 0.35,
      fontFace: FONT,
      fontSize: 14,
      color: p.inkMuted,
    });
    y += 0.35;
  }
  slide.addText(xmlSafe(s.title), {
    x: M,
    y,
    w: W - 2 * M,
    h: 0.8,
    fontFace: FONT,
    fontSize: s.title.length > 40 ? 24 : 32,
    bold: true,
    color: p.ink,
    fit: 'shrink',
    valign: 'middle',
  });
  y += 0.9;
  if (s.takeaway) {
    slide.addShape('rect', { x: M, y, w: 0.08, h: 0.5, fill: { color: p.accent }, line: { color: p.accent } });
    slide.addText(xmlSafe(s.takeaway), {
      x: M + 0.2,
      y,
      w: W - 2 * M - 0.2,
      h: 0.5,
      fontFace: FONT,
      fontSize: 18,
      color: p.ink,
      valign: 'middle',
    });
    y += 0.7;
  }
  return y;
}

function addSlide(pptx: PptxGenJS, s: PptxSlide, p: PptxPalette) {
  const slide = pptx.addSlide();
  slide.background = { color: p.surface };
  let y = addTitle(slide, s, p);
  const bottom = H - 0.4;
  const width = W - 2 * M;

  if (s.figures?.length) {
    const gap = 0.2;
    const w = (width - gap * (s.figures.length - 1)) / s.figures.length;
    s.figures.forEach((f, i) => {
      slide.addText(
        [
          { text: xmlSafe(f.label), options: { fontSize: 12, color: p.inkMuted, breakLine: true } },
          { text: xmlSafe(f.value), options: { fontSize: 22, bold: true, color: p.ink } },
        ],
        {
          x: M + i * (w + gap),
          y,
          w,
          h: 0.85,
          fontFace: FONT,
          fill: { color: p.surfaceMuted },
          line: { color: p.line, width: 0.75 },
          margin: 6,
          valign: 'middle',
        },
      );
    });
    y += 1.05;
  }

  if (s.columns?.length) {
    const gap = 0.4;
    const w = (width - gap * (s.columns.length - 1)) / s.columns.length;
    const rows = Math.max(1, Math.ceil(s.columns.length / 2));
    const perRow = Math.min(2, s.columns.length);
    const colW = (width - gap * (perRow - 1)) / perRow;
    const rowH = (bottom - y) / rows;
    s.columns.forEach((c, i) => {
      const text = [
        { text: xmlSafe(c.heading), options: { fontSize: 20, bold: true, color: p.ink, breakLine: true } },
        ...c.lines.map((line, j) => ({
          text: xmlSafe(line),
          options: { fontSize: 16, color: p.ink, breakLine: j < c.lines.length - 1, paraSpaceBefore: 6 },
        })),
      ];
      slide.addText(text, {
        x: M + (s.columns!.length > 2 ? (i % 2) * (colW + gap) : i * (w + gap)),
        y: y + (s.columns!.length > 2 ? Math.floor(i / 2) * rowH : 0),
        w: s.columns!.length > 2 ? colW : w,
        h: s.columns!.length > 2 ? rowH - 0.15 : bottom - y,
        fontFace: FONT,
        valign: 'top',
        fit: 'shrink',
      });
    });
    y = bottom;
  }

  if (s.charts?.length) {
    const gap = 0.3;
    const total = s.charts.reduce((sum, c) => sum + (c.weight ?? 1), 0);
    const free = width - gap * (s.charts.length - 1);
    let x = M;
    for (const chart of s.charts) {
      const w = (free * (chart.weight ?? 1)) / total;
      addChart(pptx, slide, chart, { x, y, w, h: bottom - y }, p);
      x += w + gap;
    }
    y = bottom;
  }

  if (s.table) {
    const header = s.table.columns.map((c) => ({
      text: xmlSafe(c),
      options: { bold: true, color: p.inkMuted, fill: { color: p.surfaceMuted } },
    }));
    const rows = s.table.rows.map((r) => r.map((c) => ({ text: xmlSafe(c), options: { color: p.ink } })));
    slide.addTable([header, ...rows], {
      x: M,
      y,
      w: width,
      fontFace: FONT,
      fontSize: s.table.rows.length > 10 ? 11 : 14,
      border: { type: 'solid', pt: 0.5, color: p.line },
      fill: { color: p.surface },
      autoPage: false,
    });
  }

  if (s.lines?.length) {
    slide.addText(xmlSafe(s.lines.join('\n')), {
      x: M,
      y,
      w: width,
      h: Math.max(0.6, bottom - y),
      fontFace: FONT,
      fontSize: 20,
      color: p.inkMuted,
      valign: 'top',
    });
  }

  slide.addNotes(xmlSafe(s.notes));
}

/** The presentation, ready to `write()`. */
export function buildPptx(deck: PptxDeck): PptxGenJS {
  const p = PPTX_PALETTES[deck.theme];
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = xmlSafe(deck.title);
  pptx.author = 'TikTok hashtag trends';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };

  const cover = pptx.addSlide();
  cover.background = { color: p.surface };
  cover.addShape('rect', { x: M, y: 1.6, w: 0.12, h: 3.2, fill: { color: p.accent }, line: { color: p.accent } });
  cover.addText(xmlSafe(deck.cover.kicker.toUpperCase()), {
    x: M + 0.4,
    y: 1.6,
    w: W - 2 * M - 0.4,
    h: 0.5,
    fontFace: FONT,
    fontSize: 18,
    bold: true,
    charSpacing: 3,
    color: p.accent,
  });
  cover.addText(xmlSafe(deck.cover.title), {
    x: M + 0.4,
    y: 2.1,
    w: W - 2 * M - 0.4,
    h: 1.3,
    fontFace: FONT,
    fontSize: 48,
    bold: true,
    color: p.ink,
    fit: 'shrink',
  });
  cover.addText(xmlSafe(deck.cover.lines.join('\n')), {
    x: M + 0.4,
    y: 3.5,
    w: W - 2 * M - 0.4,
    h: 2.2,
    fontFace: FONT,
    fontSize: 20,
    color: p.inkMuted,
    valign: 'top',
    paraSpaceAfter: 6,
  });
  cover.addNotes(xmlSafe(deck.cover.notes));

  for (const s of deck.slides) addSlide(pptx, s, p);
  return pptx;
}

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * Build `deck` and save it as `<fileName>.pptx`.
 *
 * This module and pptx-model.ts import nothing of the app but lib/data-as-of (which all three pages
 * load): a module the lazy export shares with a page would be split out of that page's chunks by the
 * bundler, adding requests and bytes to pages that never press the button. Hence the few lines of
 * lib/download.ts again here, and the mappers (features/*\/*-pptx.ts) importing their own page.
 */
export async function downloadPptx(deck: PptxDeck, fileName: string): Promise<void> {
  const data = (await buildPptx(deck).write({ outputType: 'arraybuffer', compression: true })) as ArrayBuffer;
  const url = URL.createObjectURL(new Blob([data], { type: PPTX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${fileName}.pptx`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Live or demo, as the app shell's badge says it: the server's /api/meta (what api/meta.ts reads,
 * asked again here rather than imported; see downloadPptx). Undefined when it does not answer.
 */
export async function dataSource(): Promise<PptxSource> {
  try {
    const response = await fetch('/api/meta');
    const mode = response.ok ? ((await response.json()) as { mode?: unknown }).mode : undefined;
    return mode === 'live' || mode === 'demo' ? mode : undefined;
  } catch {
    return undefined;
  }
}
