/**
 * The generated fields of one demo hashtag in one country and period: id, counts, curve, creators. They
 * depend on (country, period, name) only, so lists and the detail page agree.
 */
import { PERIODS, countryName, industryName, type Period } from '../../src/contract/constants';
import type { HashtagListItem } from '../../src/contract/schemas';
import { scoreEntry, type ChartEntry } from './charts';
import { digitString, hexToken, randomFor } from './random';
import { pickShape, trendCurve } from './trend-curve';

/** Views per unit of popularity score, by period: 120-day charts reach billions. */
const VIEWS_PER_SCORE: Record<Period, number> = { 7: 1_500_000, 30: 5_000_000, 120: 15_000_000 };
/** Posts grow slower than views (big tags get more views per post). */
const POSTS_PER_SCORE: Record<Period, number> = { 7: 300, 30: 900, 120: 2_500 };
const POSTS_EXPONENT = 0.75;
const MIN_POSTS = 1_000;
const MAX_POSTS = 500_000;

/** Big markets see more views; a stable per-country factor keeps small countries plausible. */
function countryScale(country: string): number {
  if (country === 'US') return 1;
  const random = randomFor('country-scale', country);
  return 0.02 * 40 ** random.next(); // log-uniform between 0.02 and 0.8
}

/** Hashtag ids are global: derived from the name alone, some short, some 19 digits like real ones. */
export function hashtagId(name: string): string {
  const random = randomFor('hashtag-id', name);
  return random.chance(0.5) ? digitString(random, random.int(1, 9), random.int(7, 9)) : digitString(random, 7, 19);
}

function countsFromScore(score: number, name: string, country: string, period: Period) {
  const random = randomFor('counts', country, period, name);
  const noise = 0.85 + random.next() * 0.3; // "decreasing-ish" with rank, not strictly
  const views = score * VIEWS_PER_SCORE[period] * countryScale(country) * noise;
  const posts =
    score ** POSTS_EXPONENT * POSTS_PER_SCORE[period] * Math.sqrt(countryScale(country)) * (0.7 + random.next() * 0.6);
  return { views, posts };
}

/** A longer window holds at least the shorter one's posts and views, plus this share. */
const LONGER_WINDOW_GROWTH = 1.05;

/**
 * Posts and views in the last `period` days. Scores differ by period (a tag can surge this week),
 * so each window is at least the shorter window's figure grown a little: 7 days ≤ 30 ≤ 120 always.
 */
export function counts(c: ChartEntry, country: string, period: Period): { video_views: number; publish_cnt: number } {
  let video_views = 0;
  let publish_cnt = 0;
  for (const p of PERIODS.filter((p) => p <= period)) {
    const score = p === period ? c.score : scoreEntry(c.entry, country, p).score;
    const raw = countsFromScore(score, c.entry.name, country, p);
    video_views = Math.round(Math.max(raw.views, video_views * LONGER_WINDOW_GROWTH));
    publish_cnt = Math.min(
      MAX_POSTS,
      Math.max(MIN_POSTS, Math.round(Math.max(raw.posts, publish_cnt * LONGER_WINDOW_GROWTH))),
    );
  }
  return { video_views, publish_cnt };
}

export function countryInfo(country: string) {
  return { id: country, value: countryName(country), label: country };
}

export function industryInfo(industryId: string | undefined) {
  const name = industryId ? industryName(industryId) : undefined;
  return industryId && name ? { id: industryId, value: name, label: `label_${industryId}` } : undefined;
}

const NICK_STARTS = ['sunny', 'chef', 'daily', 'the', 'just', 'hey', 'its', 'real', 'tiny', 'urban', 'wild', 'cozy'];
const NICK_ENDS = ['maya', 'leo', 'sam', 'kai', 'nora', 'eli', 'zoe', 'max', 'ivy', 'noah', 'aria', 'theo'];

/** Some charted tags list top creators; avatars are PNGs we serve, so demo mode makes no external requests. */
export function creators(name: string, country: string, period: Period): HashtagListItem['creators'] {
  const random = randomFor('creators', country, period, name);
  if (!random.chance(0.6)) return undefined;
  return Array.from({ length: random.int(1, 3) }, (_, i) => ({
    nick_name: `${random.pick(NICK_STARTS)}${random.pick(NICK_ENDS)}${random.chance(0.4) ? random.int(1, 99) : ''}`,
    avatar_url: `/api/demo/avatar/${hexToken(`${country}|${period}|${name}|${i}`, 12)}.png`,
  }));
}

/** The fields a list item and the detail page share. */
export function sharedFields(c: ChartEntry, country: string, period: Period) {
  const name = c.entry.name;
  const random = randomFor('trend', country, period, name);
  const industry = industryInfo(c.entry.industryId);
  return {
    hashtag_id: hashtagId(name),
    hashtag_name: name,
    country_info: countryInfo(country),
    ...(industry ? { industry_info: industry } : {}),
    is_promoted: randomFor('promoted', country, name).chance(0.03),
    trend: trendCurve(random, period, pickShape(random, c.isNew)),
    ...counts(c, country, period),
  };
}
