// @vitest-environment node
/**
 * Provider faults that server/upstream/proxy.test.ts does not already cover: slow answers either side
 * of the timeout, a body that stalls after the headers, stale-if-error for failures inside HTTP 200,
 * Retry-After in its other spellings, and what a hang does to concurrent and later requests.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorBodySchema, hashtagDetailResponseSchema } from '../../src/contract/schemas';
import type { UpstreamConfig } from '../config';
import {
  SEED_DETAIL_TEXT,
  SEED_ITEM_IDS,
  fakeClock,
  jsonText,
  neverAnswers,
  type UpstreamHandler,
} from '../test-support/fake-upstream';
import { proxyApp } from '../test-support/proxy-app';

const LIST = '/api/tiktok/popular-trend/hashtag?country_code=GB&period=30';
const DETAIL = '/api/tiktok/popular-trend/hashtag/detail?hashtag_name=chatgpt&country_code=US&period=30';

const seed: UpstreamHandler = () => jsonText(SEED_DETAIL_TEXT);

const setup = (handler: UpstreamHandler = seed, config: Partial<UpstreamConfig> = {}) => proxyApp(handler, { config });

/** Answers after `ms` of (fake) time, unless aborted first: a slow provider. */
const slow =
  (ms: number, then: UpstreamHandler = seed): UpstreamHandler =>
  (url, signal) =>
    new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(() => resolve(then(url, signal)), ms);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });

/** Sends the status and headers at once, then a first chunk of body, then nothing: a stalled stream. */
const stallsMidBody: UpstreamHandler = (_url, signal) => {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(SEED_DETAIL_TEXT.slice(0, 200)));
      signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
};

async function expectJsonError(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  expect(response.headers.get('cache-control')).toBe('no-store');
  const body = errorBodySchema.parse(await response.json());
  expect(body.msg.length).toBeGreaterThan(0);
  return body;
}

afterEach(() => vi.useRealTimers());

