import { describe, expect, it } from 'vitest';
import { SEED_INFO as seed } from '../../testing/fixtures';
import { barTable, popularityScore, trendTable } from './chart-data';
import { barSummary, findPeak, trendSummary } from './chart-summary';

const DAY = 86_400;

describe('trendSummary', () => {
  it('names the peak day and where the curve is now (seed: 6 Mar = 1741219200, last 0.98)', () => {
    expect(trendSummary(seed.trend, 'en-GB')).toBe('Peaked on 6 Mar at 100; now 98% of peak.');
  });

  it('says when the latest point is the peak', () => {
    expect(
      trendSummary(
        [
          { time: 0, value: 0.4 },
          { time: DAY, value: 1 },
        ],
        'en-GB',
      ),
    ).toBe('Peaked on 2 Jan at 100, the latest point.');
  });

  it('copes with no points, one point and a flat zero curve', () => {
    expect(trendSummary([])).toBe('No popularity data for this period.');
    expect(trendSummary([{ time: 0, value: 1 }], 'en-GB')).toBe('Peaked on 1 Jan at 100; only one day of data.');
    expect(
      trendSummary([
        { time: 0, value: 0 },
        { time: DAY, value: 0 },
      ]),
    ).toMatch(/^Peaked on .* at 0, the latest point\.$/);
  });

  it('sorts points by time before reading "now"', () => {
    const shuffled = [
      { time: 2 * DAY, value: 0.5 },
      { time: 0, value: 1 },
      { time: DAY, value: 0.7 },
    ];
    expect(trendSummary(shuffled, 'en-GB')).toBe('Peaked on 1 Jan at 100; now 50% of peak.');
  });

  it('picks the latest of equal peaks', () => {
    expect(
      findPeak([
        { time: 0, value: 1 },
        { time: DAY, value: 1 },
        { time: 2 * DAY, value: 0.2 },
      ])?.time,
    ).toBe(DAY);
  });
});

describe('barSummary', () => {
  const ages = [
    { id: '3', label: '18–24', value: 67 },
    { id: '4', label: '25–34', value: 18 },
    { id: '5', label: '35+', value: 15 },
  ];
  it('names the two largest bars', () => {
    expect(barSummary(ages, { noun: 'age group', formatValue: (v) => `${v}%` })).toBe(
      'Largest age group: 18–24 at 67%, then 25–34 at 18%.',
    );
  });
  it('names ties instead of picking one arbitrarily', () => {
    const bars = [
      { id: 'a', label: 'School Education', value: 120 },
      { id: 'b', label: 'Pranks', value: 120 },
      { id: 'c', label: 'Science', value: 114 },
    ];
    expect(barSummary(bars, { noun: 'interest' })).toBe('School Education and Pranks lead at 120 each, out of 3.');
  });
  it('handles one bar and none', () => {
    expect(
      barSummary([{ id: '3', label: '18–24', value: 100 }], { noun: 'age group', formatValue: (v) => `${v}%` }),
    ).toBe('Only one age group: 18–24 at 100%.');
    expect(barSummary([], { noun: 'country' })).toBe('No country data.');
  });
});

describe('table data (shared with CSV export)', () => {
  it('turns a curve into Date / Popularity rows on the 0–100 scale', () => {
    const table = trendTable([{ id: 'p', label: '#chatgpt', points: seed.trend }], (t) => String(t));
    expect(table.columns).toEqual(['Date', 'Popularity (0–100)']);
    expect(table.rows).toHaveLength(30);
    expect(table.rows[10]).toEqual(['1741219200', 100]);
    expect(table.rows[29]).toEqual(['1742860800', 98]);
  });
  it('aligns several series on one date column, leaving gaps empty', () => {
    const table = trendTable(
      [
        { id: 'a', label: '#a', points: [{ time: 0, value: 0.5 }] },
        { id: 'b', label: '#b', points: [{ time: DAY, value: 1 }] },
      ],
      String,
    );
    expect(table).toEqual({
      columns: ['Date', '#a (0–100)', '#b (0–100)'],
      rows: [
        ['0', 50, ''],
        ['86400', '', 100],
      ],
    });
  });
  it('keeps bars as category / value rows', () => {
    expect(barTable([{ id: '3', label: '18–24', value: 67 }], 'Age', 'Share')).toEqual({
      columns: ['Age', 'Share'],
      rows: [['18–24', 67]],
    });
  });
  it('rounds popularity to one decimal without float noise', () => {
    expect(popularityScore(0.98)).toBe(98);
    expect(popularityScore(0.955)).toBe(95.5);
    expect(popularityScore(0.07)).toBe(7);
  });
});
