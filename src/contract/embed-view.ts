import { CHART_SIZE, COMPARE_MAX, DEFAULT_DECK_SIZE } from './constants';
import {
  oneOfParam,
  parseListFilters,
  parseScope,
  patternParam,
  readParam,
  type ListFilters,
  type ParamProblem,
  type TrendScope,
} from './filter-params';
import { escapeHtml } from './escape-html';
import { hashtagOfPath, pageWords, viewHref, type PageView } from './page-view';
import { parseTagsParam } from './tag-names';

/**
 * What an `/embed…` URL shows: one chart of a hashtag, the explorer's top N, or compare's chart. Read
 * by the embed pages (src/embed), the server's oEmbed answer and the Embed dialog, with the same
 * parameters and fallbacks as the full pages (`parseScope`, `parseListFilters`).
 */

/** The charts of a hashtag page an embed can show, as `?chart=` spells them. */
export const EMBED_CHARTS = ['popularity', 'age', 'interests', 'countries'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

export const EMBED_CHART_LABELS: Record<EmbedChart, string> = {
  popularity: 'Popularity over time',
  age: 'Audience age',
  interests: 'Audience interests',
  countries: 'Audience countries',
};

export type EmbedTheme = 'light' | 'dark';

export type EmbedView =
  | { kind: 'hashtag'; name: string; scope: TrendScope; chart: EmbedChart }
  | { kind: 'top'; filters: ListFilters; limit: number }
  | { kind: 'compare'; tags: string[]; scope: TrendScope };

export interface ParsedEmbed {
  /** Undefined on a path that is no embed (`/embed/nothing`). */
  view: EmbedView | undefined;
  /** Undefined: the reader's system theme. */
  theme: EmbedTheme | undefined;
  problems: ParamProblem[];
}

/** The top N an embed shows without `?limit=`. */
export const DEFAULT_EMBED_LIMIT = DEFAULT_DECK_SIZE;

/** Whether `pathname` is `/embed` or under it: the only pages other sites may frame. */
export function isEmbedPath(pathname: string): boolean {
  return /^\/embed(\/|$)/.test(pathname);
}

const chartSchema = oneOfParam(EMBED_CHARTS, (v) => v as EmbedChart, 'unknown chart');
const themeSchema = oneOfParam(['light', 'dark'], (v) => v as EmbedTheme, 'unknown theme');
const limitSchema = patternParam(/^([1-9]|[1-9]\d|100)$/, Number);

/** The embed at `pathname` + `search`; invalid parameters fall back to their defaults, each with a problem. */
export function parseEmbed(pathname: string, search: URLSearchParams): ParsedEmbed {
  const problems: ParamProblem[] = [];
  const path = pathname.replace(/\/+$/, '');
  const theme = readParam<EmbedTheme | undefined>(
    search,
    'theme',
    themeSchema,
    undefined,
    { label: 'theme', fallbackLabel: 'the system’s theme' },
    problems,
  );
  let view: EmbedView | undefined;
  if (path === '/embed') {
    const filters = parseListFilters(search, problems);
    const limit = readParam(
      search,
      'limit',
      limitSchema,
      DEFAULT_EMBED_LIMIT,
      {
        label: 'limit',
        fallbackLabel: `the top ${DEFAULT_EMBED_LIMIT}`,
        message: (v) => `Unknown limit ${v} (1 to ${CHART_SIZE}): showing the top ${DEFAULT_EMBED_LIMIT}`,
      },
      problems,
    );
    view = { kind: 'top', filters, limit };
  } else if (path === '/embed/compare') {
    view = {
      kind: 'compare',
      tags: parseTagsParam(search.get('tags')).slice(0, COMPARE_MAX),
      scope: parseScope(search, problems),
    };
  } else if (path.startsWith('/embed/hashtag/')) {
    const name = hashtagOfPath(path.slice('/embed'.length));
    if (name) {
      const scope = parseScope(search, problems);
      const chart = readParam(
        search,
        'chart',
        chartSchema,
        'popularity',
        { label: 'chart', fallbackLabel: EMBED_CHART_LABELS.popularity.toLowerCase() },
        problems,
      );
      view = { kind: 'hashtag', name, scope, chart };
    }
  }
  return { view, theme: view ? theme : undefined, problems: view ? problems : [] };
}

/** The full page an embed is a part of, with the same filters. */
export function fullPageView(view: EmbedView): PageView {
  switch (view.kind) {
    case 'hashtag':
      return { kind: 'hashtag', name: view.name, scope: view.scope };
    case 'top':
      return { kind: 'explorer', filters: view.filters };
    case 'compare':
      return { kind: 'compare', tags: view.tags, scope: view.scope };
  }
}

/** The embed of a full page: a hashtag's popularity chart, the explorer's top 10, compare's chart. */
export function embedOfPage(page: PageView, chart: EmbedChart = 'popularity'): EmbedView | undefined {
  switch (page.kind) {
    case 'hashtag':
      return { kind: 'hashtag', name: page.name, scope: page.scope, chart };
    case 'explorer':
      return { kind: 'top', filters: page.filters, limit: DEFAULT_EMBED_LIMIT };
    case 'compare':
      return page.tags.length > 0 ? { kind: 'compare', tags: page.tags, scope: page.scope } : undefined;
    default:
      return undefined;
  }
}

/** The embed's own URL (path and query, defaults left out): `/embed/hashtag/chatgpt?country=FR&chart=age`. */
export function embedHref(view: EmbedView, theme?: EmbedTheme): string {
  const page = viewHref(fullPageView(view));
  const queryAt = page.indexOf('?');
  const path = queryAt < 0 ? page : page.slice(0, queryAt);
  const extra = new URLSearchParams();
  if (view.kind === 'hashtag' && view.chart !== 'popularity') extra.set('chart', view.chart);
  if (view.kind === 'top' && view.limit !== DEFAULT_EMBED_LIMIT) extra.set('limit', String(view.limit));
  if (theme) extra.set('theme', theme);
  // `tags=a,b` keeps its readable commas: the page's own query string is kept as written
  const query = [queryAt < 0 ? '' : page.slice(queryAt + 1), extra.toString()].filter(Boolean).join('&');
  return `${path === '/' ? '/embed' : `/embed${path}`}${query ? `?${query}` : ''}`;
}

/** The embed's title: the full page's title ("#chatgpt: United States, last 7 days"), the top N counted. */
export function embedTitle(view: EmbedView): string {
  const words = pageWords(fullPageView(view));
  return view.kind === 'top' ? words.title.replace(`Top ${CHART_SIZE} `, `Top ${view.limit} `) : words.title;
}

/** The frame size a snippet asks for: what the embed needs at 640 px wide (measured in Chromium); it follows any width. */
export function embedSize(view: EmbedView): { width: number; height: number } {
  switch (view.kind) {
    case 'hashtag':
      return { width: 640, height: view.chart === 'popularity' ? 530 : 560 };
    case 'top':
      return { width: 640, height: 210 + 29 * view.limit };
    case 'compare':
      return { width: 640, height: 600 };
  }
}

/** The `<iframe>` markup other sites paste (the Embed dialog) or get from oEmbed: every value escaped. */
export function iframeSnippet({
  src,
  width,
  height,
  title,
}: {
  src: string;
  width: number;
  height: number;
  title: string;
}): string {
  return `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="${escapeHtml(title)}" loading="lazy" style="border:0"></iframe>`;
}
