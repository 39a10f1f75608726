// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createApp } from './app';

const app = createApp();
const LIST = '/api/tiktok/popular-trend/hashtag';
const DETAIL = '/api/tiktok/popular-trend/hashtag/detail';

async function expect400(url: string, param: string) {
  const response = await app.request(url);
  expect(response.status, url).toBe(400);
  expect(response.headers.get('cache-control')).toBe('no-store');
  const body = (await response.json()) as { code: number; msg: string };
  expect(body.code).toBe(400);
  expect(body.msg.startsWith(`${param}: `), body.msg).toBe(true);
}

describe('query validation (400 naming the parameter)', () => {
  it.each([
    ['period=8', 'period'],
    ['period=abc', 'period'],
    ['period=90', 'period'],
    ['filter_by=hot', 'filter_by'],
    ['country_code=us', 'country_code'],
    ['country_code=USA', 'country_code'],
    ['industry_id=123', 'industry_id'],
    ['industry_id=2500000000x', 'industry_id'],
    ['page=0', 'page'],
    ['page=-1', 'page'],
    ['page=1.5', 'page'],
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
  ])('list %s → 400 on %s', (query, param) => expect400(`${LIST}?${query}`, param));

  it.each([
    ['', 'hashtag_name'],
    ['hashtag_name=', 'hashtag_name'],
    ['hashtag_name=%23', 'hashtag_name'],
    ['hashtag_name=%20%20', 'hashtag_name'],
    ['hashtag_name=fyp&period=14', 'period'],
    ['hashtag_name=fyp&country_code=1A', 'country_code'],
  ])('detail %s → 400 on %s', (query, param) => expect400(`${DETAIL}?${query}`, param));

  it('accepts defaults, an empty industry and ignores unknown parameters', async () => {
    for (const url of [LIST, `${LIST}?industry_id=`, `${LIST}?utm_source=x&foo=bar`]) {
      expect((await app.request(url)).status, url).toBe(200);
    }
  });

  it('answers unknown /api routes with a JSON 404', async () => {
    const response = await app.request('/api/nope');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { code: number }).code).toBe(404);
  });

  it('reports the mode on /api/health and /api/meta', async () => {
    expect(await (await app.request('/api/health')).json()).toEqual({ ok: true, mode: 'demo' });
    expect(await (await app.request('/api/meta')).json()).toEqual({ mode: 'demo', history: false });
  });
});
