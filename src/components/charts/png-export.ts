/**
 * Chart -> PNG without a dependency: the chart's <svg> is cloned with every paint property resolved
 * to a concrete value (the SVG image cannot see our stylesheet or CSS variables), loaded as a
 * data: URL image (CSP allows img-src data:), drawn at 2x onto a canvas under a title, a filters
 * line, a note, a dates line and (for several series) the legend, and downloaded as <fileName>.png.
 */
import { downloadBlob } from '../../lib/download';

export interface PngExportOptions {
  title: string;
  /** e.g. "#chatgpt · United States · 7 days" */
  subtitle?: string;
  /** What the reader must know to read the chart, e.g. "Each curve on its own scale (peak = 100)". */
  note?: string;
  /** e.g. "Data as of Nov 23, 2026 · downloaded Dec 2, 2026" (lib/data-as-of). */
  dates?: string;
  /** Without ".png". */
  fileName: string;
  /** Device pixels per CSS pixel; 2 keeps text sharp on slides. */
  scale?: number;
  /** Legend entries; default: read from the chart's legend beside the svg (none for one series). */
  legend?: readonly PngLegendItem[];
}

const PAINT_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
] as const;

/** One legend entry as drawn in the image: a line sample in the series' colour and dash, then its name. */
export interface PngLegendItem {
  label: string;
  color: string;
  /** Dash lengths in CSS px; empty = solid. */
  dash: number[];
}

const PADDING = 24;
const LEGEND_ROW = 22;
const LEGEND_SAMPLE = 28;
const LEGEND_GAP = 20;
const TITLE_SIZE = 20;
const SUBTITLE_SIZE = 14;

/** First non-transparent background colour up the tree (the card's surface), else white. */
function backgroundOf(element: Element): string {
  for (let el: Element | null = element; el; el = el.parentElement) {
    const bg = getComputedStyle(el).backgroundColor;
    if (bg && bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A standalone copy of `svg` whose colours and fonts no longer depend on the page's CSS. */
export function inlineSvg(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const plot = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll('*')];
  const targets = [clone, ...clone.querySelectorAll('*')];
  sources.forEach((source, i) => {
    const target = targets[i];
    if (!(target instanceof SVGElement)) return;
    const computed = getComputedStyle(source);
    // e.g. the date labels for other widths than this one (svg-plot.tsx)
    if (computed.display === 'none') return target.remove();
    const style: string[] = [];
    for (const prop of PAINT_PROPERTIES) {
      const value = computed.getPropertyValue(prop);
      if (value) style.push(`${prop}:${value}`);
    }
    // The live chart may be invisible (table view); the picture must not be.
    style.push('visibility:visible');
    target.setAttribute('style', style.join(';'));
    target.removeAttribute('class');
  });
  clone.removeAttribute('tabindex');
  clone.removeAttribute('role');
  clone.removeAttribute('aria-label');
  clone.setAttribute('width', String(plot.width));
  clone.setAttribute('height', String(plot.height));
  // The SVG drawn with the page is the plot alone, its axis labels in the margins around it: the
  // picture is the plot placed inside those margins.
  const [top = 0, right = 0, bottom = 0, left = 0] = (svg.dataset.margin ?? '').split(' ').map(Number);
  const width = left + plot.width + right;
  const height = top + plot.height + bottom;
  clone.setAttribute('x', String(left));
  clone.setAttribute('y', String(top));
  clone.setAttribute('overflow', 'visible');
  const picture = document.createElementNS(SVG_NS, 'svg');
  picture.setAttribute('xmlns', SVG_NS);
  picture.setAttribute('width', String(width));
  picture.setAttribute('height', String(height));
  picture.append(clone);
  return { markup: new XMLSerializer().serializeToString(picture), width, height };
}

/**
 * Both drawings of a chart have their legend as HTML beside the <svg>, so the cloned svg has none:
 * read the entries (name, resolved colour, dash pattern) from the legend next to `svg` to draw them
 * on the canvas.
 */
export function legendItems(svg: SVGSVGElement): PngLegendItem[] {
  const wrapper = svg.closest('.recharts-wrapper, [data-chart-box]');
  if (!wrapper) return [];
  return [...wrapper.querySelectorAll('.recharts-legend-item, [data-legend-item]')].flatMap((item) => {
    const label = item.querySelector('.recharts-legend-item-text, [data-legend-text]')?.textContent?.trim() ?? '';
    const icon = item.querySelector('.recharts-legend-icon, [data-legend-icon]');
    if (!label || !icon) return [];
    const style = getComputedStyle(icon);
    const color = style.stroke && style.stroke !== 'none' ? style.stroke : style.fill;
    const dashText = icon.getAttribute('stroke-dasharray') ?? '';
    const dash = dashText === 'none' ? [] : (dashText.match(/[\d.]+/g) ?? []).map(Number).filter((n) => n > 0);
    return [{ label, color, dash }];
  });
}

/** Legend rows that fit `width`; returns each item's position relative to the legend's top-left. */
function layoutLegend(ctx: CanvasRenderingContext2D, items: readonly PngLegendItem[], width: number) {
  let x = 0;
  let y = 0;
  return {
    placed: items.map((item) => {
      const itemWidth = LEGEND_SAMPLE + 6 + ctx.measureText(item.label).width;
      if (x > 0 && x + itemWidth > width) {
        x = 0;
        y += LEGEND_ROW;
      }
      const at = { item, x, y };
      x += itemWidth + LEGEND_GAP;
      return at;
    }),
    get height() {
      return items.length === 0 ? 0 : y + LEGEND_ROW + 8;
    },
  };
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The chart image could not be rendered'));
    img.src = src;
  });
}

