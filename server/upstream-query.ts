import type { DetailParams, ListParams } from '../src/contract/api-params';

/**
 * The allow-list: the only parameters that ever travel upstream, in a fixed order. The same string
 * is the cache key, so `?limit=20&page=1` and `?page=1&limit=20&utm=x` share one upstream call.
 */
export function upstreamListSearch(params: ListParams): URLSearchParams {
  const query = new URLSearchParams({
    page: String(params.page),
    limit: String(params.limit),
    period: String(params.period),
    country_code: params.country_code,
  });
  if (params.industry_id) query.set('industry_id', params.industry_id);
  if (params.filter_by) query.set('filter_by', params.filter_by);
  return query;
}

export function upstreamDetailSearch(params: DetailParams): URLSearchParams {
  return new URLSearchParams({
    hashtag_name: params.hashtag_name,
    period: String(params.period),
    country_code: params.country_code,
  });
}
