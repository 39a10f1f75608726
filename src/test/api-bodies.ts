// Test support only: fake /api responses of the real shape, stubbed at the network boundary.
import seedText from '../contract/fixtures/seed-hashtag-detail_chatgpt_US.json?raw';

/** The seed detail as our API sends it: item ids as strings. */
export const seedDetailText = seedText.replace(/"item_id":\s*(\d+)/g, '"item_id": "$1"');

const DAY = 86_400;
const trend = (values: number[]) => values.map((value, i) => ({ time: 1_740_355_200 + i * DAY, value }));

export function listItem(name: string, rank: number, extra: Record<string, unknown> = {}) {
  return {
    hashtag_id: String(7_000_000_000_000_000 + rank),
    hashtag_name: name,
    country_info: { id: 'US', value: 'United States', label: 'US' },
    is_promoted: false,
    trend: trend([0.2, 0.4, 0.6, 0.8, 1, 0.95, 0.9]),
    publish_cnt: 1000 * rank,
    video_views: 1_000_000 * rank,
    rank,
    rank_diff: 2,
    rank_diff_type: 1,
    ...extra,
  };
}

export function listBody(items: unknown[]) {
  return JSON.stringify({
    code: 0,
    msg: 'OK',
    request_id: 'test-list',
    data: { list: items, pagination: { page: 1, size: 100, total: items.length, has_more: false } },
  });
}

/** The seed detail renamed to `name` (same curve and figures). */
export function detailBody(name: string) {
  const body = JSON.parse(seedDetailText) as { data: { info: Record<string, unknown> } };
  body.data.info.hashtag_name = name;
  return JSON.stringify(body);
}

export const json = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'content-type': 'application/json' } });
