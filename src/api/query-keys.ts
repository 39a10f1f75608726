import type { Period } from '../contract/constants';
import type { DetailQuery } from '../contract/api-routes';

/** What selects one page of the ranked list (already parsed and defaulted). */
export interface ListQuery {
  country: string;
  industry?: string;
  period: Period;
  newOnly: boolean;
  page: number;
  limit: number;
}

/** One key scheme for every hashtag query: ['hashtags', 'list' | 'detail', params]. */
export const hashtagKeys = {
  all: ['hashtags'] as const,
  lists: () => [...hashtagKeys.all, 'list'] as const,
  list: (q: ListQuery) => [...hashtagKeys.lists(), normaliseList(q)] as const,
  details: () => [...hashtagKeys.all, 'detail'] as const,
  detail: (q: DetailQuery) =>
    [...hashtagKeys.details(), { name: q.name, country: q.country, period: q.period }] as const,
};

function normaliseList(q: ListQuery): ListQuery {
  return {
    country: q.country,
    industry: q.industry || undefined,
    period: q.period,
    newOnly: q.newOnly,
    page: q.page,
    limit: q.limit,
  };
}
