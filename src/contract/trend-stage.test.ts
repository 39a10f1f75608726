import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SEED_INFO } from '../testing/fixtures';
import { TREND_STAGES, classifyTrendStage, rankChangeOf, type TrendStageInput } from './trend-stage';

const DAY = 86_400;
const START = 1_740_355_200; // 00:00 UTC, like real points

/** Daily (or `spacingDays`) points from plain values. */
function curve(values: number[], spacingDays = 1) {
  return values.map((value, i) => ({ time: START + i * spacingDays * DAY, value }));
}

const stageOf = (input: TrendStageInput) => classifyTrendStage(input).stage;

describe('trend stage rules on hand-made curves', () => {
  it('Emerging: new to the top 100 and climbing', () => {
    const result = classifyTrendStage({ trend: curve([0, 0, 0.1, 0.3, 0.6, 1]), rankDiffType: 4 });
    expect(result.stage).toBe('Emerging');
    expect(result.facts.rankChange).toBe('new');
    expect(result.reasons[0]).toBe('New to the top 100');
  });

  it('a new entry whose curve is falling is not Emerging', () => {
    expect(stageOf({ trend: curve([0.2, 1, 0.8, 0.5, 0.3]), rankDiffType: 4 })).toBe('Cooling');
  });

  it('Rising: a steep recent slope, even at its maximum today', () => {
    const result = classifyTrendStage({ trend: curve([0.2, 0.3, 0.4, 0.5, 0.7, 0.9, 1]) });
    expect(result.stage).toBe('Rising');
    expect(result.facts.recentSlope).toBeCloseTo(0.17, 2);
    expect(result.facts.daysSincePeak).toBe(0);
  });

  it('Rising: a gentle climb backed by a jump in rank', () => {
    const trend = curve([1, 0.5, 0.5, 0.52, 0.54, 0.56, 0.58]);
    expect(stageOf({ trend, rankDiffType: 1, rankDiff: 15 })).toBe('Rising');
    expect(stageOf({ trend })).toBe('Steady');
  });

  it('Peaking: near the top, peak two days ago, levelling off', () => {
    const result = classifyTrendStage({ trend: curve([0.3, 0.5, 0.8, 0.95, 1, 0.98, 0.97]) });
    expect(result.stage).toBe('Peaking');
    expect(result.facts).toMatchObject({ daysSincePeak: 2, shareOfPeakNow: 0.97 });
  });

  it('Peaking on a weekly curve counts the previous point as a recent peak', () => {
    const values = [0.5, 0.9, 0.95, 1, 0.92];
    expect(classifyTrendStage({ trend: curve(values, 7) })).toMatchObject({
      stage: 'Peaking',
      facts: { daysSincePeak: 7 },
    });
    // The same shape on a daily curve, but with the peak a week back, is no longer a fresh peak.
    expect(stageOf({ trend: curve([0.2, 0.4, 0.7, 1, 0.95, 0.93, 0.92, 0.92, 0.92, 0.92, 0.92]) })).toBe('Steady');
  });

  it('Cooling: falling fast', () => {
    const result = classifyTrendStage({ trend: curve([0.2, 0.6, 1, 0.8, 0.6, 0.45, 0.3]) });
    expect(result.stage).toBe('Cooling');
    expect(result.facts.recentSlope).toBeLessThan(-0.1);
  });

  it('Cooling: well below its peak and still sliding slowly', () => {
    expect(stageOf({ trend: curve([1, 0.5, 0.5, 0.5, 0.49, 0.48, 0.47]) })).toBe('Cooling');
  });

  it('Cooling: a flat curve that lost 12 places', () => {
    const trend = curve([1, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9]);
    expect(stageOf({ trend, rankDiffType: 3, rankDiff: 12 })).toBe('Cooling');
    expect(stageOf({ trend, rankDiffType: 3, rankDiff: 4 })).toBe('Steady');
  });

  it('Steady: a plateau with no clear direction', () => {
    const result = classifyTrendStage({ trend: curve([0.5, 0.6, 1, 0.7, 0.7, 0.72, 0.7]) });
    expect(result.stage).toBe('Steady');
    expect(result.insufficientData).toBe(false);
  });

  it('Steady: the seed chatgpt curve, an evergreen plateau between 77% and 100% all month', () => {
    const result = classifyTrendStage({ trend: SEED_INFO.trend });
    expect(result.stage).toBe('Steady');
    expect(result.facts).toMatchObject({ shareOfPeakNow: 0.98, daysSincePeak: 19 });
  });

  it.each([
    ['an empty curve', []],
    ['a single point', curve([1])],
    ['an all-zero curve', curve([0, 0, 0, 0])],
    ['only NaN values', curve([Number.NaN, Number.NaN])],
  ])('%s is Steady with "not enough data"', (_label, trend) => {
    const result = classifyTrendStage({ trend, rankDiffType: 4 });
    expect(result).toMatchObject({ stage: 'Steady', reasons: ['Not enough data'], insufficientData: true });
    expect(result.facts.rankChange).toBe('new');
  });

  it('normalises an un-normalised curve: raw counts behave like shares of peak', () => {
    const shares = [0.2, 0.6, 1, 0.8, 0.6, 0.45, 0.3];
    expect(classifyTrendStage({ trend: curve(shares.map((v) => v * 12_345)) })).toEqual(
      classifyTrendStage({ trend: curve(shares) }),
    );
  });

  it('sorts points by time and treats negative values as zero', () => {
    const sorted = curve([0, 0.2, 0.5, 1]);
    expect(classifyTrendStage({ trend: [...sorted].reverse() })).toEqual(classifyTrendStage({ trend: sorted }));
    expect(classifyTrendStage({ trend: curve([-3, 0.2, 0.5, 1]) })).toEqual(classifyTrendStage({ trend: sorted }));
  });

  it('reads rank_diff_type as API.md defines it', () => {
    expect(rankChangeOf(1, 7)).toBe(7);
    expect(rankChangeOf(3, 7)).toBe(-7);
    expect(rankChangeOf(3, -7)).toBe(-7);
    expect(rankChangeOf(2, undefined)).toBe(0);
    expect(rankChangeOf(4, undefined)).toBe('new');
    expect(rankChangeOf(1, undefined)).toBeNull();
    expect(rankChangeOf(9, 3)).toBeNull();
    expect(rankChangeOf(undefined, 3)).toBeNull();
  });
});

