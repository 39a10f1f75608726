/**
 * The demo's rankings by date, for the collector: the demo charts' hashtags and scores
 * (demo/charts.ts), each score drifting from day to day along a few slow waves derived from the
 * name, so ranks climb and fall, tags enter and leave the top 100, and come back. Deterministic for a
 * date. On the demo's as-of day (2026-11-23) the drift is zero: that day's ranking is the explorer's
 * demo chart.
 */
import { CHART_SIZE, RANK_DIFF, industryName, isKnownCountry, type Period } from '../../src/contract/constants';
import { memoize } from '../bounded-map';
import { scoreEntry } from '../demo/charts';
import { counts } from '../demo/hashtag-fields';
import { HASHTAG_POOL } from '../demo/hashtag-pool';
import { randomFor } from '../demo/random';
import { DAY_MS, type RankedItem, type Scope } from '../store/types';

/** The demo data's "as of" day (demo-source.ts): zero drift. */
export const DEMO_AS_OF = Date.UTC(2026, 10, 23);

/** Periods (days) and amplitudes (in log-score) of the waves each hashtag's score rides. */
const WAVES = [
  { days: 6, amplitude: 0.18 },
  { days: 17, amplitude: 0.3 },
  { days: 53, amplitude: 0.45 },
] as const;

const phasesOf = memoize(5_000, (name: string) => {
  const random = randomFor('drift', name);
  return WAVES.map(() => random.next() * 2 * Math.PI);
});

function wave(name: string, day: number): number {
  const phases = phasesOf(name);
  return WAVES.reduce((sum, w, i) => sum + w.amplitude * Math.sin((2 * Math.PI * day) / w.days + (phases[i] ?? 0)), 0);
}

const dayNumber = (ms: number) => Math.floor(ms / DAY_MS);

interface Ranked {
  name: string;
  score: number;
  item: { video_views: number; publish_cnt: number };
}

/** The top 100 of one country, period and industry on one day, best first. */
const rankedOn = memoize(2_000, (key: string): readonly Ranked[] => {
  const [country = '', period = '', industry = '', day = ''] = key.split('|');
  const p = Number(period) as Period;
  const d = Number(day);
  const asOf = dayNumber(DEMO_AS_OF);
  return HASHTAG_POOL.filter((entry) => !industry || entry.industryId === industry)
    .map((entry) => {
      const charted = scoreEntry(entry, country, p);
      const score = charted.score * Math.exp(wave(entry.name, d) - wave(entry.name, asOf));
      return { name: entry.name, score, item: counts({ ...charted, score }, country, p) };
    })
    .sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1))
    .slice(0, CHART_SIZE);
});

/**
 * The demo ranking of `scope` on the UTC day of `at`, with the rank change against the ranking one
 * period earlier (as the provider reports it). Unknown countries and industries have none.
 */
export function demoRanking(scope: Scope, at: number): RankedItem[] {
  if (!isKnownCountry(scope.country) || (scope.industry && !industryName(scope.industry))) return [];
  const key = (day: number) => `${scope.country}|${scope.period}|${scope.industry}|${day}`;
  const day = dayNumber(at);
  const previous = new Map(rankedOn(key(day - scope.period)).map((r, i) => [r.name, i + 1]));
  const items = rankedOn(key(day)).map((r, i): RankedItem => {
    const rank = i + 1;
    const before = previous.get(r.name);
    const change =
      before === undefined
        ? { rankDiffType: RANK_DIFF.new }
        : {
            rankDiff: Math.abs(before - rank),
            rankDiffType: before > rank ? RANK_DIFF.up : before < rank ? RANK_DIFF.down : RANK_DIFF.same,
          };
    return { name: r.name, rank, posts: r.item.publish_cnt, views: r.item.video_views, ...change };
  });
  return scope.newOnly ? items.filter((item) => item.rankDiffType === RANK_DIFF.new) : items;
}