export async function chartPngBlob(svg: SVGSVGElement, options: PngExportOptions): Promise<Blob> {
  const scale = options.scale ?? 2;
  const { markup, width, height } = inlineSvg(svg);
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`);

  const computed = getComputedStyle(svg);
  const ink = computed.color || '#0f172a';
  const font = computed.fontFamily || 'sans-serif';
  const lines: { text: string; size: number; weight: number }[] = [
    { text: options.title, size: TITLE_SIZE, weight: 700 },
    ...(options.subtitle ? [{ text: options.subtitle, size: SUBTITLE_SIZE, weight: 400 }] : []),
    ...(options.note ? [{ text: options.note, size: SUBTITLE_SIZE, weight: 600 }] : []),
    ...(options.dates ? [{ text: options.dates, size: SUBTITLE_SIZE - 2, weight: 400 }] : []),
  ];
  const titleHeight = lines.reduce((sum, l) => sum + l.size * 1.5, 0) + 12;
  const cssWidth = Math.max(width, 320) + PADDING * 2;
  const legend = options.legend ?? legendItems(svg);
  const legendFont = `400 13px ${font}`;
  const measure = document.createElement('canvas').getContext('2d');
  if (measure) measure.font = legendFont;
  const legendLayout = measure ? layoutLegend(measure, legend, cssWidth - PADDING * 2) : { placed: [], height: 0 };
  const headerHeight = titleHeight + legendLayout.height;
  const cssHeight = PADDING + headerHeight + height + PADDING;

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(cssWidth * scale);
  canvas.height = Math.round(cssHeight * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas is not available');
  ctx.scale(scale, scale);
  ctx.fillStyle = backgroundOf(svg);
  ctx.fillRect(0, 0, cssWidth, cssHeight);

  let y = PADDING;
  ctx.textBaseline = 'top';
  lines.forEach((line, i) => {
    ctx.font = `${line.weight} ${line.size}px ${font}`;
    ctx.fillStyle = ink;
    ctx.globalAlpha = i === 0 ? 1 : 0.8;
    ctx.fillText(line.text, PADDING, y, cssWidth - PADDING * 2);
    y += line.size * 1.5;
  });
  ctx.globalAlpha = 1;
  ctx.font = legendFont;
  ctx.textBaseline = 'middle';
  const legendTop = PADDING + titleHeight;
  for (const { item, x, y } of legendLayout.placed) {
    const mid = legendTop + y + LEGEND_ROW / 2;
    ctx.strokeStyle = item.color;
    ctx.lineWidth = 3;
    ctx.setLineDash(item.dash);
    ctx.beginPath();
    ctx.moveTo(PADDING + x, mid);
    ctx.lineTo(PADDING + x + LEGEND_SAMPLE, mid);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = ink;
    ctx.fillText(item.label, PADDING + x + LEGEND_SAMPLE + 6, mid);
  }
  ctx.drawImage(image, PADDING, PADDING + headerHeight, width, height);

  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
  });
}

/** Render `svg` with its heading and save it as `<fileName>.png`. */
export async function downloadChartPng(svg: SVGSVGElement, options: PngExportOptions): Promise<void> {
  const blob = await chartPngBlob(svg, options);
  downloadBlob(blob, `${options.fileName}.png`);
}
