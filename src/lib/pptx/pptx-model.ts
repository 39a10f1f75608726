/**
 * What a PowerPoint export says, as plain data: the pages (deck, hashtag, compare) describe their
 * slides here and build-pptx.ts turns that into a .pptx. No pptxgenjs, no React, no import of the app
 * (see build-pptx.ts's downloadPptx).
 */

export type PptxTheme = 'light' | 'dark';

/** One series of a chart; `colorIndex` picks the app's series colour (chart-colors.ts). */
export interface PptxSeries {
  name: string;
  values: number[];
  colorIndex: number;
}

/** A native, editable chart: every series has one value per label. */
export interface PptxChart {
  /** 'line': popularity curves; 'column' / 'bar': vertical / horizontal bars. */
  kind: 'line' | 'column' | 'bar';
  title: string;
  labels: string[];
  series: PptxSeries[];
  /** Share of the chart row's width (default 1). */
  weight?: number;
  /** e.g. 100 for popularity (0–100); default: automatic. */
  maxValue?: number;
  /** Excel number format of the values, e.g. '0"%"'; default General. */
  valueFormat?: string;
}

export interface PptxFigure {
  label: string;
  value: string;
}

export interface PptxColumn {
  heading: string;
  lines: string[];
}

export interface PptxSlide {
  title: string;
  /** Small line above the title ("Hashtag 2 of 10 · United States · last 7 days"). */
  kicker?: string;
  /** One line to read out, shown under the title with an accent bar. */
  takeaway?: string;
  figures?: PptxFigure[];
  /** Lists side by side (top movers, what changed). */
  columns?: PptxColumn[];
  charts?: PptxChart[];
  table?: { columns: string[]; rows: string[][] };
  /** Plain lines when there is nothing else to show. */
  lines?: string[];
  notes: string;
}

export interface PptxDeck {
  theme: PptxTheme;
  /** The file's title (document properties). */
  title: string;
  cover: { kicker: string; title: string; lines: string[]; notes: string };
  slides: PptxSlide[];
}

export type PptxSource = 'demo' | 'live' | undefined;

export interface NotesContext {
  source: PptxSource;
  /** The latest day shown, formatted by lib/data-as-of's formatDataAsOf (the one "data as of" rule). */
  dataAsOf: string | undefined;
  /** "United States · All industries · Last 7 days" */
  filters: string;
  url: string;
}

export function sourceText(source: PptxSource): string {
  return source === 'live'
    ? 'Live TikTok Creative Center data'
    : source === 'demo'
      ? 'Demo data (built-in sample, not live TikTok figures)'
      : 'Unknown (the server did not say)';
}

/** Speaker notes: what the slide says first (`lead`), then source, data date, filters and URL. */
export function speakerNotes(context: NotesContext, lead: readonly string[] = []): string {
  return [
    ...lead,
    `Source: ${sourceText(context.source)}`,
    `Data as of: ${context.dataAsOf ?? 'unknown'}`,
    `Filters: ${context.filters}`,
    `URL: ${context.url}`,
  ].join('\n');
}

/** The theme in use on the page (theme.ts puts `dark` on <html>). */
export function pageTheme(): PptxTheme {
  return document.documentElement.classList.contains('dark') ? 'dark' : 'light';
}
