import { pageView } from '../../src/contract/page-view';
import type { HashtagDetail, HashtagListItem } from '../../src/contract/schemas';
import { ogCard } from './og-card';
import type { DrawPng } from './og-renderer';

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
 * Loads the libraries, the WebAssembly modules and every font, and runs the layout and rasteriser once,
 * by drawing a hashtag card and a list card from made-up data: the first picture a client asks for then
 * costs only its own drawing. The Node server runs it once it listens (node.ts). Returns the time taken.
 */
export async function warmOgRenderer(draw: DrawPng): Promise<number> {
  const started = performance.now();
  await draw(ogCard(pageView('/hashtag/warmup', new URLSearchParams()), { detail, rank: 1 }));
  await draw(ogCard(pageView('/', new URLSearchParams()), { rows }));
  return performance.now() - started;
}
