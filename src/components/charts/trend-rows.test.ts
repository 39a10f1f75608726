import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TrendSeries } from './chart-data';
import { MAX_DRAWN_ROWS, thinRows, timeTicks, toRows } from './trend-rows';

const DAY = 86_400;

/** 1–3 series over `n` consecutive days, some days missing from some series. */
const seriesArb = fc.integer({ min: 2, max: 5000 }).chain((n) =>
  fc
    .array(
      fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }), {
        minLength: n,
        maxLength: n,
      }),
      {
        minLength: 1,
        maxLength: 3,
      },
    )
    .map((columns): TrendSeries[] =>
      columns.map((values, s) => ({
        id: `s${s}`,
        label: `#s${s}`,
        points: values.flatMap((value, day) =>
          value === undefined ? [] : [{ time: 1_700_000_000 + day * DAY, value }],
        ),
      })),
    ),
);

describe('thinRows', () => {
  it('keeps short curves as they are', () => {
    const series: TrendSeries[] = [
      { id: 'a', label: '#a', points: Array.from({ length: 120 }, (_, i) => ({ time: i * DAY, value: i / 120 })) },
    ];
    const rows = toRows(series, (v) => v);
    expect(thinRows(rows, series)).toBe(rows);
  });

  it('draws long curves from a bounded, ordered subset that keeps the ends, the peaks and every series’ extremes', () => {
    fc.assert(
      fc.property(seriesArb, (series) => {
        const rows = toRows(series, (v) => v);
        const thinned = thinRows(rows, series);
        if (rows.length <= MAX_DRAWN_ROWS) {
          expect(thinned).toBe(rows);
          return;
        }
        // a subset, in time order, within about twice the budget (low + high per bucket, plus peaks)
        expect(thinned.every((row) => rows.includes(row))).toBe(true);
        expect(thinned.map((r) => r.time)).toEqual([...thinned.map((r) => r.time)].sort((a, b) => a - b));
        expect(thinned.length).toBeLessThanOrEqual(MAX_DRAWN_ROWS + 2 + series.length * 3);
        expect(thinned[0]).toBe(rows[0]);
        expect(thinned.at(-1)).toBe(rows.at(-1));
        for (const s of series) {
          const values = rows.flatMap((r) => (r[s.id] === undefined ? [] : [r[s.id] as number]));
          if (values.length === 0) continue;
          const drawn = thinned.flatMap((r) => (r[s.id] === undefined ? [] : [r[s.id] as number]));
          expect(Math.max(...drawn)).toBe(Math.max(...values));
          expect(Math.min(...drawn)).toBe(Math.min(...values));
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('timeTicks', () => {
  it('labels at most 7 dates, always the last, evenly spaced, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), (n) => {
        const rows = Array.from({ length: n }, (_, i) => ({ time: i * DAY }));
        const ticks = timeTicks(rows);
        expect(ticks.length).toBeGreaterThanOrEqual(1);
        expect(ticks.length).toBeLessThanOrEqual(7);
        expect(ticks.at(-1)).toBe((n - 1) * DAY);
        const gaps = new Set(ticks.slice(1).map((t, i) => t - (ticks[i] as number)));
        expect(gaps.size).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('labels fewer dates on a narrow chart: at most as many as asked (never under 2), the last always', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 400 }), fc.integer({ min: -3, max: 12 }), (n, most) => {
        const rows = Array.from({ length: n }, (_, i) => ({ time: i * DAY }));
        const ticks = timeTicks(rows, most);
        expect(ticks.length).toBeLessThanOrEqual(Math.max(2, Math.min(7, most)));
        expect(ticks.at(-1)).toBe((n - 1) * DAY);
        // evenly spaced, so the labels are at least (plot width / (most - 1)) apart
        const gaps = new Set(ticks.slice(1).map((t, i) => t - (ticks[i] as number)));
        expect(gaps.size).toBeLessThanOrEqual(1);
        const [gap] = gaps;
        if (gap !== undefined) expect(gap / DAY).toBeGreaterThanOrEqual((n - 1) / (Math.max(2, Math.min(7, most)) - 1));
      }),
    );
  });
});
