/** Our API's answers for a link-preview picture (og-route.ts), each within a wait. */
import { LIST_PATH, apiUrl, listParams, type ListRequest } from '../../src/contract/api-routes';
import { CHART_SIZE } from '../../src/contract/constants';
import { unwrapEnvelope } from '../../src/contract/envelope';
import type { TrendScope } from '../../src/contract/filter-params';
import { hashtagListDataSchema, type HashtagList } from '../../src/contract/schemas';

import type { ApiFetch } from '../in-process-api';

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
