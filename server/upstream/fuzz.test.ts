// @vitest-environment node
/**
 * Upstream JSON fuzzing through the real Hono app in proxy mode: valid provider bodies (the seed
 * detail and a list) with fields dropped, retyped or enlarged, plus arbitrary text and statuses.
 * Whatever the provider sends, our API answers 200 with a body that parses with the contract schema
 * (ids as strings), or a JSON error with an honest status and a msg: never a 500, never a throw.
 */
import fc from 'fast-check';
import { LosslessNumber, isLosslessNumber, parse, stringify } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { errorBodySchema, hashtagDetailResponseSchema, hashtagListResponseSchema } from '../../src/contract/schemas';
import { mutateTree, mutationsArb, type TreeKind } from '../../src/contract/testing/json-mutations';
import { createApp } from '../app';
import type { UpstreamConfig } from '../config';
import { SEED_DETAIL_TEXT, SEED_ITEM_IDS } from '../test-support/fake-upstream';
import { proxyApp } from '../test-support/proxy-app';

const LIST = '/api/tiktok/popular-trend/hashtag?country_code=US&period=7&limit=20';
const DETAIL = '/api/tiktok/popular-trend/hashtag/detail?hashtag_name=chatgpt&country_code=US&period=30';

/** A valid list as a provider sends it, borrowed from demo mode. */
const LIST_TEXT = await (await createApp().request(LIST)).text();

/** Hundreds of runs, some with 10,000-element arrays: more than vitest's 5 s default on a busy machine. */
const FUZZ_TIMEOUT = 60_000;

/** Parsed without losing anything: numbers stay LosslessNumbers, so 19-digit ids go back upstream bare. */
const parseKeep = (text: string): unknown => parse(text);

/** Numbers are LosslessNumbers: enlarged to 13 digits (still safe) or 21-22 (beyond 2^53: ids survive as strings, counts must be refused). */
const LOSSLESS: TreeKind = {
  isLeafObject: isLosslessNumber,
  enlargeNumber: (value, size) =>
    isLosslessNumber(value) ? new LosslessNumber('9'.repeat(10 + (size % 13))) : undefined,
};

/** number ↔ string ↔ null ↔ array ↔ object ↔ boolean, plus awkward numbers. */
const otherValue = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-1, 0.5, 1e300, SEED_ITEM_IDS[0]!, '', '0'),
  fc.string({ maxLength: 20 }),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
);
const mutations = mutationsArb(otherValue);

const mutatedText = (valid: string) =>
  fc.tuple(mutations, fc.boolean()).map(([list, wrap]) => {
    const body = mutateTree(parseKeep(valid), list, LOSSLESS);
    return stringify(wrap ? { code: 200, msg: 'OK', router: '/x', data: body } : body) ?? 'null';
  });

async function run(
  path: string,
  upstream: { status: number; text: string; headers?: Record<string, string> },
  config: Partial<UpstreamConfig> = {},
) {
  const { app, logs } = proxyApp(
    () =>
      new Response(upstream.text, {
        status: upstream.status,
        headers: { 'content-type': 'application/json', ...upstream.headers },
      }),
    { config },
  );
  const response = await app.request(path);
  return { response, text: await response.text(), logs };
}

type Schema = typeof hashtagListResponseSchema | typeof hashtagDetailResponseSchema;

/** 200 + a contract body with string ids, or a JSON error whose status is one our API promises. */
function expectContractOutcome(status: number, text: string, schema: Schema, allowed: readonly number[]) {
  expect(status).not.toBe(500);
  if (status === 200) {
    const parsed = schema.safeParse(JSON.parse(text));
    expect(parsed.success).toBe(true);
    // Every id leaves the server as a string, however the provider spelled it.
    expect(text).not.toMatch(/"(hashtag_id|item_id)":\s*-?\d/);
    return;
  }
  expect(allowed).toContain(status);
  const body = errorBodySchema.safeParse(JSON.parse(text));
  expect(body.success).toBe(true);
  expect(body.data?.msg.length).toBeGreaterThan(0);
}

