// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { crc32, inflateSync } from 'node:zlib';
import { COUNTRIES, INDUSTRIES, PERIODS } from '../../src/contract/constants';
import {
  hashtagDetailResponseSchema,
  hashtagListResponseSchema,
  type HashtagDetail,
  type HashtagListItem,
} from '../../src/contract/schemas';
import { createApp } from '../app';
import { SEED_ITEM_IDS } from '../test-support/fake-upstream';
import { chartFor } from './charts';
import { AVATAR_PX } from './placeholder-images';
import { DEMO_AS_OF_SECONDS } from './trend-curve';

const app = createApp();
const LIST = '/api/tiktok/popular-trend/hashtag';
const DETAIL = '/api/tiktok/popular-trend/hashtag/detail';

async function list(query: string) {
  const response = await app.request(`${LIST}?${query}`);
  expect(response.status).toBe(200);
  return hashtagListResponseSchema.parse(await response.json()).data;
}

async function detailResponse(name: string, query = 'country_code=US&period=7') {
  return app.request(`${DETAIL}?hashtag_name=${encodeURIComponent(name)}&${query}`);
}

async function detail(name: string, query?: string): Promise<HashtagDetail> {
  const response = await detailResponse(name, query);
  expect(response.status, name).toBe(200);
  return hashtagDetailResponseSchema.parse(await response.json()).data.info;
}

