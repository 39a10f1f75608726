import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { hashtagListDataSchema } from '../contract/schemas';
import { getJson } from './client';
import type { RequestContext } from './transport';
import { LIST_PATH, listParams } from '../contract/api-routes';
import { hashtagKeys, type ListQuery } from './query-keys';

export async function getHashtagList(q: ListQuery, context?: RequestContext) {
  const response = await getJson(LIST_PATH, listParams(q), hashtagListDataSchema, context);
  // Our API never sends more than `limit` rows. Should anything in between send 10,000, the rest is
  // dropped here, at the edge, rather than freezing every view that renders the page of rows.
  const { list } = response.data;
  return list.length <= q.limit ? response : { ...response, data: { ...response.data, list: list.slice(0, q.limit) } };
}

export function hashtagListOptions(q: ListQuery) {
  return queryOptions({
    queryKey: hashtagKeys.list(q),
    queryFn: (context) => getHashtagList(q, context),
    // another page or filter set keeps the rows on screen until its own arrive
    placeholderData: keepPreviousData,
  });
}

export function useHashtagList(q: ListQuery) {
  return useQuery(hashtagListOptions(q));
}
