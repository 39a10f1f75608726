import { describe, expect, it } from 'vitest';
import { SEED_INFO as seed, SPARSE_INFO as sparse } from '../../testing/fixtures';
import { compareSummary, estimatePostsPerDay, headlineTable, nowPercentOfPeak, pointSpacingDays } from './compare-data';

const DAY = 86_400;
const daily = (values: number[], step = 1) => values.map((value, i) => ({ time: i * step * DAY, value }));

describe('estimatePostsPerDay', () => {
  it("gives each point its share of the period's posts", () => {
    const points = estimatePostsPerDay(daily([0.5, 1, 0.5]), 1000);
    expect(points.map((p) => p.value)).toEqual([250, 500, 250]);
    expect(points.map((p) => p.time)).toEqual([0, DAY, 2 * DAY]);
  });
  it('adds up to the posts of the period', () => {
    const total = estimatePostsPerDay(seed.trend, seed.publish_cnt).reduce((sum, p) => sum + p.value, 0);
    expect(total).toBeCloseTo(seed.publish_cnt, 6);
  });
  it('reads weekly points (120 days) as a daily average', () => {
    expect(pointSpacingDays(daily([1, 1, 1], 7))).toBe(7);
    expect(pointSpacingDays(daily([1, 1, 1]))).toBe(1);
    expect(pointSpacingDays([])).toBe(1);
    expect(estimatePostsPerDay(daily([1, 1], 7), 1400).map((p) => p.value)).toEqual([100, 100]);
  });
  it('never divides by zero', () => {
    expect(estimatePostsPerDay(daily([0, 0]), 1000).map((p) => p.value)).toEqual([0, 0]);
    expect(estimatePostsPerDay(daily([1, 0.5]), 0).map((p) => p.value)).toEqual([0, 0]);
  });
});

describe('nowPercentOfPeak', () => {
  it('is the latest point as a share of the peak', () => {
    expect(nowPercentOfPeak(seed.trend)).toBe(98);
    expect(nowPercentOfPeak(daily([1, 0.25]))).toBe(25);
    expect(nowPercentOfPeak([])).toBeUndefined();
    expect(nowPercentOfPeak(daily([0, 0]))).toBeUndefined();
  });
});

describe('compareSummary', () => {
  const a = { id: 'a', label: '#a', points: daily([0.5, 1, 0.5]) };
  const b = { id: 'b', label: '#b', points: daily([1, 0.5, 0.25]) };
  it('names each peak and where each curve is now', () => {
    expect(compareSummary([a, b], 'relative', 'en-GB')).toBe(
      'Each curve on its own scale (peak = 100): #a peaked on 2 Jan, now 50% of peak; #b peaked on 1 Jan, now 25% of peak.',
    );
  });
  it('labels the estimate and gives the latest posts per day', () => {
    const posts = [{ ...a, points: estimatePostsPerDay(a.points, 4000) }];
    expect(compareSummary(posts, 'posts')).toBe(
      "Estimate: each curve's share of the period's posts. Latest posts per day: #a ≈ 1K.",
    );
  });
  it('copes with nothing loaded', () => {
    expect(compareSummary([], 'relative')).toBe('No popularity data yet.');
  });
});

describe('headlineTable', () => {
  it('puts one column per hashtag and "No data" where a section is missing', () => {
    const table = headlineTable(
      [
        { name: 'chatgpt', detail: seed },
        { name: 'sparse', detail: sparse },
      ],
      7,
      'en-GB',
    );
    expect(table.columns).toEqual(['Figure', '#chatgpt', '#sparse']);
    const byLabel = new Map(table.rows.map((r) => [r[0], r.slice(1)]));
    expect(byLabel.get('Posts, last 7 days')?.[0]).toBe(17543);
    expect(byLabel.get('Views, last 7 days')?.[0]).toBe(184257600);
    expect(byLabel.get('Views, all time')?.[0]).toBe(31792688407);
    expect(byLabel.get('Peak date')?.[0]).toBe('6 Mar 2025');
    expect(byLabel.get('Now, % of peak')?.[0]).toBe('98%');
    expect([...byLabel.keys()].slice(-3)).toEqual(['Audience 18–24', 'Audience 25–34', 'Audience 35+']);
    for (const row of table.rows) expect(row).toHaveLength(3);
    expect(table.rows.some((r) => r[2] === 'No data')).toBe(true);
  });
});
