import { DETAIL_PATH, apiUrl, detailParams, hashtagFromRouteParam } from '../../src/contract/api-routes';
import { unwrapEnvelope } from '../../src/contract/envelope';
import { parseScope, type ParamProblem, type TrendScope } from '../../src/contract/filter-params';
import { hashtagDetailDataSchema, type HashtagDetail } from '../../src/contract/schemas';

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
    const parsed = hashtagDetailDataSchema.safeParse(unwrapped.body.data);
    if (!parsed.success) return undefined;
    const stale = result.response.headers.get('x-data-stale') === '1';
    return {
      apiUrl: path,
      body: result.body,
      stale,
      name,
      scope,
      corrected: problems.length > 0,
      detail: parsed.data.info,
    };
  } catch {
    return undefined;
  } finally {
    stopWaiting();
  }
}
