import { useCallback, useMemo } from 'react';
import { z } from 'zod/mini';
import { CHART_SIZE, DEFAULT_PAGE_SIZE, PAGE_SIZES, type PageSize } from '../../contract/constants';
import type { ListQuery } from '../../api/query-keys';
import {
  DEFAULT_SCOPE,
  flagParamSchema,
  oneOfParam,
  parseListFilters,
  patternParam,
  positiveIntParamSchema,
  readParam,
  sinceParamSchema,
  writeScope,
  type ParamProblem,
  type TrendScope,
} from '../../contract/filter-params';
import { TREND_STAGES, type TrendStage } from '../../contract/trend-stage';
import { useShownSearch } from './use-shown-search';

export const SORT_KEYS = ['rank', 'posts', 'views', 'change', 'stage'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';
export interface Sort {
  key: SortKey;
  dir: SortDir;
}
/** The direction a first click sorts in: best first (rank 1, most views, biggest climb, liveliest stage). */
export const NATURAL_DIR: Record<SortKey, SortDir> = {
  rank: 'asc',
  posts: 'desc',
  views: 'desc',
  change: 'desc',
  stage: 'asc',
};
export const DEFAULT_SORT: Sort = { key: 'rank', dir: 'asc' };

/**
 * Everything the explorer shows, parsed from the URL. The first six select what the API returns;
 * `q`, `sort`, `hidePromoted` and `stage` are view options applied to the page on screen.
 */
export interface ExplorerFilters extends TrendScope {
  /** 11-digit industry id; undefined = all industries. */
  industry: string | undefined;
  /** Only hashtags new to the top 100 (`filter_by=new_on_board`). */
  newOnly: boolean;
  page: number;
  limit: PageSize;
  /** Filter-within-results text. */
  q: string;
  sort: Sort;
  hidePromoted: boolean;
  /** Only rows in this trend stage; undefined = all stages. */
  stage: TrendStage | undefined;
  /** "Changes since" this UTC day (`YYYY-MM-DD`, see sinceParamSchema); undefined = not shown. */
  since: string | undefined;
}

export const DEFAULT_FILTERS: ExplorerFilters = {
  ...DEFAULT_SCOPE,
  industry: undefined,
  newOnly: false,
  page: 1,
  limit: DEFAULT_PAGE_SIZE,
  q: '',
  sort: DEFAULT_SORT,
  hidePromoted: false,
  stage: undefined,
  since: undefined,
};

/** Every URL key this page owns; anything else in the URL round-trips untouched. */
export const EXPLORER_PARAMS = [
  'country',
  'industry',
  'period',
  'new',
  'page',
  'limit',
  'q',
  'sort',
  'hidePromoted',
  'stage',
  'since',
] as const;

export const MAX_QUERY_LENGTH = 100;

const limitSchema = oneOfParam(PAGE_SIZES.map(String), (v) => Number(v) as PageSize, 'unknown page size');
const pageSchema = (lastPage: number) =>
  positiveIntParamSchema.check(z.refine((n) => n <= lastPage, 'past the last page'));
/** `sort=views` ascending, `sort=-views` descending (the JSON:API convention). */
const sortSchema = patternParam(new RegExp(`^-?(${SORT_KEYS.join('|')})$`), (v): Sort =>
  v.startsWith('-') ? { key: v.slice(1) as SortKey, dir: 'desc' } : { key: v as SortKey, dir: 'asc' },
);
/** `stage=Rising`: exactly one of the stage names as shown. */
const stageSchema = oneOfParam(TREND_STAGES, (v) => v as TrendStage, 'unknown stage');
const querySchema = z.pipe(
  z.string(),
  z.transform((v) => v.slice(0, MAX_QUERY_LENGTH)),
);

export function sortParam(sort: Sort): string {
  return `${sort.dir === 'desc' ? '-' : ''}${sort.key}`;
}

/** Parses the explorer's URL. Never throws: a bad value falls back to its default and is reported. */
export function parseExplorerParams(search: URLSearchParams): { filters: ExplorerFilters; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const { industry, newOnly, ...scope } = parseListFilters(search, problems);
  const limit = readParam(
    search,
    'limit',
    limitSchema,
    DEFAULT_PAGE_SIZE,
    {
      label: 'rows per page',
      fallbackLabel: String(DEFAULT_PAGE_SIZE),
    },
    problems,
  );
  const page = readParam(
    search,
    'page',
    pageSchema(Math.ceil(CHART_SIZE / limit)),
    1,
    {
      label: 'page',
      fallbackLabel: 'page 1',
      message: (v) => `Page ${v} does not exist: showing page 1`,
    },
    problems,
  );
  const q = readParam(search, 'q', querySchema, '', { label: 'search', fallbackLabel: 'all rows' }, problems);
  const sort = readParam(
    search,
    'sort',
    sortSchema,
    DEFAULT_SORT,
    { label: 'sort order', fallbackLabel: 'rank order' },
    problems,
  );
  const hidePromoted = readParam(
    search,
    'hidePromoted',
    flagParamSchema,
    false,
    {
      label: 'hidePromoted',
      fallbackLabel: 'promoted hashtags',
      message: (v) => `Unknown value ${v} for “Hide promoted”: showing promoted hashtags`,
    },
    problems,
  );
  const stage = readParam<TrendStage | undefined>(
    search,
    'stage',
    stageSchema,
    undefined,
    {
      label: 'stage',
      fallbackLabel: 'all stages',
    },
    problems,
  );
  const since = readParam<string | undefined>(
    search,
    'since',
    sinceParamSchema,
    undefined,
    {
      label: 'date',
      fallbackLabel: 'no changes',
      message: (v) => `Unknown date ${v} for “Changes since” (expected a day such as 2026-11-16): showing no changes`,
    },
    problems,
  );
  return { filters: { ...scope, industry, newOnly, page, limit, q, sort, hidePromoted, stage, since }, problems };
}

/**
 * The URL for `filters`: defaults left out, keys in a fixed order, and every parameter of `current`
 * that the explorer does not own kept as it was.
 */
export function explorerSearch(filters: ExplorerFilters, current?: URLSearchParams): URLSearchParams {
  const out = writeScope(new URLSearchParams(), filters);
  if (filters.industry) out.set('industry', filters.industry);
  if (filters.newOnly) out.set('new', '1');
  if (filters.page !== 1) out.set('page', String(filters.page));
  if (filters.limit !== DEFAULT_PAGE_SIZE) out.set('limit', String(filters.limit));
  if (filters.q !== '') out.set('q', filters.q);
  if (filters.sort.key !== DEFAULT_SORT.key || filters.sort.dir !== DEFAULT_SORT.dir)
    out.set('sort', sortParam(filters.sort));
  if (filters.hidePromoted) out.set('hidePromoted', '1');
  if (filters.stage) out.set('stage', filters.stage);
  if (filters.since) out.set('since', filters.since);
  const owned: readonly string[] = EXPLORER_PARAMS;
  current?.forEach((value, key) => {
    if (!owned.includes(key)) out.append(key, value);
  });
  return out;
}

/** What the list API needs from the filters (view options are applied on the client). */
export function explorerListQuery(filters: ExplorerFilters): ListQuery {
  return {
    country: filters.country,
    industry: filters.industry,
    period: filters.period,
    newOnly: filters.newOnly,
    page: filters.page,
    limit: filters.limit,
  };
}

/** Changing any of these selects a different list, so the page goes back to 1. */
const LIST_KEYS: readonly (keyof ExplorerFilters)[] = ['country', 'industry', 'period', 'newOnly', 'limit'];

export function applyPatch(filters: ExplorerFilters, patch: Partial<ExplorerFilters>): ExplorerFilters {
  const next = { ...filters, ...patch };
  if (patch.page === undefined && LIST_KEYS.some((k) => k in patch && patch[k] !== filters[k])) next.page = 1;
  return next;
}

export interface UpdateOptions {
  /** Replace the current history entry instead of pushing one (typing in the search box). */
  replace?: boolean;
  /** History state for the new entry (the search box marks its own writes). */
  state?: unknown;
}

/**
 * The explorer's filters from the URL, and setters that write the URL (one history entry each).
 * A change shows at once, before the router has applied the URL (`useShownSearch`).
 */
export function useExplorerFilters() {
  const { search, params: current, write: navigate } = useShownSearch();
  const { filters, problems } = useMemo(() => parseExplorerParams(current), [current]);

  const write = useCallback(
    (next: URLSearchParams, options: UpdateOptions = {}) =>
      navigate(next, { replace: options.replace, state: options.state, preventScrollReset: true }),
    [navigate],
  );

  const update = useCallback(
    (patch: Partial<ExplorerFilters>, options: UpdateOptions = {}) =>
      write(explorerSearch(applyPatch(filters, patch), current), options),
    [filters, current, write],
  );

  /** Back to defaults; parameters the explorer does not own stay. */
  const reset = useCallback(() => write(explorerSearch(DEFAULT_FILTERS, current)), [current, write]);

  /** Drops the values that could not be parsed (after the user dismissed the notice). */
  const dropInvalid = useCallback(
    () => write(explorerSearch(filters, current), { replace: true }),
    [filters, current, write],
  );

  // `search`: the query string shown (without "?"), the URL just written before the router has applied it.
  return { filters, problems, search, update, reset, dropInvalid };
}
