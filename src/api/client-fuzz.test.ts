/**
 * Fuzzing the browser client: whatever our API (or anything between it and the browser) answers,
 * getJson resolves with data that matches the contract or rejects with a typed ApiError.
 */
import fc from 'fast-check';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hashtagDetailDataSchema, hashtagListDataSchema } from '../contract/schemas';
import { LIST_PAGE_TEXT, SEED_DETAIL_API_TEXT } from '../testing/fixtures';
import { API } from '../testing/handlers';
import { server } from '../testing/server';
import { ApiError, describeApiError, kindForStatus, type ApiErrorKind } from './api-error';
import { getJson } from './client';
import { mutateTree, mutationsArb, type TreeKind } from '../contract/testing/json-mutations';

/** Hundreds of runs, some with 10,000-element arrays: more than vitest's 5 s default on a busy machine. */
const FUZZ_TIMEOUT = 60_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const KINDS: readonly ApiErrorKind[] = [
  'invalid-request',
  'not-found',
  'rate-limited',
  'upstream',
  'timeout',
  'server',
  'network',
  'bad-shape',
];

/** As our API sends them: the seed's 19-digit ids as strings. */
const VALID_DETAIL = JSON.parse(SEED_DETAIL_API_TEXT) as Json;
const VALID_LIST = JSON.parse(LIST_PAGE_TEXT) as Json;

/** Plain JSON numbers: enlarged a trillion times. */
const PLAIN: TreeKind = { enlargeNumber: (value) => (typeof value === 'number' ? value * 1e12 : undefined) };

const otherValue: fc.Arbitrary<Json> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-1, 2 ** 53 + 2, 1e300, 0.5),
  fc.string({ maxLength: 20 }),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }) as fc.Arbitrary<Json>,
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }) as fc.Arbitrary<Json>,
);
const mutations = mutationsArb(otherValue);

const mutatedBody = (valid: Json) =>
  fc.tuple(mutations, fc.boolean()).map(([list, wrap]) => {
    const body = mutateTree(structuredClone(valid), list, PLAIN);
    // Providers sometimes wrap TikTok's body; our API should not, but the client unwraps either.
    return JSON.stringify(wrap ? { code: 200, msg: 'OK', data: body } : body);
  });

const bodyText = (valid: Json) =>
  fc.oneof(
    { weight: 6, arbitrary: mutatedBody(valid) },
    { weight: 1, arbitrary: fc.json() },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 1, arbitrary: fc.nat().map((n) => JSON.stringify(valid).slice(0, n % 5_000)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        'null',
        '[]',
        '{}',
        '<html>502 Bad Gateway</html>',
        '{"code":40101,"msg":"no permission"}',
      ),
    },
  );

const answer = (valid: Json) =>
  fc.record({
    status: fc.oneof(
      { weight: 5, arbitrary: fc.constant(200) },
      { weight: 2, arbitrary: fc.constantFrom(400, 404, 429, 500, 502, 503, 504) },
      { weight: 1, arbitrary: fc.integer({ min: 200, max: 599 }).filter((s) => ![204, 205, 304].includes(s)) },
    ),
    text: bodyText(valid),
    retryAfter: fc.option(
      fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.nat().map(String),
        fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
      ),
    ),
    stale: fc.constantFrom(undefined, '1', '0', 'yes'),
  });

/** What our API answers to the next request (each run of a property sets its own). */
let nextAnswer: () => Response;
beforeEach(() => {
  server.use(
    http.get(API.list, () => nextAnswer()),
    http.get(API.detail, () => nextAnswer()),
  );
});
afterEach(() => vi.unstubAllGlobals());

/** Redirect statuses, which MSW's fetch interceptor follows even without a Location header. */
const FOLLOWED_BY_MSW = new Set([301, 302, 303, 307, 308]);

async function outcome<S extends typeof hashtagListDataSchema | typeof hashtagDetailDataSchema>(
  a: { status: number; text: string; retryAfter: string | null; stale: string | undefined },
  path: string,
  schema: S,
) {
  const headers = new Headers({ 'content-type': 'application/json' });
  if (a.retryAfter !== null) headers.set('retry-after', a.retryAfter.replace(/[^\x20-\x7e]/g, ''));
  if (a.stale !== undefined) headers.set('x-data-stale', a.stale);
  nextAnswer = () => new HttpResponse(a.text, { status: a.status, headers });
  vi.unstubAllGlobals();
  // A 3xx without Location comes back from fetch as it is; MSW would follow it to `…/null`: stub fetch.
  if (FOLLOWED_BY_MSW.has(a.status)) vi.stubGlobal('fetch', async () => nextAnswer());
  return getJson(path, { hashtag_name: 'x' }, schema).then(
    (result) => ({ ok: true as const, result }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

function expectTypedError(error: unknown, status: number) {
  expect(error).toBeInstanceOf(ApiError);
  const e = error as ApiError;
  expect(KINDS).toContain(e.kind);
  expect(typeof e.message).toBe('string');
  if (status >= 200 && status < 300) expect(['upstream', 'bad-shape']).toContain(e.kind);
  else expect({ kind: e.kind, status: e.status }).toEqual({ kind: kindForStatus(status), status });
  if (e.retryAfterSeconds !== undefined) {
    expect(Number.isInteger(e.retryAfterSeconds)).toBe(true);
    expect(e.retryAfterSeconds).toBeGreaterThanOrEqual(0);
  }
  const words = describeApiError(e);
  expect(words.title.length).toBeGreaterThan(0);
}

describe('client fuzzing: any answer is parsed data or a typed ApiError', () => {
  it(
    'list bodies',
    async () => {
      await fc.assert(
        fc.asyncProperty(answer(VALID_LIST), async (a) => {
          const o = await outcome(a, '/tiktok/popular-trend/hashtag', hashtagListDataSchema);
          if (o.ok) {
            expect(a.status).toBeGreaterThanOrEqual(200);
            expect(a.status).toBeLessThan(300);
            // Parsing what getJson returned again must succeed: it is already contract data.
            for (const item of hashtagListDataSchema.parse(o.result.data).list)
              expect(typeof item.hashtag_id).toBe('string');
            expect(o.result.stale).toBe(a.stale === '1');
          } else {
            expectTypedError(o.error, a.status);
          }
        }),
        { numRuns: 200 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'detail bodies',
    async () => {
      await fc.assert(
        fc.asyncProperty(answer(VALID_DETAIL), async (a) => {
          const o = await outcome(a, '/tiktok/popular-trend/hashtag/detail', hashtagDetailDataSchema);
          if (o.ok) {
            for (const item of hashtagDetailDataSchema.parse(o.result.data).info.related_items)
              expect(item.item_id).toMatch(/^\d+$/);
          } else {
            expectTypedError(o.error, a.status);
          }
        }),
        { numRuns: 200 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it('a 200 with the valid body unchanged always parses (the generators are not only noise)', async () => {
    for (const [valid, path, schema] of [
      [VALID_LIST, '/tiktok/popular-trend/hashtag', hashtagListDataSchema],
      [VALID_DETAIL, '/tiktok/popular-trend/hashtag/detail', hashtagDetailDataSchema],
    ] as const) {
      const o = await outcome(
        { status: 200, text: JSON.stringify(valid), retryAfter: null, stale: undefined },
        path,
        schema,
      );
      expect(o.ok).toBe(true);
    }
  });
});
