/**
 * URL fuzzing for every route's parser: whatever a shared or hand-edited link holds, each view gets
 * valid filters (checked against the contract's own constants) and never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRIES, INDUSTRIES, PAGE_SIZES, PERIODS, CHART_SIZE, isKnownCountry } from '../contract/constants';
import { detailParamsSchema } from '../contract/api-params';
import { DETAIL_PATH, apiUrl, detailParams } from '../contract/api-routes';
import { parseCompareParams, compareSearch, MODE_LABELS } from '../features/compare/compare-params';
import {
  EXPLORER_PARAMS,
  MAX_QUERY_LENGTH,
  SORT_KEYS,
  explorerSearch,
  parseExplorerParams,
} from '../features/explorer/url-state';
import { TREND_STAGES } from '../contract/trend-stage';
import { MAX_DECK_TAGS, clampSlide, parseDeckParams } from '../features/present/deck-params';
import { COMPARE_MAX } from '../lib/deck-links';
import { parseScope, type ParamProblem, type TrendScope } from '../contract/filter-params';
import { hashtagHref } from '../lib/hashtag-href';

const RUNS = { numRuns: 300 };

/** No lone surrogates (String.prototype.isWellFormed, without needing the ES2024 lib). */
const isWellFormed = (s: string) => !/\p{Surrogate}/u.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));

/** Every key any route reads, so the generators hit real parameters, not only noise. */
const KEYS = [...new Set<string>([...EXPLORER_PARAMS, 'tags', 'mode', 'slide', 'name', 'hashtag_name'])];

/** Bits of values that break naive parsers: bad escapes, separators, near-misses of valid values. */
const NASTY = [
  '%',
  '%2',
  '%ZZ',
  '%E0%A4%A',
  '%C0%AF',
  '%00',
  '%FF',
  '%uD800',
  '+',
  '&',
  '=',
  '#',
  '?',
  ',',
  ',,',
  ' ',
  '\u0000',
  '\uD800',
  '\u202E',
  '😀',
  'ラーメン',
  'курск',
  '<script>',
  '"',
  "'",
  '\\',
  '-',
  '--',
  '0',
  '00',
  '07',
  '7.0',
  '1e3',
  '-1',
  'NaN',
  'Infinity',
  '9'.repeat(30),
  'US',
  'us',
  ' GB ',
  'UK',
  'XX',
  '30',
  '120',
  '90',
  '25000000000',
  '1',
  'true',
  'rank',
  '-views',
  'Rising',
  'posts',
  'relative',
  'new_on_board',
  '# #',
  '%23%20%23',
  '#',
];

const nastyValue = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.array(fc.constantFrom(...NASTY), { maxLength: 6 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 300 }),
);

