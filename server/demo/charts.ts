/**
 * Which hashtags chart where. Each hashtag gets one popularity score per country and period; a chart
 * is the top 100 of the pool (all of it, or one industry's share) by that score. Because counts and
 * curves depend on the hashtag, country and period only, a tag shows the same numbers in every chart
 * it appears in and on its detail page, as real data does.
 */
import { CHART_SIZE, type Period } from '../../src/contract/constants';
import { memoize } from '../bounded-map';
import { HASHTAG_POOL, type PoolEntry } from './hashtag-pool';
import { randomFor } from './random';

export interface ChartEntry {
  readonly entry: PoolEntry;
  /** Heavy-tailed popularity: a few huge tags, a long tail (drives views and posts). */
  readonly score: number;
  /** New to the top 100 this period (rank_diff_type 4). */
  readonly isNew: boolean;
}

/**
 * Popularity multipliers: plain tags (#skincare) beat their variants (#skincaretips), general tags
 * (#fyp) are huge everywhere, and local-script tags lead in the countries that write them.
 */
const WEIGHT_VARIANT = 1;
const WEIGHT_PLAIN = 12;
const WEIGHT_LOCAL_AT_HOME = 40;
const WEIGHT_LOCAL_ABROAD = 0.5;
const MAX_SCORE = 1000;
/** Pareto shape: smaller means a steeper gap between the top tags and the rest. */
const PARETO_ALPHA = 1.2;
const NEW_ENTRY_RATE = 0.1;

export function scoreEntry(entry: PoolEntry, country: string, period: Period): ChartEntry {
  const random = randomFor('score', country, period, entry.name);
  const pareto = (1 - random.next()) ** (-1 / PARETO_ALPHA);
  const weight = entry.homeCountries
    ? entry.homeCountries.includes(country)
      ? WEIGHT_LOCAL_AT_HOME
      : WEIGHT_LOCAL_ABROAD
    : entry.isVariant
      ? WEIGHT_VARIANT
      : WEIGHT_PLAIN;
  return { entry, score: Math.min(MAX_SCORE, pareto * weight), isNew: random.chance(NEW_ENTRY_RATE) };
}

const ALL_INDUSTRIES = '';

/**
 * All charts of one country and period in one pass: score the pool once, sort once, then deal the
 * tags into the all-industries chart and their industry's chart. Only the 19 top-100s are kept.
 * Capacity covers every country × period (71 × 3), so a warm server never re-scores.
 */
const chartsOf = memoize(256, (key: string): ReadonlyMap<string, readonly ChartEntry[]> => {
  const [country = '', period] = key.split('|');
  const ranked = HASHTAG_POOL.map((entry) => scoreEntry(entry, country, Number(period) as Period)).sort(
    (a, b) => b.score - a.score || (a.entry.name < b.entry.name ? -1 : 1),
  );
  const charts = new Map<string, ChartEntry[]>([[ALL_INDUSTRIES, []]]);
  for (const charted of ranked) {
    const keys = charted.entry.industryId ? [ALL_INDUSTRIES, charted.entry.industryId] : [ALL_INDUSTRIES];
    for (const chartKey of keys) {
      let chart = charts.get(chartKey);
      if (!chart) charts.set(chartKey, (chart = []));
      if (chart.length < CHART_SIZE) chart.push(charted);
    }
  }
  return charts;
});

/** The top 100 for a country and period, across all industries or within one. Memoized. */
export function chartFor(country: string, period: Period, industryId?: string): readonly ChartEntry[] {
  return chartsOf(`${country}|${period}`).get(industryId ?? ALL_INDUSTRIES) ?? [];
}

const poolByName = new Map(HASHTAG_POOL.map((entry) => [entry.name, entry]));

/** A hashtag's place in its industry chart (or the all-industries one), if it charts in this country and period. */
export function findCharted(
  country: string,
  period: Period,
  name: string,
): { chart: readonly ChartEntry[]; charted: ChartEntry } | undefined {
  const entry = poolByName.get(name.normalize('NFC').toLowerCase());
  if (!entry) return undefined;
  const candidates = entry.industryId ? [entry.industryId, undefined] : [undefined];
  for (const industryId of candidates) {
    const chart = chartFor(country, period, industryId);
    const charted = chart.find((c) => c.entry === entry);
    if (charted) return { chart, charted };
  }
  return undefined;
}