// ---- properties ----

const anyNumber = fc.oneof(
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.constantFrom(0, 1, Number.NaN, Number.POSITIVE_INFINITY, -1),
);
const anyCurve = fc.array(fc.record({ time: fc.integer({ min: 0, max: 2_000_000_000 }), value: anyNumber }), {
  maxLength: 40,
});
const rankFields = fc.record(
  { rankDiffType: fc.integer({ min: -1, max: 6 }), rankDiff: fc.integer({ min: -120, max: 120 }) },
  { requiredKeys: [] },
);
/** A realistic curve: increasing times (daily or weekly), non-negative values. */
const realCurve = (value: fc.Arbitrary<number>) =>
  fc
    .tuple(fc.constantFrom(1, 7), fc.array(value, { minLength: 0, maxLength: 35 }))
    .map(([spacing, values]) => curve(values, spacing));

describe('trend stage properties', () => {
  it('any curve gets exactly one of the five stages, with reasons and sane facts, and never throws', () => {
    fc.assert(
      fc.property(anyCurve, rankFields, (trend, rank) => {
        const result = classifyTrendStage({ trend, ...rank });
        expect(TREND_STAGES.filter((s) => s === result.stage)).toHaveLength(1);
        expect(result.reasons.length).toBeGreaterThan(0);
        expect(Number.isFinite(result.facts.recentSlope)).toBe(true);
        expect(result.facts.shareOfPeakNow).toBeGreaterThanOrEqual(0);
        expect(result.facts.shareOfPeakNow).toBeLessThanOrEqual(1);
        expect(Number.isInteger(result.facts.daysSincePeak) && result.facts.daysSincePeak >= 0).toBe(true);
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyCurve, rankFields, (trend, rank) => {
        expect(classifyTrendStage({ trend, ...rank })).toEqual(classifyTrendStage({ trend: [...trend], ...rank }));
      }),
    );
  });

  // Exact scalings (powers of two, integer factors on integer counts) keep every normalised value
  // bit-identical, so the stage and all its numbers must be equal, not just close.
  it('scaling a curve by a power of two changes nothing', () => {
    fc.assert(
      fc.property(
        realCurve(fc.double({ min: 0, max: 1e6, noNaN: true })),
        rankFields,
        fc.integer({ min: -20, max: 30 }),
        (trend, rank, k) => {
          const nonTiny = trend.map((p) => ({ ...p, value: p.value < 1e-200 ? 0 : p.value }));
          const scaled = nonTiny.map((p) => ({ ...p, value: p.value * 2 ** k }));
          expect(classifyTrendStage({ trend: scaled, ...rank })).toEqual(
            classifyTrendStage({ trend: nonTiny, ...rank }),
          );
        },
      ),
    );
  });

  it('scaling integer counts by any positive integer changes nothing', () => {
    fc.assert(
      fc.property(
        realCurve(fc.integer({ min: 0, max: 1_000_000 })),
        rankFields,
        fc.integer({ min: 1, max: 1_000_000 }),
        (trend, rank, factor) => {
          const scaled = trend.map((p) => ({ ...p, value: p.value * factor }));
          expect(classifyTrendStage({ trend: scaled, ...rank })).toEqual(classifyTrendStage({ trend, ...rank }));
        },
      ),
    );
  });

  it('the order the points arrive in does not matter', () => {
    fc.assert(
      fc.property(
        realCurve(fc.double({ min: 0, max: 1, noNaN: true })).chain((trend) =>
          fc.tuple(
            fc.constant(trend),
            fc.shuffledSubarray(trend, { minLength: trend.length, maxLength: trend.length }),
          ),
        ),
        ([trend, shuffled]) => {
          expect(classifyTrendStage({ trend: shuffled })).toEqual(classifyTrendStage({ trend }));
        },
      ),
    );
  });
});