describe('demo determinism', () => {
  it('answers the same request byte for byte, in one app and across apps', async () => {
    const listed = (await list('country_code=JP&period=7')).list[0]?.hashtag_name ?? '';
    const urls = [
      `${LIST}?country_code=JP&period=30&industry_id=27000000000&page=2&limit=50`,
      `${DETAIL}?hashtag_name=${encodeURIComponent(listed)}&country_code=JP&period=7`,
    ];
    const other = createApp();
    for (const url of urls) {
      const first = await app.request(url);
      const texts = [
        await first.text(),
        await (await app.request(url)).text(),
        await (await other.request(url)).text(),
      ];
      expect(first.status).toBe(200);
      expect(new Set(texts).size).toBe(1);
    }
    const body = (await (await app.request(urls[0] ?? '')).json()) as { request_id: string };
    expect(body.request_id).toMatch(/^20261123000000[0-9A-F]{20}$/);
  });

  it('sends the envelope with the rate-limit header and a CDN-friendly Cache-Control', async () => {
    const response = await app.request(LIST);
    expect(response.headers.get('x-ratelimit-per-second-remaining')).toMatch(/^\d+$/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=300, stale-while-revalidate=600');
    expect(await response.json()).toMatchObject({ code: 0, msg: 'OK' });
  });
});

describe('demo charts', () => {
  it('pages through a top 100: page 5 of 20 is ranks 81..100 and the last page', async () => {
    const last = await list('page=5&limit=20');
    expect(last.list.map((item) => item.rank)).toEqual(Array.from({ length: 20 }, (_, i) => 81 + i));
    expect(last.pagination).toEqual({ page: 5, size: 20, total: 100, has_more: false });
    expect((await list('page=1&limit=20')).pagination.has_more).toBe(true);
    expect((await list('page=6&limit=20')).list).toEqual([]);
  });

  it('covers every country × industry × period with 100 distinct hashtags', () => {
    // At the generator level: 71 × 19 × 3 HTTP round trips would make this suite slow for no extra insight.
    for (const period of PERIODS) {
      for (const country of COUNTRIES) {
        for (const industry of [undefined, ...INDUSTRIES]) {
          const chart = chartFor(country.code, period, industry?.id);
          expect(new Set(chart.map((c) => c.entry.name)).size).toBe(100);
          if (industry) expect(chart.every((c) => c.entry.industryId === industry.id)).toBe(true);
        }
      }
    }
  });

  it('serves a full chart over HTTP for a spread of combinations', async () => {
    for (const [country, industry, period] of [
      ['US', '', 7],
      ['JP', '27000000000', 30],
      ['BR', '25000000000', 120],
      ['GB', '17000000000', 7],
    ] as const) {
      const data = await list(`country_code=${country}&period=${period}&limit=100&industry_id=${industry}`);
      expect(data.pagination.total).toBe(100);
      expect(data.list).toHaveLength(100);
    }
  });

  it('has an empty chart for a well-formed but unknown country or industry', async () => {
    expect((await list('country_code=ZZ')).pagination.total).toBe(0);
    expect((await list('industry_id=99999999999')).pagination.total).toBe(0);
  });

  it('mixes rank changes; new entries (type 4) carry no rank_diff and make up new_on_board', async () => {
    const all = (await list('country_code=US&period=7&limit=100')).list;
    const byType = (type: number) => all.filter((item) => item.rank_diff_type === type);
    for (const type of [1, 2, 3, 4]) expect(byType(type).length, `type ${type}`).toBeGreaterThan(0);
    expect(byType(4).every((item) => item.rank_diff === undefined)).toBe(true);
    expect([...byType(1), ...byType(3)].every((item) => (item.rank_diff ?? 0) > 0)).toBe(true);

    const fresh = await list('country_code=US&period=7&limit=100&filter_by=new_on_board');
    expect(fresh.pagination.total).toBeLessThan(100);
    expect(fresh.list.map((item) => item.hashtag_name)).toEqual(byType(4).map((item) => item.hashtag_name));
  });

  it('exercises optional and varied fields: no industry, promoted, creators, non-Latin names', async () => {
    const items: HashtagListItem[] = [];
    for (const country of ['US', 'JP', 'KR', 'SA', 'BY'])
      items.push(...(await list(`country_code=${country}&period=30&limit=100`)).list);
    expect(items.some((item) => item.industry_info === undefined)).toBe(true);
    expect(items.some((item) => item.is_promoted)).toBe(true);
    expect(items.some((item) => item.creators === undefined)).toBe(true);
    expect(
      items
        .flatMap((item) => item.creators ?? [])
        .every((c) => /^\/api\/demo\/avatar\/[0-9a-f]+\.png$/.test(c.avatar_url ?? '')),
    ).toBe(true);
    expect(items.some((item) => /[^\u0020-\u007e]/.test(item.hashtag_name))).toBe(true);
  });

  it('has plausible counts that fall with rank', async () => {
    const items = (await list('country_code=US&period=120&limit=100')).list;
    expect(Math.max(...items.map((item) => item.video_views))).toBeGreaterThan(1e9);
    for (const item of items) {
      expect(item.publish_cnt).toBeGreaterThanOrEqual(1_000);
      expect(item.publish_cnt).toBeLessThanOrEqual(500_000);
    }
    const avg = (slice: HashtagListItem[]) => slice.reduce((sum, item) => sum + item.video_views, 0) / slice.length;
    expect(avg(items.slice(0, 10))).toBeGreaterThan(avg(items.slice(90)));
  });

  it.each([
    [7, 7, 86_400],
    [30, 30, 86_400],
    [120, 17, 7 * 86_400],
  ])(
    'draws %i-day curves as %i points at 00:00 UTC, peak exactly 1, ending on the fixed as-of day',
    async (period, points, step) => {
      for (const item of (await list(`period=${period}&limit=100`)).list) {
        expect(item.trend).toHaveLength(points);
        expect(Math.max(...item.trend.map((p) => p.value))).toBe(1);
        expect(item.trend.at(-1)?.time).toBe(DEMO_AS_OF_SECONDS);
        item.trend.forEach((p, i) => {
          expect(p.time % 86_400).toBe(0);
          if (i > 0) expect(p.time - (item.trend[i - 1]?.time ?? 0)).toBe(step);
          expect(p.value).toBeGreaterThanOrEqual(0);
        });
      }
    },
  );

  it('answers a warm list request well under 5 ms', async () => {
    const url = `${LIST}?country_code=DE&period=30&limit=100`;
    await (await app.request(url)).text();
    // Best of several batches: the machine running tests may be busy with other work.
    const batchAverages: number[] = [];
    for (let batch = 0; batch < 5; batch++) {
      const start = performance.now();
      for (let i = 0; i < 40; i++) await (await app.request(url)).text();
      batchAverages.push((performance.now() - start) / 40);
    }
    expect(Math.min(...batchAverages)).toBeLessThan(5);
  });
});

describe('demo detail', () => {
  it('describes every listed hashtag, consistently with the list', async () => {
    const items = (await list('country_code=JP&period=30&limit=100')).list;
    for (const item of items) {
      const info = await detail(item.hashtag_name, 'country_code=JP&period=30');
      expect(info).toMatchObject({
        hashtag_id: item.hashtag_id,
        video_views: item.video_views,
        publish_cnt: item.publish_cnt,
        trend: item.trend,
      });
    }
  });

  it('carries audiences and related sections shaped like real data', async () => {
    const first = (await list('country_code=US&period=7')).list[0];
    const info = await detail(first?.hashtag_name ?? '');
    const ages = info.audience_ages;
    expect(ages.map((a) => a.age_level).every((level) => [3, 4, 5].includes(level))).toBe(true);
    expect(ages.reduce((sum, a) => sum + a.score, 0)).toBe(100);
    expect(info.audience_interests.length).toBeGreaterThan(0);
    for (const c of info.audience_countries) {
      expect(c.country_info.id).toMatch(/^\d+$/);
      expect(c.country_info.label).toMatch(/^[A-Z]{2}$/);
    }
    expect(info.publish_cnt_all).toBeGreaterThan(info.publish_cnt);
    expect(info.longevity).toBeDefined();
  });

  it('sends related video ids as 19-digit strings beyond 2^53, with covers we serve', async () => {
    const name = (await list('country_code=US&period=7')).list[2]?.hashtag_name ?? '';
    const text = await (await detailResponse(name)).text();
    expect(text).not.toMatch(/"item_id":\d/);
    const info = hashtagDetailResponseSchema.parse(JSON.parse(text)).data.info;
    expect(info.related_items.length).toBeGreaterThan(0);
    for (const item of info.related_items) {
      expect(item.item_id).toMatch(/^\d{19}$/);
      expect(BigInt(item.item_id)).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
      expect(item.cover_uri).toBe(`/api/demo/cover/${item.item_id}.svg`);
    }
  });

  it('links related hashtags that have detail pages of their own', async () => {
    for (const item of (await list('country_code=KR&period=120&limit=10')).list) {
      const info = await detail(item.hashtag_name, 'country_code=KR&period=120');
      expect(info.related_hashtags.length).toBeGreaterThan(0);
      for (const related of info.related_hashtags) {
        expect(
          (await detailResponse(related.hashtag_name, 'country_code=KR&period=120')).status,
          related.hashtag_name,
        ).toBe(200);
      }
    }
  });

  it('accepts a leading # and any case, and 404s a hashtag outside the data set', async () => {
    const name = (await list('country_code=US&period=7')).list[0]?.hashtag_name ?? '';
    expect((await detailResponse(`#${name.toUpperCase()}`)).status).toBe(200);
    const missing = await detailResponse('no-such-tag');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
    expect(await missing.json()).toEqual({ code: 404, msg: 'hashtag not found: no-such-tag' });
  });
});

describe('demo images', () => {
  it('serves covers as SVG with their own strict CSP', async () => {
    const response = await app.request(`/api/demo/cover/${SEED_ITEM_IDS[0]}.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    const svg = await response.text();
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/<script|href=/i);
  });

  it('serves avatars as valid PNGs: a round, opaque face on a transparent square, the same for the same seed', async () => {
    const fetchPng = async (seed: string) => {
      const response = await app.request(`/api/demo/avatar/${seed}.png`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      return Buffer.from(await response.arrayBuffer());
    };
    const png = await fetchPng('d1c4ce8b7ad0');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // Walk the chunks, checking each CRC; collect IHDR and IDAT.
    let offset = 8;
    let header: Buffer | undefined;
    const idat: Buffer[] = [];
    while (offset < png.length) {
      const length = png.readUInt32BE(offset);
      const type = png.toString('latin1', offset + 4, offset + 8);
      const data = png.subarray(offset + 8, offset + 8 + length);
      expect(png.readUInt32BE(offset + 8 + length), `${type} crc`).toBe(
        crc32(png.subarray(offset + 4, offset + 8 + length)),
      );
      if (type === 'IHDR') header = data;
      if (type === 'IDAT') idat.push(data);
      offset += 12 + length;
    }
    expect(header?.readUInt32BE(0)).toBe(AVATAR_PX);
    expect(header?.readUInt32BE(4)).toBe(AVATAR_PX);
    const raw = inflateSync(Buffer.concat(idat));
    expect(raw.length).toBe(AVATAR_PX * (AVATAR_PX * 4 + 1));
    const alpha = (x: number, y: number) => raw[y * (AVATAR_PX * 4 + 1) + 1 + x * 4 + 3];
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(AVATAR_PX / 2, AVATAR_PX / 2)).toBe(255);
    expect(await fetchPng('d1c4ce8b7ad0')).toEqual(png);
    expect(await fetchPng('0a0a0a0a0a0a')).not.toEqual(png);
  });

  it('404s anything that is not an id', async () => {
    for (const url of [
      '/api/demo/cover/abc.svg',
      '/api/demo/cover/123.png',
      '/api/demo/avatar/%3Cscript%3E.png',
      '/api/demo/avatar/d1c4ce8b7ad0.svg',
    ]) {
      expect((await app.request(url)).status, url).toBe(404);
    }
  });
});
