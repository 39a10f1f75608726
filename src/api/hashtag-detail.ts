import { queryOptions, useQuery } from '@tanstack/react-query';
import { hashtagDetailDataSchema } from '../contract/schemas';
import { getJson } from './client';
import type { RequestContext } from './transport';
import { hashtagKeys } from './query-keys';
import { DETAIL_PATH, detailParams, type DetailQuery } from '../contract/api-routes';

export function getHashtagDetail(q: DetailQuery, context?: RequestContext) {
  return getJson(DETAIL_PATH, detailParams(q), hashtagDetailDataSchema, context);
}

export function hashtagDetailOptions(q: DetailQuery) {
  return queryOptions({
    queryKey: hashtagKeys.detail(q),
    queryFn: (context) => getHashtagDetail(q, context),
  });
}

export function useHashtagDetail(q: DetailQuery) {
  return useQuery(hashtagDetailOptions(q));
}
