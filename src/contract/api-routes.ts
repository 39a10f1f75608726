import type { Period } from './constants';

/**
 * Our API's routes and URLs, written in one place for the browser (src/api, whose queries the server
 * also runs while it renders a page: src/entry-server.tsx), the server's routes (server/app.ts) and the
 * link-preview pictures (server/og/og-data.ts).
 */

/** Upstream paths (relative to TRENDS_API_BASE_URL); ours are the same under /api. */
export const LIST_PATH = '/tiktok/popular-trend/hashtag';
export const DETAIL_PATH = '/tiktok/popular-trend/hashtag/detail';

export type QueryParams = Record<string, string | number | undefined>;

/** `/api<path>?<params>`, in the order given, empty and undefined values left out. */
export function apiUrl(path: string, params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

/** What selects one page of the ranked list (parsed and defaulted). */
export interface ListRequest {
  country: string;
  /** 11-digit industry id; undefined = all industries. */
  industry?: string;
  period: Period;
  newOnly: boolean;
  page: number;
  limit: number;
}

/** The list request's parameters, in the order the browser sends them. */
export function listParams(q: ListRequest): QueryParams {
  return {
    country_code: q.country,
    industry_id: q.industry,
    period: q.period,
    page: q.page,
    limit: q.limit,
    filter_by: q.newOnly ? 'new_on_board' : undefined,
  };
}

/** What a hashtag page asks for. */
export interface DetailQuery {
  name: string;
  country: string;
  period: Period;
}

/** The detail request's parameters, in the order the browser sends them. */
export function detailParams(q: DetailQuery): QueryParams {
  return { hashtag_name: q.name, country_code: q.country, period: q.period };
}

/**
 * The hashtag a `/hashtag/:name` route is about: its decoded `:name` without a leading "#" (links
 * pasted with one still work). The page, its boot-time preload and the server's page for it all
 * read it here, so they ask for the same thing.
 */
export function hashtagFromRouteParam(param: string | undefined): string {
  return (param ?? '').replace(/^#/, '');
}
