import { RANK_DIFF, industryName, isKnownCountry, type Period } from '../../src/contract/constants';
import type { HashtagList, HashtagListItem } from '../../src/contract/schemas';
import type { ListParams } from '../../src/contract/api-params';
import { memoize } from '../bounded-map';
import { chartFor, type ChartEntry } from './charts';
import { creators, sharedFields } from './hashtag-fields';
import { randomFor } from './random';

const MAX_RANK_MOVE = 30;

/** Movement since the previous period. A move must keep the previous rank inside the top 100, else the tag would be new. */
function rankChange(
  c: ChartEntry,
  rank: number,
  chartKey: string,
): Pick<HashtagListItem, 'rank_diff' | 'rank_diff_type'> {
  if (c.isNew) return { rank_diff_type: RANK_DIFF.new };
  const random = randomFor('rank-diff', chartKey, c.entry.name);
  const roll = random.next();
  const maxUp = Math.min(MAX_RANK_MOVE, 100 - rank);
  const maxDown = Math.min(MAX_RANK_MOVE, rank - 1);
  if (roll < 0.4 && maxUp >= 1) return { rank_diff: random.int(1, maxUp), rank_diff_type: RANK_DIFF.up };
  if (roll >= 0.65 && maxDown >= 1) return { rank_diff: random.int(1, maxDown), rank_diff_type: RANK_DIFF.down };
  return { rank_diff: 0, rank_diff_type: RANK_DIFF.same };
}

/** Built items (curves included) for the most requested charts; rebuilding one takes a millisecond or two. */
const chartItems = memoize(200, (chartKey: string): readonly HashtagListItem[] => {
  const [country = '', period = '', industryId = ''] = chartKey.split('|');
  const p = Number(period) as Period;
  return chartFor(country, p, industryId || undefined).map((c, index) => {
    const rank = index + 1;
    const creatorList = creators(c.entry.name, country, p);
    return {
      ...sharedFields(c, country, p),
      ...(creatorList ? { creators: creatorList } : {}),
      rank,
      ...rankChange(c, rank, chartKey),
    };
  });
});

/** Well-formed but unknown countries and industries have no chart (an empty list), as upstream would. */
function isCovered(params: ListParams): boolean {
  return (
    isKnownCountry(params.country_code) &&
    (params.industry_id === undefined || industryName(params.industry_id) !== undefined)
  );
}

/** One page of a demo chart; `new_on_board` keeps only the new entries (with their chart ranks). */
export function demoHashtagList(params: ListParams): HashtagList {
  const all = isCovered(params)
    ? chartItems(`${params.country_code}|${params.period}|${params.industry_id ?? ''}`)
    : [];
  const items = params.filter_by === 'new_on_board' ? all.filter((item) => item.rank_diff_type === RANK_DIFF.new) : all;
  const start = (params.page - 1) * params.limit;
  return {
    list: items.slice(start, start + params.limit),
    pagination: {
      page: params.page,
      size: params.limit,
      total: items.length,
      has_more: start + params.limit < items.length,
    },
  };
}