describe('upstream fuzzing through the app (proxy mode)', () => {
  it(
    'mutated detail bodies (the seed) → 200 per contract or 502 with a msg',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedText(SEED_DETAIL_TEXT), async (text) => {
          const { response, text: out } = await run(DETAIL, { status: 200, text });
          expectContractOutcome(response.status, out, hashtagDetailResponseSchema, [502]);
        }),
        { numRuns: 150 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'mutated list bodies → 200 per contract or 502 with a msg',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedText(LIST_TEXT), async (text) => {
          const { response, text: out } = await run(LIST, { status: 200, text });
          expectContractOutcome(response.status, out, hashtagListResponseSchema, [502]);
        }),
        { numRuns: 150 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'any text with any status and Retry-After → one of our statuses with a JSON error, never a 500',
    async () => {
      const anyText = fc.oneof(
        fc.json(),
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.nat().map((n) => SEED_DETAIL_TEXT.slice(0, n % SEED_DETAIL_TEXT.length)),
        fc.constantFrom('', '<html>oops</html>', '[[[[[[[[', '{"code":"0","data":{"info":{}}}'),
      );
      const status = fc.oneof(
        fc.constantFrom(200, 400, 401, 403, 404, 429, 500, 502, 503, 504),
        fc.integer({ min: 200, max: 599 }).filter((s) => ![204, 205, 304].includes(s)),
      );
      const retryAfter = fc.option(
        fc.oneof(
          fc.nat().map(String),
          fc.string({ maxLength: 12 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
        ),
        { nil: undefined },
      );
      await fc.assert(
        fc.asyncProperty(anyText, status, retryAfter, fc.boolean(), async (text, code, wait, detail) => {
          const { response, text: out } = await run(detail ? DETAIL : LIST, {
            status: code,
            text,
            headers: wait === undefined ? {} : { 'retry-after': wait },
          });
          expectContractOutcome(
            response.status,
            out,
            detail ? hashtagDetailResponseSchema : hashtagListResponseSchema,
            [400, 404, 429, 502],
          );
          if (response.status === 429) expect(response.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
        }),
        { numRuns: 150 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it('JSON nested 20,000 deep (a stack overflow for a recursive parser) → 502, not a crash', async () => {
    const { response, text } = await run(DETAIL, { status: 200, text: `${'['.repeat(20_000)}${']'.repeat(20_000)}` });
    expectContractOutcome(response.status, text, hashtagDetailResponseSchema, [502]);
    expect(response.status).toBe(502);
  });

  it('keeps every 19-digit id of an unmutated seed exactly (the generator starts from real data)', async () => {
    const { response, text } = await run(DETAIL, { status: 200, text: stringify(parseKeep(SEED_DETAIL_TEXT)) ?? '' });
    expect(response.status).toBe(200);
    expect(text).toContain(`"item_id":"${SEED_ITEM_IDS[0]}"`);
  });

  it(
    'enlarged but valid: 10,000 related items, 10,000 trend points and a 100,000-character name pass through a raised body limit',
    async () => {
      const doc = parseKeep(SEED_DETAIL_TEXT) as { data: { info: Record<string, unknown[] | string> } };
      const info = doc.data.info;
      const items = info.related_items as unknown[];
      info.related_items = Array.from({ length: 10_000 }, (_, i) => items[i % items.length]);
      info.trend = Array.from({ length: 10_000 }, (_, i) => ({
        time: 1_740_355_200 + i * 86_400,
        value: (i % 100) / 100,
      }));
      info.hashtag_name = 'x'.repeat(100_000);
      const big = stringify(doc) ?? '';
      // Over the 2 MB default (TRENDS_API_MAX_BODY_BYTES), which refuses it; raised, the parser copes with the size.
      expect(Buffer.byteLength(big)).toBeGreaterThan(2 * 1024 * 1024);
      expect((await run(DETAIL, { status: 200, text: big })).response.status).toBe(502);
      const { response, text } = await run(DETAIL, { status: 200, text: big }, { maxBodyBytes: 64 * 1024 * 1024 });
      expect(response.status).toBe(200);
      const body = hashtagDetailResponseSchema.parse(JSON.parse(text));
      expect(body.data.info.related_items).toHaveLength(10_000);
      expect(body.data.info.trend).toHaveLength(10_000);
    },
    FUZZ_TIMEOUT,
  );
});
