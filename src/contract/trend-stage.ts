/**
 * Trend stage: one word for where a hashtag is in its life, derived from its popularity curve and
 * its rank change. Pure and deterministic: the same input always gives the same stage.
 *
 * ## The numbers ("facts")
 * The curve is first cleaned (points with a non-finite time or value are dropped, negative values
 * count as 0, points are sorted by time) and normalised by its own maximum, so the peak is 1. That
 * makes the stage independent of scale: `[2, 4, 8]` and `[0.25, 0.5, 1]` are the same curve.
 *
 * | fact             | meaning                                                                                  |
 * |------------------|------------------------------------------------------------------------------------------|
 * | `recentSlope`    | least-squares slope of the last {@link RECENT_WINDOW_POINTS} points, in share of peak per |
 * |                  | point (a day for 7/30-day curves, a week for 120-day curves). +0.1 = gaining 10% of peak  |
 * |                  | per point.                                                                                |
 * | `shareOfPeakNow` | the last value divided by the peak, 0..1.                                                 |
 * | `daysSincePeak`  | days from the (latest) peak point to the last point, from the point times.                |
 * | `rankChange`     | places climbed since the previous period (negative = fell), `'new'` for a new entry to    |
 * |                  | the top 100, `null` when unknown (detail data carries no rank).                           |
 *
 * ## The rules, in order: the first that matches wins, so every curve gets exactly one stage
 *
 * | # | stage    | when                                                                                           |
 * |---|----------|------------------------------------------------------------------------------------------------|
 * | 0 | Steady   | fewer than 2 usable points, or the curve is all zero ("not enough data")                       |
 * | 1 | Emerging | new to the top 100 and the curve is not falling (`recentSlope >= 0`)                            |
 * | 2 | Rising   | `recentSlope >= RISING_MIN_SLOPE`, or `recentSlope > 0` and climbed `>= RISING_MIN_RANK_GAIN`   |
 * | 3 | Peaking  | `shareOfPeakNow >= PEAKING_MIN_SHARE` and the peak is recent (`daysSincePeak <= PEAKING_MAX_DAYS`,|
 * |   |          | widened to one point spacing for weekly curves so the previous point still counts)             |
 * | 4 | Cooling  | `recentSlope <= -COOLING_MIN_DROP`; or `shareOfPeakNow <= COOLING_MAX_SHARE` and still sliding |
 * |   |          | (`recentSlope < 0`); or fell `>= COOLING_MIN_RANK_DROP` places and the curve is not rising      |
 * | 5 | Steady   | everything else: no clear direction and not at a fresh peak                                     |
 *
 * Rising is checked before Peaking on purpose: a curve still climbing steeply has its maximum at the
 * last point only because it has not turned yet; Peaking means "at the top and levelling off".
 */

export const TREND_STAGES = ['Emerging', 'Rising', 'Peaking', 'Cooling', 'Steady'] as const;
export type TrendStage = (typeof TREND_STAGES)[number];

/** How many of the last points the recent slope is fitted over. */
export const RECENT_WINDOW_POINTS = 4;
/** Rising: the curve gains at least this share of its peak per point. */
export const RISING_MIN_SLOPE = 0.05;
/** Rising (with any positive slope): climbed at least this many places. */
export const RISING_MIN_RANK_GAIN = 10;
/** Peaking: the last value is at least this share of the peak... */
export const PEAKING_MIN_SHARE = 0.8;
/** ...and the peak was at most this many days ago (or one point spacing, whichever is larger). */
export const PEAKING_MAX_DAYS = 3;
/** Cooling: the curve loses at least this share of its peak per point. */
export const COOLING_MIN_DROP = 0.05;
/** Cooling: at most this share of the peak and still sliding. */
export const COOLING_MAX_SHARE = 0.6;
/** Cooling (with a curve that is not rising): fell at least this many places. */
export const COOLING_MIN_RANK_DROP = 10;

const DAY_SECONDS = 86_400;

