import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { hashtagListDataSchema } from '../contract/schemas';
import { getJson } from './client';
import { retryDelay, shouldRetry } from './api-error';
import { hashtagKeys, type ListQuery } from './query-keys';

export function getHashtagList(q: ListQuery, signal?: AbortSignal) {
  return getJson(
    '/tiktok/popular-trend/hashtag',
    {
      country_code: q.country,
      industry_id: q.industry,
      period: q.period,
      page: q.page,
      limit: q.limit,
      filter_by: q.newOnly ? 'new_on_board' : undefined,
    },
    hashtagListDataSchema,
    signal,
  );
}

export function hashtagListOptions(q: ListQuery) {
  return queryOptions({
    queryKey: hashtagKeys.list(q),
    queryFn: ({ signal }) => getHashtagList(q, signal),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
    retry: shouldRetry,
    retryDelay,
  });
}

export function useHashtagList(q: ListQuery) {
  return useQuery(hashtagListOptions(q));
}