describe('faults: slow and hung providers', () => {
  it('a slow 3 s answer within the timeout is a normal 200', async () => {
    vi.useFakeTimers();
    const { app } = setup(slow(3_000), { timeoutMs: 10_000 });
    const pending = app.request(DETAIL);
    await vi.advanceTimersByTimeAsync(3_000);
    const response = await pending;
    expect(response.status).toBe(200);
    expect(hashtagDetailResponseSchema.safeParse(await response.json()).success).toBe(true);
  });

  it('the same 3 s answer past a 2 s timeout is a 504, at the timeout and not later', async () => {
    vi.useFakeTimers();
    const { app } = setup(slow(3_000), { timeoutMs: 2_000 });
    let settled = false;
    const pending = Promise.resolve(app.request(DETAIL)).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(1_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const body = await expectJsonError(await pending, 504);
    expect(body.msg).toMatch(/did not answer within 2000 ms/);
  });

  it('headers on time but a body that stalls is still bounded by the timeout → 504', async () => {
    const { app } = setup(stallsMidBody, { timeoutMs: 30 });
    await expectJsonError(await app.request(DETAIL), 504);
  });

  it('concurrent requests during a hang share one upstream call and all get the 504', async () => {
    const { app, upstream } = setup(neverAnswers, { timeoutMs: 30 });
    const responses = await Promise.all(Array.from({ length: 5 }, () => app.request(DETAIL)));
    expect(upstream.calls).toHaveLength(1);
    for (const response of responses) await expectJsonError(response, 504);
  });

  it('a hang does not stick: the next request asks the provider again and succeeds', async () => {
    const { app, upstream } = setup(neverAnswers, { timeoutMs: 30 });
    await expectJsonError(await app.request(DETAIL), 504);
    upstream.respondWith(seed);
    expect((await app.request(DETAIL)).status).toBe(200);
    expect(upstream.calls).toHaveLength(2);
  });
});

describe('faults: stale-if-error for failures inside HTTP 200', () => {
  const wrongTypes = SEED_DETAIL_TEXT.replace('"publish_cnt": 17543', '"publish_cnt": "17543"');
  it.each([
    ['code 40101 in HTTP 200', '{"code":40101,"msg":"no permission","request_id":"r-1"}'],
    ['malformed JSON', '{"code":0,"data":{"info":{'],
    ['wrong field types', wrongTypes],
  ])('%s after the revalidation window: the cached copy, marked stale', async (_label, text) => {
    expect(wrongTypes).not.toBe(SEED_DETAIL_TEXT);
    const { app, upstream, clock } = setup();
    const before = await (await app.request(DETAIL)).text();
    upstream.respondWith(() => jsonText(text));
    clock.advance(20 * 60_000);
    const response = await app.request(DETAIL);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-data-stale')).toBe('1');
    expect(await response.text()).toBe(before);
  });

  it.each([
    [
      'code 40101',
      '{"code":40101,"msg":"no permission","request_id":"r-1"}',
      { code: 40101, msg: 'no permission', request_id: 'r-1' },
    ],
    [
      'a bare string',
      '"OK"',
      { code: 502, msg: 'the trends provider sent an unexpected response: response body is not an object' },
    ],
    [
      'JSON null',
      'null',
      { code: 502, msg: 'the trends provider sent an unexpected response: response body is not an object' },
    ],
    ['an empty body', '', { code: 502, msg: 'the trends provider sent malformed JSON' }],
  ])('with nothing cached, %s on the list is a 502 with that message', async (_label, text, expected) => {
    const { app } = setup(() => jsonText(text));
    expect(await expectJsonError(await app.request(LIST), 502)).toEqual(expected);
  });

  it.each([
    ['publish_cnt as a string', '"publish_cnt": 17543', '"publish_cnt": "17543"', /data\.info\.publish_cnt/],
    ['trend as a string', '"trend": [', '"trend": "rising", "x": [', /data\.info\.trend/],
    ['related_items as null', '"related_items": [', '"related_items": null, "x": [', /data\.info\.related_items/],
    ['a negative item_id', `"item_id": ${SEED_ITEM_IDS[0]}`, '"item_id": -1', /data\.info\.related_items\.0\.item_id/],
  ])('wrong types in the detail (%s) → 502 naming the path', async (_label, from, to, path) => {
    const text = SEED_DETAIL_TEXT.replace(from, to);
    expect(text).not.toBe(SEED_DETAIL_TEXT);
    const { app } = setup(() => jsonText(text));
    expect((await expectJsonError(await app.request(DETAIL), 502)).msg).toMatch(path);
  });
});

describe('faults: Retry-After in every spelling', () => {
  const tooMany = (retryAfter?: string) => () =>
    new Response('{"code":429,"msg":"rate limit exceeded"}', {
      status: 429,
      headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter },
    });

  it('an HTTP date is turned into seconds from now', async () => {
    const at = new Date(fakeClock().now() + 12_000).toUTCString();
    const response = await setup(tooMany(at)).app.request(DETAIL);
    await expectJsonError(response, 429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(11);
    expect(Number(response.headers.get('retry-after'))).toBeLessThanOrEqual(12);
  });

  it.each([
    ['missing', undefined],
    ['unreadable', 'soon'],
    ['negative', '-5'],
  ])('%s Retry-After still means a short pause, never 0', async (_label, header) => {
    const response = await setup(tooMany(header)).app.request(DETAIL);
    await expectJsonError(response, 429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['a 400-digit number', '9'.repeat(400)],
    ['a date in the year 9999', 'Fri, 31 Dec 9999 23:59:59 GMT'],
  ])('%s is capped: a whole number of seconds, and the proxy recovers within the hour', async (_label, header) => {
    const { app, upstream, clock } = setup(tooMany(header));
    const response = await app.request(DETAIL);
    await expectJsonError(response, 429);
    const seconds = Number(response.headers.get('retry-after'));
    expect(Number.isSafeInteger(seconds)).toBe(true);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(3_600);
    upstream.respondWith(seed);
    clock.advance(3_600_000 + 1);
    expect((await app.request(DETAIL)).status).toBe(200);
  });
});
