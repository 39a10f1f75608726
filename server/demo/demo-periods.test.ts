// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COUNTRIES, PERIODS } from '../../src/contract/constants';
import { hashtagDetailResponseSchema } from '../../src/contract/schemas';
import { createApp } from '../app';
import { chartFor } from './charts';

const app = createApp();

async function figures(name: string, country: string, period: number) {
  const response = await app.request(
    `/api/tiktok/popular-trend/hashtag/detail?hashtag_name=${encodeURIComponent(name)}&country_code=${country}&period=${period}`,
  );
  expect(response.status, `${name} ${country} ${period}`).toBe(200);
  const { publish_cnt, video_views } = hashtagDetailResponseSchema.parse(await response.json()).data.info;
  return { publish_cnt, video_views };
}

/** Tags that chart in every period in this country: the ones a person can compare across windows. */
function chartedInEveryPeriod(country: string): string[] {
  const [first, ...rest] = PERIODS.map((p) => new Set(chartFor(country, p).map((c) => c.entry.name)));
  return [...first!].filter((name) => rest.every((set) => set.has(name)));
}

describe('demo figures agree across periods', () => {
  it('#carmeet in the US: posts in 7 days do not exceed posts in 30 days', async () => {
    const week = await figures('carmeet', 'US', 7);
    const month = await figures('carmeet', 'US', 30);
    expect(week.publish_cnt).toBeLessThanOrEqual(month.publish_cnt);
    expect(week.video_views).toBeLessThanOrEqual(month.video_views);
  });

  it('for any country and charted hashtag: 7 days ≤ 30 days ≤ 120 days, on posts and on views', async () => {
    const countries = COUNTRIES.map((c) => c.code).filter((code) => chartedInEveryPeriod(code).length > 0);
    expect(countries.length).toBeGreaterThan(50);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...countries), fc.nat(), async (country, pick) => {
        const names = chartedInEveryPeriod(country);
        const name = names[pick % names.length]!;
        const [d7, d30, d120] = await Promise.all(PERIODS.map((p) => figures(name, country, p)));
        expect(d7!.publish_cnt, `${name} ${country} posts 7 vs 30`).toBeLessThanOrEqual(d30!.publish_cnt);
        expect(d30!.publish_cnt, `${name} ${country} posts 30 vs 120`).toBeLessThanOrEqual(d120!.publish_cnt);
        expect(d7!.video_views, `${name} ${country} views 7 vs 30`).toBeLessThanOrEqual(d30!.video_views);
        expect(d30!.video_views, `${name} ${country} views 30 vs 120`).toBeLessThanOrEqual(d120!.video_views);
      }),
      { numRuns: 300 },
    );
  });
});