/** `rank_diff_type` values (see API.md); anything else means "unknown". */
const RANK_DIFF_UP = 1;
const RANK_DIFF_SAME = 2;
const RANK_DIFF_DOWN = 3;
const RANK_DIFF_NEW = 4;

export interface TrendStageInput {
  trend: readonly { time: number; value: number }[];
  /** `rank_diff_type` of the list item: 1 up, 2 same, 3 down, 4 new. */
  rankDiffType?: number;
  /** `rank_diff` of the list item (places, unsigned). */
  rankDiff?: number;
}

export type RankChange = number | 'new' | null;

export interface TrendFacts {
  /** Share of peak gained (lost when negative) per point over the recent window. */
  recentSlope: number;
  /** Last value / peak, 0..1. */
  shareOfPeakNow: number;
  /** Whole days from the latest peak point to the last point. */
  daysSincePeak: number;
  /** Places climbed (negative: fell), 'new' for a new entry, null when unknown. */
  rankChange: RankChange;
}

export interface TrendStageResult {
  stage: TrendStage;
  facts: TrendFacts;
  /** Plain-words reasons for the stage, for the "why" popover. */
  reasons: string[];
  /** True when the curve had too few usable points (rule 0). */
  insufficientData: boolean;
}

/** Signed rank change from the list item's rank_diff fields. */
export function rankChangeOf(rankDiffType: number | undefined, rankDiff: number | undefined): RankChange {
  const places = rankDiff !== undefined && Number.isFinite(rankDiff) ? Math.abs(rankDiff) : undefined;
  switch (rankDiffType) {
    case RANK_DIFF_NEW:
      return 'new';
    case RANK_DIFF_SAME:
      return 0;
    case RANK_DIFF_UP:
      return places ?? null;
    case RANK_DIFF_DOWN:
      return places === undefined ? null : -places;
    default:
      return null;
  }
}

interface CleanCurve {
  times: number[];
  /** Normalised: the peak is 1. */
  values: number[];
}

function cleanCurve(trend: TrendStageInput['trend']): CleanCurve | undefined {
  const points = trend
    .filter((p) => Number.isFinite(p.time) && Number.isFinite(p.value))
    .map((p) => ({ time: p.time, value: Math.max(0, p.value) }))
    .sort((a, b) => a.time - b.time);
  if (points.length < 2) return undefined;
  const peak = Math.max(...points.map((p) => p.value));
  if (!(peak > 0)) return undefined;
  return { times: points.map((p) => p.time), values: points.map((p) => p.value / peak) };
}

