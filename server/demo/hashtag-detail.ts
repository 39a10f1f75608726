import { isKnownCountry, type Period } from '../../src/contract/constants';
import type { HashtagDetail } from '../../src/contract/schemas';
import type { DetailParams } from '../../src/contract/api-params';
import { findCharted, type ChartEntry } from './charts';
import { GEO_COUNTRIES, INTERESTS } from './audience-tables';
import { hashtagId, sharedFields } from './hashtag-fields';
import { digitString, randomFor, type Random } from './random';

const tagUrl = (name: string) => `https://www.tiktok.com/tag/${encodeURIComponent(name)}`;

/** Age levels 3/4/5 (18–24, 25–34, 35+) summing to 100; now and then only two buckets, as real data does. */
function audienceAges(random: Random): HashtagDetail['audience_ages'] {
  const young = random.int(30, 75);
  if (random.chance(0.05))
    return [
      { age_level: 3, score: young },
      { age_level: 4, score: 100 - young },
    ];
  const middle = random.int(5, 95 - young);
  return [
    { age_level: 3, score: young },
    { age_level: 4, score: middle },
    { age_level: 5, score: 100 - young - middle },
  ];
}

/** Relative weights in descending order, like the seed (120, 120, 117, ...). */
function descendingScores(random: Random, count: number, top: number, spread: number): number[] {
  let score = top;
  return Array.from({ length: count }, () => (score -= random.int(0, spread)));
}

function audienceInterests(random: Random): HashtagDetail['audience_interests'] {
  const picked = random.sample(INTERESTS, 5);
  const scores = descendingScores(random, picked.length, random.int(110, 130), 6);
  return picked.map((interest, i) => ({
    interest_info: { id: interest.id, label: `diversify_${interest.id}`, value: interest.name },
    score: scores[i] ?? 0,
  }));
}

function audienceCountries(random: Random, country: string): HashtagDetail['audience_countries'] {
  if (random.chance(0.05)) return []; // exercises the UI's "No data" state
  const picked = random.sample(
    GEO_COUNTRIES.filter((g) => g.code !== country),
    random.int(6, 10),
  );
  const scores = descendingScores(random, picked.length, random.int(260, 320), 12);
  return picked.map((g, i) => ({ country_info: { id: g.id, label: g.code, value: g.name }, score: scores[i] ?? 0 }));
}

function relatedHashtags(
  random: Random,
  chart: readonly ChartEntry[],
  self: ChartEntry,
): HashtagDetail['related_hashtags'] {
  // Drawn from the same chart, so every related tag has a detail page of its own.
  const others = chart.filter((c) => c !== self);
  return random.sample(others, random.int(3, 6)).map((c) => ({
    hashtag_id: hashtagId(c.entry.name),
    hashtag_name: c.entry.name,
    video_url: tagUrl(c.entry.name),
  }));
}

/** Video ids are 19 digits, beyond 2^53: exactly what breaks JSON.parse, so the UI must keep them as strings. */
function relatedItems(random: Random): HashtagDetail['related_items'] {
  return Array.from({ length: random.int(6, 10) }, () => {
    const itemId = digitString(random, 7, 19);
    return { item_id: itemId, cover_uri: `/api/demo/cover/${itemId}.svg` };
  });
}

const DESCRIPTIONS = [
  (name: string) => `People use #${name} to share ideas, reactions and how-tos.`,
  (name: string) => `#${name} collects short videos from creators and brands joining the conversation.`,
  (name: string) => `Tips, trends and everyday moments tagged #${name}.`,
];

function buildDetail(
  charted: ChartEntry,
  chart: readonly ChartEntry[],
  country: string,
  period: Period,
): HashtagDetail {
  const name = charted.entry.name;
  const random = randomFor('detail', country, period, name);
  const facts = sharedFields(charted, country, period);
  const popular = random.chance(0.5);
  return {
    ...facts,
    video_url: tagUrl(name),
    ...(random.chance(0.6) ? { description: random.pick(DESCRIPTIONS)(name) } : {}),
    publish_cnt_all: facts.publish_cnt * random.int(5, 120),
    video_views_all: facts.video_views * random.int(5, 120),
    // Real data often says 0/0 here; the UI must cope.
    longevity: popular
      ? { popular_days: random.int(3, period), current_popularity: random.int(1, 100) }
      : { popular_days: 0, current_popularity: 0 },
    audience_ages: audienceAges(random),
    audience_interests: audienceInterests(random),
    audience_countries: audienceCountries(random, country),
    related_hashtags: relatedHashtags(random, chart, charted),
    related_items: relatedItems(random),
  };
}

/** Detail for a tag that charts in this country and period; undefined for any other name. */
export function demoHashtagDetail(params: DetailParams): { info: HashtagDetail } | undefined {
  if (!isKnownCountry(params.country_code)) return undefined;
  const found = findCharted(params.country_code, params.period as Period, params.hashtag_name);
  return found && { info: buildDetail(found.charted, found.chart, params.country_code, params.period as Period) };
}
