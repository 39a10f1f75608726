import {
  DETAIL_PATH,
  LIST_PATH,
  apiUrl,
  detailParams,
  listParams,
  type ListRequest,
} from '../../src/contract/api-routes';
import { CHART_SIZE } from '../../src/contract/constants';
import { unwrapEnvelope } from '../../src/contract/envelope';
import { parseScope, type ParamProblem, type TrendScope } from '../../src/contract/filter-params';
import { hashtagOfPath } from '../../src/contract/page-view';
import {
  hashtagDetailDataSchema,
  hashtagListDataSchema,
  type HashtagDetail,
  type HashtagList,
} from '../../src/contract/schemas';

/**
 * The data a page's shell is drawn from, fetched by the server while it prepares the page: today a
 * hashtag page's detail, the request the page makes first. The server asks its own API for the exact
 * URL the browser would ask for, draws the hashtag's name, facts and description into the shell, and
 * embeds the answer in the page, so the browser's request is answered before it is made.
 */
export interface DetailPageData {
  /** The API URL (path and query) the page requests, exactly as src/api builds it. */
  apiUrl: string;
  /** Our API's answer, as it would have been sent. */
  body: string;
  /** The API answered from its cache after the provider failed (`x-data-stale: 1`). */
  stale: boolean;
  name: string;
  scope: TrendScope;
  /**
   * The URL had a parameter the app corrects with a notice (an unknown country falls back to the
   * default): the answer is for the corrected request, and the shell leaves the page's top to the app,
   * which shows the notice above it.
   */
  corrected: boolean;
  detail: HashtagDetail;
}

/** Our API, asked in-process (`app.fetch` of server/app.ts) with a path such as `/api/...?...`. */
export type ApiFetch = (path: string) => Response | Promise<Response>;

export { hashtagOfPath };

/** An answer of our API, read within a wait. */
export interface TimelyAnswer {
  /** The body as the API sent it. */
  body: string;
  /** The envelope's `data`, not yet read by a schema. */
  data: unknown;
  /** Served from the cache after the provider failed (`x-data-stale: 1`). */
  stale: boolean;
}

/**
 * Our API's successful answer to `path` if it comes within `waitMs`; undefined after the wait, on an
 * error answer, or on a body that is not our envelope. Never throws.
 */
export async function askWithin(fetchApi: ApiFetch, path: string, waitMs: number): Promise<TimelyAnswer | undefined> {
  let stopWaiting = () => {};
  const late = new Promise<undefined>((resolve) => {
    const timer = setTimeout(() => resolve(undefined), waitMs);
    stopWaiting = () => clearTimeout(timer);
  });
  try {
    const answer = Promise.resolve()
      .then(() => fetchApi(path))
      .then(async (response) => (response.ok ? { response, body: await response.text() } : undefined));
    const result = await Promise.race([answer.catch(() => undefined), late]);
    if (!result) return undefined;
    const unwrapped = unwrapEnvelope(JSON.parse(result.body));
    if (!unwrapped.ok) return undefined;
    return { body: result.body, data: unwrapped.body.data, stale: result.response.headers.get('x-data-stale') === '1' };
  } catch {
    return undefined;
  } finally {
    stopWaiting();
  }
}

/** One page of the ranked list, read by the app's schema, if our API has it within `waitMs`. */
export async function listWithin(
  query: ListRequest,
  fetchApi: ApiFetch,
  waitMs: number,
): Promise<{ list: HashtagList; stale: boolean } | undefined> {
  const answer = await askWithin(fetchApi, apiUrl(LIST_PATH, listParams(query)), waitMs);
  if (!answer) return undefined;
  const parsed = hashtagListDataSchema.safeParse(answer.data);
  return parsed.success ? { list: parsed.data, stale: answer.stale } : undefined;
}

/**
 * The hashtag's rank in its country's top 100 for the period (all industries): the request the app's
 * "where it charts" makes (`topChartQuery`), so the two share the server's cache. Undefined when it is
 * not in the chart or the chart did not come in time.
 */
export async function chartRank(
  name: string,
  scope: TrendScope,
  fetchApi: ApiFetch,
  waitMs: number,
): Promise<number | undefined> {
  const chart = await listWithin({ ...scope, newOnly: false, page: 1, limit: CHART_SIZE }, fetchApi, waitMs);
  const key = name.normalize('NFC').toLowerCase();
  return chart?.list.list.find((item) => item.hashtag_name.normalize('NFC').toLowerCase() === key)?.rank;
}

/**
 * The detail a hashtag page at `url` needs, if our API has it within `waitMs`: the page is not held
 * longer than that for a slow provider (the browser then asks itself, and the server's single flight
 * joins it to the call already under way). A parameter the app would correct is corrected the same
 * way (`corrected`). Undefined on other pages, after the wait, on any error answer (the app shows
 * those itself) and on an answer the app's own schema would refuse.
 */
export async function detailPageData(
  url: URL,
  fetchApi: ApiFetch,
  waitMs: number,
): Promise<DetailPageData | undefined> {
  const name = hashtagOfPath(url.pathname);
  if (!name) return undefined;
  const problems: ParamProblem[] = [];
  const scope = parseScope(url.searchParams, problems);
  const path = apiUrl(DETAIL_PATH, detailParams({ name, ...scope }));
  const answer = await askWithin(fetchApi, path, waitMs);
  if (!answer) return undefined;
  const parsed = hashtagDetailDataSchema.safeParse(answer.data);
  if (!parsed.success) return undefined;
  return {
    apiUrl: path,
    body: answer.body,
    stale: answer.stale,
    name,
    scope,
    corrected: problems.length > 0,
    detail: parsed.data.info,
  };
}
