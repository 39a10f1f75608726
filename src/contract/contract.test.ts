// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  FILTER_COUNTRIES,
  FILTER_INDUSTRIES,
  SEED_DETAIL_TEXT,
  SEED_DOC_TEXT,
  SEED_ITEM_IDS,
} from '../testing/fixtures';
import { parseJsonLossless } from './lossless-json';
import { unwrapEnvelope } from './envelope';
import { hashtagDetailDataSchema, hashtagDetailResponseSchema, hashtagListDataSchema } from './schemas';
import { COUNTRIES, INDUSTRIES, ageLabel, countryFlag, countryName } from './constants';

/** The JSON body inside the seed document, as printed by the provider's docs. */
const seedDocBody = SEED_DOC_TEXT.slice(SEED_DOC_TEXT.indexOf('{'), SEED_DOC_TEXT.lastIndexOf('}') + 1);

describe('real fixtures', () => {
  it('the seed detail parses with the detail schema, ids intact', () => {
    const parsed = hashtagDetailResponseSchema.parse(parseJsonLossless(SEED_DETAIL_TEXT));
    const info = parsed.data.info;
    expect(info.hashtag_name).toBe('chatgpt');
    expect(info.industry_info?.id).toBe('25000000000');
    expect(info.video_views_all).toBe(31792688407);
    expect(info.related_hashtags[0]?.hashtag_name).toBe('курск');
    expect(SEED_ITEM_IDS).toHaveLength(49);
    expect(info.related_items.map((i) => i.item_id)).toEqual(SEED_ITEM_IDS);
  });

  it('the JSON in the seed document is the same body', () => {
    const fromDoc = hashtagDetailResponseSchema.parse(parseJsonLossless(seedDocBody));
    const fromFixture = hashtagDetailResponseSchema.parse(parseJsonLossless(SEED_DETAIL_TEXT));
    expect(fromDoc).toEqual(fromFixture);
  });

  it('plain JSON.parse would round the ids, and the schema refuses the rounded numbers', () => {
    const rounded = JSON.parse(SEED_DETAIL_TEXT) as unknown;
    const result = hashtagDetailResponseSchema.safeParse(rounded);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe('data.info.related_items.0.item_id');
  });

  it('the filter lists give 71 countries and 18 industries with friendly names', () => {
    expect(FILTER_COUNTRIES).toHaveLength(71);
    expect(COUNTRIES.map((c) => c.code).sort()).toEqual(FILTER_COUNTRIES.map((c) => c.id).sort());
    expect(INDUSTRIES.map((i) => i.id).sort()).toEqual(FILTER_INDUSTRIES.map((i) => String(i.id)).sort());
    expect(countryName('JO')).toBe('Jordan');
    expect(countryName('LT')).toBe('Lithuania');
    expect(countryName('GB')).toBe('United Kingdom');
    expect(countryFlag('US')).toBe('🇺🇸');
    expect(ageLabel(3)).toBe('18–24');
    expect(ageLabel(5)).toBe('35+');
    expect(ageLabel(9)).toBe('Age group 9');
  });
});

describe('envelopes', () => {
  const body = parseJsonLossless(SEED_DETAIL_TEXT) as Record<string, unknown>;

  it('accepts TikTok body as is', () => {
    const u = unwrapEnvelope(body);
    expect(u.ok && hashtagDetailDataSchema.parse(u.body.data).info.related_items[48]?.item_id).toBe(SEED_ITEM_IDS[48]);
  });

  it('accepts the provider wrapper with extra keys beside', () => {
    const u = unwrapEnvelope({ code: 200, msg: 'OK', router: '/x', params: {}, data: body });
    expect(u.ok).toBe(true);
    expect(u.ok && u.body.request_id).toBe('202503261337426C167DFB052F78254AC7');
  });

  it('reports errors inside HTTP 200 at either level', () => {
    expect(unwrapEnvelope({ code: 40101, msg: 'no permission', request_id: 'r1' })).toEqual({
      ok: false,
      kind: 'upstream',
      code: 40101,
      msg: 'no permission',
      request_id: 'r1',
    });
    expect(unwrapEnvelope({ code: 200, msg: 'OK', data: { code: 40101, msg: 'no permission' } })).toMatchObject({
      ok: false,
      code: 40101,
    });
  });

  it('says when the shape is wrong', () => {
    expect(unwrapEnvelope('nope')).toMatchObject({ ok: false, kind: 'shape' });
    expect(unwrapEnvelope({ code: 0, msg: 'OK', data: { nothing: true } })).toMatchObject({ ok: false, kind: 'shape' });
  });
});

describe('schemas name the field that is wrong', () => {
  const item = {
    hashtag_id: '1',
    hashtag_name: 'a',
    trend: [{ time: 1, value: 1 }],
    publish_cnt: 1,
    video_views: 2,
    rank: 1,
    is_promoted: false,
  };
  it('accepts a minimal list item and fills defaults', () => {
    const data = hashtagListDataSchema.parse({
      list: [{ ...item, trend: undefined }],
      pagination: { page: 1, size: 20, total: 100, has_more: true },
    });
    expect(data.list[0]?.trend).toEqual([]);
  });
  it('rejects a string rank with its path', () => {
    const r = hashtagListDataSchema.safeParse({
      list: [{ ...item, rank: '1' }],
      pagination: { page: 1, size: 20, total: 100, has_more: true },
    });
    expect(r.error?.issues[0]?.path).toEqual(['list', 0, 'rank']);
  });
});

describe('envelope codes', () => {
  it('does not take a null, empty or boolean code for success', () => {
    for (const code of [null, '', false, []]) {
      expect(unwrapEnvelope({ code, msg: 'OK', data: { list: [], pagination: {} } })).toMatchObject({
        ok: false,
        kind: 'shape',
      });
    }
    expect(unwrapEnvelope({ code: '0', msg: 'OK', data: { list: [] } }).ok).toBe(true);
  });
});