/** Least-squares slope of `ys` against their index (0, 1, 2, ...). */
function slope(ys: readonly number[]): number {
  const n = ys.length;
  if (n < 2) return 0;
  const meanX = (n - 1) / 2;
  const meanY = ys.reduce((s, y) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return num / den;
}

/** Median spacing between consecutive points, in days (1 for daily curves, 7 for weekly). */
function pointSpacingDays(times: readonly number[]): number {
  const gaps = times
    .slice(1)
    .map((t, i) => (t - (times[i] ?? t)) / DAY_SECONDS)
    .filter((g) => g > 0)
    .sort((a, b) => a - b);
  if (gaps.length === 0) return 1;
  return gaps[Math.floor(gaps.length / 2)] ?? 1;
}

function computeFacts(curve: CleanCurve, rankChange: RankChange): TrendFacts {
  const { times, values } = curve;
  const last = values.length - 1;
  let peakIndex = 0;
  values.forEach((v, i) => {
    if (v >= (values[peakIndex] ?? 0)) peakIndex = i; // the latest point at the peak
  });
  const seconds = (times[last] ?? 0) - (times[peakIndex] ?? 0);
  return {
    recentSlope: slope(values.slice(-RECENT_WINDOW_POINTS)),
    shareOfPeakNow: values[last] ?? 0,
    daysSincePeak: Math.max(0, Math.round(seconds / DAY_SECONDS)),
    rankChange,
  };
}

const pct = (share: number) => `${Math.round(share * 100)}%`;
const signedPct = (share: number) => `${share >= 0 ? '+' : '−'}${Math.abs(Math.round(share * 100))}%`;
const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
const places = (n: number) => `${n} place${n === 1 ? '' : 's'}`;

function rule(stage: TrendStage, facts: TrendFacts, reasons: string[], insufficientData = false): TrendStageResult {
  return { stage, facts, reasons, insufficientData };
}

/** Applies rules 1–5 of the table above to already-computed facts. */
export function stageFromFacts(facts: TrendFacts, peakWindowDays = PEAKING_MAX_DAYS): TrendStageResult {
  const { recentSlope, shareOfPeakNow, daysSincePeak, rankChange } = facts;
  const slopeText = `${signedPct(recentSlope)} of peak per point over the last ${RECENT_WINDOW_POINTS} points`;

  if (rankChange === 'new' && recentSlope >= 0) {
    return rule('Emerging', facts, ['New to the top 100', `Curve not falling (${slopeText})`]);
  }

  const climbed = typeof rankChange === 'number' ? rankChange : 0;
  if (recentSlope >= RISING_MIN_SLOPE) {
    return rule('Rising', facts, [`Climbing fast: ${slopeText} (Rising from ${signedPct(RISING_MIN_SLOPE)})`]);
  }
  if (recentSlope > 0 && climbed >= RISING_MIN_RANK_GAIN) {
    return rule('Rising', facts, [`Up ${places(climbed)} in the ranking`, `Curve still climbing (${slopeText})`]);
  }

  if (shareOfPeakNow >= PEAKING_MIN_SHARE && daysSincePeak <= peakWindowDays) {
    return rule('Peaking', facts, [
      `At ${pct(shareOfPeakNow)} of its peak (Peaking from ${pct(PEAKING_MIN_SHARE)})`,
      daysSincePeak === 0 ? 'Peak is the latest point' : `Peak was ${days(daysSincePeak)} ago`,
    ]);
  }

  if (recentSlope <= -COOLING_MIN_DROP) {
    return rule('Cooling', facts, [`Falling: ${slopeText}`, `Now at ${pct(shareOfPeakNow)} of its peak`]);
  }
  if (shareOfPeakNow <= COOLING_MAX_SHARE && recentSlope < 0) {
    return rule('Cooling', facts, [
      `Down to ${pct(shareOfPeakNow)} of its peak, ${days(daysSincePeak)} after it`,
      `Still sliding (${slopeText})`,
    ]);
  }
  if (climbed <= -COOLING_MIN_RANK_DROP && recentSlope <= 0) {
    return rule('Cooling', facts, [`Down ${places(-climbed)} in the ranking`, `Curve not rising (${slopeText})`]);
  }

  return rule('Steady', facts, [
    `No clear direction (${slopeText})`,
    `At ${pct(shareOfPeakNow)} of its peak, ${days(daysSincePeak)} after it`,
  ]);
}

/** The stage of one hashtag. Never throws; any input gets exactly one stage. */
export function classifyTrendStage(input: TrendStageInput): TrendStageResult {
  const rankChange = rankChangeOf(input.rankDiffType, input.rankDiff);
  const curve = cleanCurve(input.trend);
  if (!curve) {
    return rule(
      'Steady',
      { recentSlope: 0, shareOfPeakNow: 0, daysSincePeak: 0, rankChange },
      ['Not enough data'],
      true,
    );
  }
  const facts = computeFacts(curve, rankChange);
  return stageFromFacts(facts, Math.max(PEAKING_MAX_DAYS, pointSpacingDays(curve.times)));
}

/** Sort order for a "Stage" column: the liveliest first. */
export const STAGE_ORDER: Readonly<Record<TrendStage, number>> = {
  Emerging: 0,
  Rising: 1,
  Peaking: 2,
  Steady: 3,
  Cooling: 4,
};