/** Query strings as they might arrive in location.search: raw text, web-style, percent garbage, repeated keys. */
const queryString = fc.oneof(
  fc.webQueryParameters(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(fc.tuple(fc.constantFrom(...KEYS, ...NASTY), nastyValue), { maxLength: 12 })
    .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
  // Properly encoded, with keys repeated (URLSearchParams.get reads the first).
  fc
    .array(fc.tuple(fc.constantFrom(...KEYS), nastyValue), { maxLength: 12 })
    .map((pairs) => new URLSearchParams(pairs).toString()),
);

const countryCodes: readonly string[] = COUNTRIES.map((c) => c.code);
const industryIds: readonly string[] = INDUSTRIES.map((i) => i.id);
const periods: readonly number[] = PERIODS;

function expectValidScope(scope: TrendScope) {
  expect(countryCodes).toContain(scope.country);
  expect(periods).toContain(scope.period);
}

function expectWellFormedProblems(problems: readonly ParamProblem[], search: URLSearchParams) {
  for (const p of problems) {
    expect(typeof p.param).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
    // Messages quote at most 40 characters of the raw value, so a huge value cannot flood a notice.
    expect(p.message.length).toBeLessThan(300);
    expect(search.has(p.param)).toBe(true);
  }
}

describe('URL fuzzing: every route parses any query string into valid values', () => {
  it('explorer `/`', () => {
    fc.assert(
      fc.property(queryString, (qs) => {
        const search = new URLSearchParams(qs);
        const { filters, problems } = parseExplorerParams(search);
        expectValidScope(filters);
        if (filters.industry !== undefined) expect(industryIds).toContain(filters.industry);
        expect(PAGE_SIZES).toContain(filters.limit);
        expect(Number.isInteger(filters.page)).toBe(true);
        expect(filters.page).toBeGreaterThanOrEqual(1);
        expect(filters.page).toBeLessThanOrEqual(Math.ceil(CHART_SIZE / filters.limit));
        expect(filters.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(SORT_KEYS).toContain(filters.sort.key);
        expect(['asc', 'desc']).toContain(filters.sort.dir);
        if (filters.stage !== undefined) expect(TREND_STAGES).toContain(filters.stage);
        expectWellFormedProblems(problems, search);
        // What the page writes back is understood without complaint.
        const again = parseExplorerParams(explorerSearch(filters, search));
        expect(again.problems).toEqual([]);
        expect(again.filters).toEqual(filters);
      }),
      RUNS,
    );
  });

  it('hashtag detail `/hashtag/:name`: scope from the query, any name from the path', () => {
    fc.assert(
      fc.property(queryString, fc.string({ unit: 'binary', maxLength: 300 }), (qs, rawName) => {
        const search = new URLSearchParams(qs);
        const problems: ParamProblem[] = [];
        const scope = parseScope(search, problems);
        expectValidScope(scope);
        expectWellFormedProblems(problems, search);

        // The page strips one "#" from the decoded path segment, then asks the API; links back encode it.
        const name = rawName.replace(/^#/, '');
        const url = new URL(apiUrl(DETAIL_PATH, detailParams({ name, ...scope })), 'http://x');
        // Lone surrogates are replaced on encoding; anything else reaches the API exactly.
        if (isWellFormed(name)) expect(url.searchParams.get('hashtag_name') ?? '').toBe(name);
        const parsed = detailParamsSchema.safeParse(Object.fromEntries(url.searchParams));
        // The server either accepts the request or names the problem: the page gets a typed answer.
        if (!parsed.success) expect(parsed.error.issues[0]?.message).toBeTruthy();
        const href = new URL(hashtagHref(name, scope), 'http://x');
        if (isWellFormed(name)) expect(decodeURIComponent(href.pathname.slice('/hashtag/'.length))).toBe(name);
        expect(parseScope(href.searchParams)).toEqual(scope);
      }),
      RUNS,
    );
  });

  it('compare `/compare`', () => {
    fc.assert(
      fc.property(queryString, (qs) => {
        const search = new URLSearchParams(qs);
        const params = parseCompareParams(search);
        expectValidScope(params.scope);
        expect(Object.keys(MODE_LABELS)).toContain(params.mode);
        expect(params.tags.length).toBeLessThanOrEqual(COMPARE_MAX);
        expect(params.requested).toBeGreaterThanOrEqual(params.tags.length);
        const keys = new Set<string>();
        for (const tag of params.tags) {
          expect(tag.length).toBeGreaterThan(0);
          expect(tag).toBe(tag.trim());
          expect(tag.startsWith('#')).toBe(false);
          expect(tag).not.toContain(',');
          keys.add(tag.toLocaleLowerCase());
        }
        expect(keys.size).toBe(params.tags.length);
        expectWellFormedProblems(params.problems, search);
        // The page's own URL for this state reads back as the same state.
        const again = parseCompareParams(new URLSearchParams(compareSearch(search, params)));
        expect({ tags: again.tags, scope: again.scope, mode: again.mode }).toEqual({
          tags: params.tags,
          scope: params.scope,
          mode: params.mode,
        });
      }),
      RUNS,
    );
  });

  it('present `/present`', () => {
    fc.assert(
      fc.property(queryString, fc.integer({ min: 0, max: 200 }), (qs, total) => {
        const search = new URLSearchParams(qs);
        const { filters, slide, problems } = parseDeckParams(search);
        expectValidScope(filters);
        if (filters.industry !== undefined) expect(industryIds).toContain(filters.industry);
        expect(typeof filters.newOnly).toBe('boolean');
        expect(Number.isSafeInteger(slide)).toBe(true);
        expect(slide).toBeGreaterThanOrEqual(1);
        expect(filters.tags.length).toBeLessThanOrEqual(MAX_DECK_TAGS);
        const keys = new Set<string>();
        for (const tag of filters.tags) {
          expect(tag.length).toBeGreaterThan(0);
          expect(tag.length).toBeLessThanOrEqual(200);
          expect(tag).toBe(tag.trim());
          expect(tag.startsWith('#')).toBe(false);
          keys.add(tag.toLowerCase());
        }
        expect(keys.size).toBe(filters.tags.length);
        expectWellFormedProblems(problems, search);
        const { index } = clampSlide(slide, total);
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThan(Math.max(1, total));
      }),
      RUNS,
    );
  });

  it('watchlist `/watchlist` (scope only)', () => {
    fc.assert(
      fc.property(queryString, (qs) => {
        const search = new URLSearchParams(qs);
        const problems: ParamProblem[] = [];
        expectValidScope(parseScope(search, problems));
        expectWellFormedProblems(problems, search);
      }),
      RUNS,
    );
  });

  it('accepts country codes in any case and spacing, but only the 71 of the filter list', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...countryCodes),
        fc.constantFrom('', ' ', '\t'),
        fc.boolean(),
        (code, pad, lower) => {
          const raw = `${pad}${lower ? code.toLowerCase() : code}${pad}`;
          const scope = parseScope(new URLSearchParams({ country: raw }));
          expect(scope.country).toBe(code);
          expect(isKnownCountry(scope.country)).toBe(true);
        },
      ),
    );
  });
});
