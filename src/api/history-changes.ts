import { queryOptions, useQuery } from '@tanstack/react-query';
import { HISTORY_CHANGES_PATH, historyChangesDataSchema } from '../contract/history';
import { retryDelay } from './api-error';
import { getJson } from './client';
import type { RequestContext } from './transport';
import { HISTORY_TIMEOUT_MS, ensureHistoryOffered, shouldRetryHistory } from './history-policy';
import { historyKeys, type ChangesQuery } from './query-keys';

/** GET /api/history/changes: what changed in one ranking since a day, from the recorded rankings. */
export function getHistoryChanges(q: ChangesQuery, context?: RequestContext) {
  return getJson(
    HISTORY_CHANGES_PATH,
    {
      country_code: q.country,
      industry: q.industry,
      period: q.period,
      new: q.newOnly ? 'true' : undefined,
      since: q.since,
    },
    historyChangesDataSchema,
    context,
    HISTORY_TIMEOUT_MS,
  );
}

export function historyChangesOptions(q: ChangesQuery) {
  return queryOptions({
    queryKey: historyKeys.changes(q),
    queryFn: async (context) => {
      await ensureHistoryOffered(context.client);
      return getHistoryChanges(q, context);
    },
    staleTime: 5 * 60_000,
    retry: shouldRetryHistory,
    retryDelay,
  });
}

export function useHistoryChanges(q: ChangesQuery) {
  return useQuery(historyChangesOptions(q));
}
