import { queryOptions, useQuery } from '@tanstack/react-query';
import { hashtagDetailDataSchema } from '../contract/schemas';
import { getJson } from './client';
import { hashtagKeys } from './query-keys';
import { DETAIL_PATH, detailParams, type DetailQuery } from '../contract/api-routes';

export function getHashtagDetail(q: DetailQuery, signal?: AbortSignal) {
  return getJson(DETAIL_PATH, detailParams(q), hashtagDetailDataSchema, signal);
}

export function hashtagDetailOptions(q: DetailQuery) {
  return queryOptions({
    queryKey: hashtagKeys.detail(q),
    queryFn: ({ signal }) => getHashtagDetail(q, signal),
  });
}

export function useHashtagDetail(q: DetailQuery) {
  return useQuery(hashtagDetailOptions(q));
}
