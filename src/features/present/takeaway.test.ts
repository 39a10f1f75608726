import { describe, expect, it } from 'vitest';
import { SEED_INFO as seed } from '../../testing/fixtures';
import { ageBars } from '../../components/charts/audience-data';
import { takeaway } from './takeaway';

const DAY = 86_400;
const ages = [
  { id: '3', label: '18–24', value: 67 },
  { id: '4', label: '25–34', value: 18 },
  { id: '5', label: '35+', value: 15 },
];
const rising = [
  { time: 0, value: 0.2 },
  { time: DAY, value: 1 },
  { time: 2 * DAY, value: 0.98 },
];

describe('takeaway', () => {
  it('joins rank, audience and peak with " · ", starting with a capital', () => {
    expect(takeaway({ standing: { listed: true, diffType: 4 }, ages, trend: rising })).toBe(
      'New to the top 100 · 67% aged 18–24 · at 98% of its peak',
    );
  });

  it('reads the seed detail (chatgpt, US)', () => {
    const text = takeaway({
      standing: { listed: true, diffType: 1, diff: 23 },
      ages: ageBars(seed),
      trend: seed.trend,
    });
    expect(text).toMatch(/^Up 23 places · \d+% aged (18–24|25–34|35\+) · at 98% of its peak$/);
  });

  it.each([
    [{ listed: true, diffType: 1, diff: 1 } as const, 'Up 1 place'],
    [{ listed: true, diffType: 3, diff: -7 } as const, 'Down 7 places'],
    [{ listed: true, diffType: 2, diff: 0 } as const, 'Same rank as last period'],
    [{ listed: false } as const, 'Not in the top 100'],
  ])('says the rank change %j as "%s"', (standing, words) => {
    expect(takeaway({ standing, ages: [], trend: [] })).toBe(words);
  });

  it('leaves out parts without data', () => {
    // unknown diff type, up without a number, no list at all
    expect(takeaway({ standing: { listed: true, diffType: 9, diff: 3 }, ages, trend: [] })).toBe('67% aged 18–24');
    expect(takeaway({ standing: { listed: true, diffType: 1 }, ages: [], trend: rising })).toBe('At 98% of its peak');
    expect(takeaway({ ages: [], trend: [] })).toBe('');
    // a flat zero curve has no peak to speak of; zero-score buckets are no audience
    expect(
      takeaway({
        ages: [{ id: '3', label: '18–24', value: 0 }],
        trend: [
          { time: 0, value: 0 },
          { time: DAY, value: 0 },
        ],
      }),
    ).toBe('');
  });

  it('says "at its peak" when the latest point is the peak, and never rounds up to it', () => {
    expect(
      takeaway({
        ages: [],
        trend: [
          { time: 0, value: 0.5 },
          { time: DAY, value: 1 },
        ],
      }),
    ).toBe('At its peak');
    expect(
      takeaway({
        ages: [],
        trend: [
          { time: 0, value: 1 },
          { time: DAY, value: 0.996 },
        ],
      }),
    ).toBe('Just below its peak');
  });

  it('sorts the curve by time and names unknown age levels plainly', () => {
    const shuffled = [
      { time: 2 * DAY, value: 0.5 },
      { time: 0, value: 1 },
      { time: DAY, value: 0.7 },
    ];
    expect(takeaway({ ages: [{ id: '6', label: 'Age group 6', value: 40.4 }], trend: shuffled })).toBe(
      '40% in age group 6 · at 50% of its peak',
    );
  });
});
