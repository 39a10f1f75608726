import { hashtagFromRouteParam } from './api-routes';
import { COMPARE_MAX, DEFAULT_DECK_SIZE, MAX_DECK_TAGS, countryName, periodLabel } from './constants';
import {
  listPlace,
  parseListFilters,
  parseScope,
  writeScope,
  type ListFilters,
  type TrendScope,
} from './filter-params';
import { formatCompact } from './format-number';
import { parseTagsParam, tagsParam } from './tag-names';

/**
 * What a URL of the app shows, in words, for the link previews the server writes into a page's
 * `<head>` (server/pages/page-head.ts) and the picture it draws for it (server/og/). Pure: the URL is
 * read with the same parsers and fallbacks the pages use, so the words describe what opening the link
 * shows (`?country=ZZ` is described as the United States, as the page then shows it).
 */
export type PageView =
  | { kind: 'explorer'; filters: ListFilters }
  | { kind: 'hashtag'; name: string; scope: TrendScope }
  | { kind: 'compare'; tags: string[]; scope: TrendScope }
  | { kind: 'deck'; filters: ListFilters; tags: string[] }
  | { kind: 'watchlist' }
  | { kind: 'not-found' };

/** The hashtag a `/hashtag/:name` path is about, decoded as the router decodes it; undefined on other paths. */
export function hashtagOfPath(pathname: string): string | undefined {
  const match = /^\/hashtag\/([^/]+)\/?$/i.exec(pathname);
  if (!match?.[1]) return undefined;
  try {
    return hashtagFromRouteParam(decodeURIComponent(match[1])) || undefined;
  } catch {
    return undefined;
  }
}

/** The view at `pathname` + `search`, as the app's routes (src/app/router.tsx) read it. */
export function pageView(pathname: string, search: URLSearchParams): PageView {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { kind: 'explorer', filters: parseListFilters(search) };
  const name = hashtagOfPath(pathname);
  if (name) return { kind: 'hashtag', name, scope: parseScope(search) };
  if (path === '/compare') {
    return {
      kind: 'compare',
      tags: parseTagsParam(search.get('tags')).slice(0, COMPARE_MAX),
      scope: parseScope(search),
    };
  }
  if (path === '/present') {
    return {
      kind: 'deck',
      filters: parseListFilters(search),
      tags: parseTagsParam(search.get('tags')).slice(0, MAX_DECK_TAGS),
    };
  }
  if (path === '/watchlist') return { kind: 'watchlist' };
  return { kind: 'not-found' };
}

