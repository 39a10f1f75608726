import { queryOptions, useQuery } from '@tanstack/react-query';
import { detailParams, type DetailQuery } from '../contract/api-routes';
import { HISTORY_HASHTAG_PATH, historyHashtagDataSchema } from '../contract/history';
import { retryDelay } from './api-error';
import { getJson } from './client';
import type { RequestContext } from './transport';
import { HISTORY_TIMEOUT_MS, ensureHistoryOffered, shouldRetryHistory } from './history-policy';
import { historyKeys } from './query-keys';

/** GET /api/history/hashtag: the hashtag's rank per recorded day in a country and period. */
export function getHashtagHistory(q: DetailQuery, context?: RequestContext) {
  return getJson(HISTORY_HASHTAG_PATH, detailParams(q), historyHashtagDataSchema, context, HISTORY_TIMEOUT_MS);
}

export function hashtagHistoryOptions(q: DetailQuery) {
  return queryOptions({
    queryKey: historyKeys.hashtag(q),
    queryFn: async (context) => {
      await ensureHistoryOffered(context.client);
      return getHashtagHistory(q, context);
    },
    // a new ranking is recorded once a day
    staleTime: 5 * 60_000,
    retry: shouldRetryHistory,
    retryDelay,
  });
}

export function useHashtagHistory(q: DetailQuery) {
  return useQuery(hashtagHistoryOptions(q));
}
