import { queryOptions, useQuery } from '@tanstack/react-query';
import { hashtagDetailDataSchema } from '../contract/schemas';
import { getJson } from './client';
import { retryDelay, shouldRetry } from './api-error';
import { hashtagKeys, type DetailQuery } from './query-keys';

export function getHashtagDetail(q: DetailQuery, signal?: AbortSignal) {
  return getJson(
    '/tiktok/popular-trend/hashtag/detail',
    { hashtag_name: q.name, country_code: q.country, period: q.period },
    hashtagDetailDataSchema,
    signal,
  );
}

export function hashtagDetailOptions(q: DetailQuery) {
  return queryOptions({
    queryKey: hashtagKeys.detail(q),
    queryFn: ({ signal }) => getHashtagDetail(q, signal),
    staleTime: 5 * 60_000,
    retry: shouldRetry,
    retryDelay,
  });
}

export function useHashtagDetail(q: DetailQuery) {
  return useQuery(hashtagDetailOptions(q));
}