function listSearch(filters: ListFilters, tags: readonly string[] = []): string {
  const search = writeScope(new URLSearchParams(), filters);
  if (filters.industry) search.set('industry', filters.industry);
  if (filters.newOnly) search.set('new', '1');
  const parts = [tags.length > 0 ? tagsParam(tags) : '', search.toString()].filter(Boolean);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/**
 * The view's own URL, path and query, normalised: only what selects the view, defaults left out, in
 * one order (`/hashtag/chatgpt?country=FR`). The canonical URL of every URL showing the same thing, and
 * the key under which the server keeps the view's picture.
 */
export function viewHref(view: PageView): string {
  switch (view.kind) {
    case 'explorer':
      return `/${listSearch(view.filters)}`;
    case 'hashtag': {
      const qs = writeScope(new URLSearchParams(), view.scope).toString();
      return `/hashtag/${encodeURIComponent(view.name)}${qs ? `?${qs}` : ''}`;
    }
    case 'compare': {
      const qs = writeScope(new URLSearchParams(), view.scope).toString();
      const parts = [view.tags.length > 0 ? tagsParam(view.tags) : '', qs].filter(Boolean);
      return `/compare${parts.length > 0 ? `?${parts.join('&')}` : ''}`;
    }
    case 'deck':
      return `/present${listSearch(view.filters, view.tags)}`;
    case 'watchlist':
      return '/watchlist';
    case 'not-found':
      return '/';
  }
}

/** Where the view's picture is: `/og` + the page's path (the explorer is `/og/explorer`) + `.png` + its query. */
export function ogImageHref(view: PageView): string {
  const href = viewHref(
    view.kind === 'not-found' ? { kind: 'explorer', filters: parseListFilters(new URLSearchParams()) } : view,
  );
  const queryAt = href.indexOf('?');
  const path = queryAt < 0 ? href : href.slice(0, queryAt);
  const query = queryAt < 0 ? '' : href.slice(queryAt);
  return `/og${path === '/' ? '/explorer' : path}.png${query}`;
}

/** The view a picture's URL (`/og/hashtag/chatgpt.png?country=FR`) is of; undefined when it is none. */
export function viewOfImagePath(pathname: string, search: URLSearchParams): PageView | undefined {
  const match = /^\/og(\/.+)\.png$/.exec(pathname);
  if (!match?.[1]) return undefined;
  const view = pageView(match[1] === '/explorer' ? '/' : match[1], search);
  return view.kind === 'not-found' ? undefined : view;
}

/** What the server knows of a hashtag when it describes its page: its rank in the top 100 and its posts. */
export interface HashtagFacts {
  /** Its rank in the country's top 100 (all industries) for the period; undefined when not in it or unknown. */
  rank?: number;
  /** Posts in the period. */
  posts?: number;
  /** The provider's description, plain text. */
  description?: string;
}

export interface PageWords {
  /** The view in one line: "#chatgpt: #3 in United States, last 7 days, 17.5K posts". */
  title: string;
  /** A sentence or two under it. */
  description: string;
  /** What the view's picture shows, for those who cannot see it. */
  imageAlt: string;
}

export const APP_NAME = 'Hashtag Trends';

const scopeWords = ({ country, period }: TrendScope) => `${countryName(country)}, last ${periodLabel(period)}`;

/** "#a, #b and #c" */
function nameList(names: readonly string[]): string {
  const tags = names.map((n) => `#${n}`);
  return tags.length <= 1 ? (tags[0] ?? '') : `${tags.slice(0, -1).join(', ')} and ${tags.at(-1)}`;
}

/** A description of at most `max` characters, cut at a word. */
function shorten(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** The view in words: a title, a description and the picture's alt text (`facts`: a hashtag page's data). */
export function pageWords(view: PageView, facts: HashtagFacts = {}): PageWords {
  switch (view.kind) {
    case 'explorer': {
      const only = view.filters.newOnly ? ' new to the top 100' : '';
      const title = `Top 100 TikTok hashtags${only} in ${listPlace(view.filters)}`;
      return {
        title,
        description: `The hashtags trending on TikTok${only} in ${listPlace(view.filters)}: ranks, rank changes, posts and views.`,
        imageAlt: `${title}: the top 5 with their rank changes`,
      };
    }
    case 'hashtag': {
      const figures = [
        facts.rank !== undefined
          ? `#${facts.rank} in ${countryName(view.scope.country)}`
          : countryName(view.scope.country),
        `last ${periodLabel(view.scope.period)}`,
        ...(facts.posts !== undefined ? [`${formatCompact(facts.posts)} posts`] : []),
      ];
      const title = `#${view.name}: ${figures.join(', ')}`;
      const about = `Popularity, posts, views and audience of #${view.name} on TikTok in ${scopeWords(view.scope)}.`;
      return {
        title,
        description: facts.description ? shorten(facts.description) : about,
        imageAlt: `${title}, with its popularity curve`,
      };
    }
    case 'compare': {
      if (view.tags.length === 0) {
        return {
          title: 'Compare TikTok hashtags',
          description: `Popularity curves of up to ${COMPARE_MAX} TikTok hashtags side by side.`,
          imageAlt: 'Compare TikTok hashtags',
        };
      }
      const title = `Compare ${nameList(view.tags)}: ${scopeWords(view.scope)}`;
      return {
        title,
        description: `Popularity curves, posts and views of ${nameList(view.tags)} side by side on TikTok in ${scopeWords(view.scope)}.`,
        imageAlt: `${title}: their popularity curves`,
      };
    }
    case 'deck': {
      const title =
        view.tags.length > 0
          ? `Presentation: ${nameList(view.tags.slice(0, 5))}${view.tags.length > 5 ? ` and ${view.tags.length - 5} more` : ''} in ${scopeWords(view.filters)}`
          : `Presentation: top ${DEFAULT_DECK_SIZE} TikTok hashtags${view.filters.newOnly ? ' new to the top 100' : ''} in ${listPlace(view.filters)}`;
      return {
        title,
        description: 'A slide deck for a marketing meeting: one slide per hashtag with its rank, figures and curve.',
        imageAlt: title,
      };
    }
    case 'watchlist':
      return {
        title: 'Watchlist',
        description: 'The TikTok hashtags you follow, with their ranks and moves since your last visit.',
        imageAlt: `${APP_NAME}: watchlist`,
      };
    case 'not-found':
      return {
        title: 'Page not found',
        description: 'Trending TikTok hashtags by country, industry and period.',
        imageAlt: `${APP_NAME}: trending TikTok hashtags`,
      };
  }
}
