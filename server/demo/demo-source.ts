import type { DetailParams, ListParams } from '../../src/contract/api-params';
import { ApiFailure } from '../api-failure';
import { BoundedMap } from '../bounded-map';
import type { SourceAnswer, TrendsBody, TrendsSource } from '../trends-source';
import { upstreamDetailSearch, upstreamListSearch } from '../upstream-query';
import { DETAIL_PATH, LIST_PATH } from '../../src/contract/api-routes';
import { hexToken } from './random';
import { demoHashtagDetail } from './hashtag-detail';
import { demoHashtagList } from './hashtag-list';

/** Like TikTok's ids (timestamp + hex), but derived from the request so answers are byte-identical. */
const AS_OF_STAMP = '20261123000000';
const requestId = (key: string) => AS_OF_STAMP + hexToken(key, 20).toUpperCase();

/** A constant keeps responses byte-identical; it mirrors a plan with a few requests per second. */
const DEMO_RATE_LIMIT_REMAINING = '4';

/** Serialised answers for the most requested URLs: a warm demo request is a map lookup. */
const answers = new BoundedMap<string, SourceAnswer>(500);

function answer(path: string, query: URLSearchParams, makeData: () => unknown): SourceAnswer {
  const key = `${path}?${query}`;
  const cached = answers.get(key);
  if (cached) return cached;
  const body: TrendsBody = { code: 0, msg: 'OK', request_id: requestId(key), data: makeData() };
  const made = { json: JSON.stringify(body), rateLimitRemaining: DEMO_RATE_LIMIT_REMAINING };
  answers.set(key, made);
  return made;
}

/** Demo mode: every country × industry × period of the filter lists, from a deterministic generator. */
export function createDemoSource(): TrendsSource {
  return {
    mode: 'demo',
    list: async (params: ListParams) => answer(LIST_PATH, upstreamListSearch(params), () => demoHashtagList(params)),
    detail: async (params: DetailParams) =>
      answer(DETAIL_PATH, upstreamDetailSearch(params), () => {
        const data = demoHashtagDetail(params);
        if (!data) throw new ApiFailure(404, `hashtag not found: ${params.hashtag_name}`);
        return data;
      }),
  };
}
