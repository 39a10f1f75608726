import type { Period } from '../contract/constants';
import type { DetailQuery, ListRequest } from '../contract/api-routes';

/** What selects one page of the ranked list (already parsed and defaulted): the contract's list request. */
export type ListQuery = ListRequest;

/** One key scheme for every hashtag query: ['hashtags', 'list' | 'detail', params]. */
export const hashtagKeys = {
  all: ['hashtags'] as const,
  lists: () => [...hashtagKeys.all, 'list'] as const,
  list: (q: ListQuery) => [...hashtagKeys.lists(), normaliseList(q)] as const,
  details: () => [...hashtagKeys.all, 'detail'] as const,
  detail: (q: DetailQuery) =>
    [...hashtagKeys.details(), { name: q.name, country: q.country, period: q.period }] as const,
};

/** What the explorer's "Changes since" and the deck's "What changed this week" ask for. */
export interface ChangesQuery {
  country: string;
  industry?: string;
  period: Period;
  newOnly: boolean;
  /** UTC day, `YYYY-MM-DD`. */
  since: string;
}

/** The recorded history (issue 19): ['history', 'hashtag' | 'changes', params]. */
export const historyKeys = {
  all: ['history'] as const,
  hashtag: (q: DetailQuery) =>
    [...historyKeys.all, 'hashtag', { name: q.name, country: q.country, period: q.period }] as const,
  changes: (q: ChangesQuery) =>
    [
      ...historyKeys.all,
      'changes',
      { country: q.country, industry: q.industry || undefined, period: q.period, newOnly: q.newOnly, since: q.since },
    ] as const,
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
