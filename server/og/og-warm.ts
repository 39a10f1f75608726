import { pageView } from '../../src/contract/page-view';
import type { HashtagDetail, HashtagListItem } from '../../src/contract/schemas';
import { ogCard } from './og-card';
import type { OgElement } from './og-card';

const trend = Array.from({ length: 30 }, (_, i) => ({ time: 1_794_873_600 + i * 86_400, value: (i * 37) % 100 }));
const detail: HashtagDetail = {
  hashtag_id: '1',
  hashtag_name: 'warmup',
  is_promoted: false,
  trend,
  publish_cnt: 17_543,
  video_views: 184_257_600,
  publish_cnt_all: 1_234_567,
  audience_ages: [],
  audience_interests: [],
  audience_countries: [],
  related_hashtags: [],
  related_items: [],
};
const rows: HashtagListItem[] = [1, 2, 3, 4, 5].map((rank) => ({
  hashtag_id: String(rank),
  // every subset of the fonts, so each is loaded and shaped once
  hashtag_name: ['warmup', 'çağdaş', 'курск', 'ελλάδα', 'việt'][rank - 1] ?? 'x',
  is_promoted: false,
  trend,
  publish_cnt: 1000 * rank,
  video_views: 10_000 * rank,
  rank,
  rank_diff: rank,
  rank_diff_type: (rank % 4) + 1,
}));

/**
 * A hashtag card and a list card from made-up data, with a glyph of every font subset: drawing them once
 * loads every font and runs the layout and the rasteriser through their first, slowest time, so the
 * first picture a client asks for costs only its own drawing (og-renderer.ts).
 */
export function warmUpCards(): OgElement[] {
  return [
    ogCard(pageView('/hashtag/warmup', new URLSearchParams()), { detail, rank: 1 }),
    ogCard(pageView('/', new URLSearchParams()), { rows }),
  ];
}
