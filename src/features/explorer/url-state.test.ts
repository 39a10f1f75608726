import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRIES, INDUSTRIES, PAGE_SIZES, PERIODS } from '../../contract/constants';
import { hashtagHref } from '../../lib/hashtag-href';
import { TREND_STAGES } from '../../contract/trend-stage';
import {
  DEFAULT_FILTERS,
  EXPLORER_PARAMS,
  MAX_QUERY_LENGTH,
  SORT_KEYS,
  applyPatch,
  explorerSearch,
  parseExplorerParams,
  type ExplorerFilters,
} from './url-state';

const parse = (qs: string) => parseExplorerParams(new URLSearchParams(qs));

describe('parseExplorerParams', () => {
  it('gives the defaults for an empty URL, with no problems', () => {
    expect(parse('')).toEqual({ filters: DEFAULT_FILTERS, problems: [] });
  });

  it('reads every valid value of every parameter', () => {
    for (const c of COUNTRIES) expect(parse(`country=${c.code}`).filters.country).toBe(c.code);
    for (const i of INDUSTRIES) expect(parse(`industry=${i.id}`).filters.industry).toBe(i.id);
    for (const p of PERIODS) expect(parse(`period=${p}`).filters.period).toBe(p);
    for (const l of PAGE_SIZES) expect(parse(`limit=${l}`).filters.limit).toBe(l);
    expect(parse('new=1').filters.newOnly).toBe(true);
    expect(parse('new=0').filters.newOnly).toBe(false);
    expect(parse('page=5').filters.page).toBe(5);
    expect(parse('since=2026-11-16').filters.since).toBe('2026-11-16');
    expect(parse('since=2024-02-29').filters.since).toBe('2024-02-29');
    expect(parse('page=2&limit=50').filters.page).toBe(2);
    expect(parse('q=%D0%BA%D1%83%D1%80').filters.q).toBe('кур');
    expect(parse('sort=-views').filters.sort).toEqual({ key: 'views', dir: 'desc' });
    expect(parse('sort=change').filters.sort).toEqual({ key: 'change', dir: 'asc' });
    expect(parse('hidePromoted=1').filters.hidePromoted).toBe(true);
    expect(parse('sort=stage').filters.sort).toEqual({ key: 'stage', dir: 'asc' });
    expect(parse('sort=-stage').filters.sort).toEqual({ key: 'stage', dir: 'desc' });
    for (const s of TREND_STAGES) expect(parse(`stage=${s}`).filters.stage).toBe(s);
  });

  it('accepts a lower-case country code', () => {
    expect(parse('country=gb')).toEqual({ filters: { ...DEFAULT_FILTERS, country: 'GB' }, problems: [] });
  });

  it('treats empty values as absent', () => {
    expect(parse('country=&industry=&period=&page=')).toEqual({ filters: DEFAULT_FILTERS, problems: [] });
  });

  it.each([
    ['country', 'XX', 'Unknown country “XX”: showing United States'],
    ['country', 'UK', 'Unknown country “UK”: showing United States'],
    ['country', 'USA', 'Unknown country “USA”: showing United States'],
    ['industry', '99999999999', 'Unknown industry “99999999999”: showing all industries'],
    ['industry', 'games', 'Unknown industry “games”: showing all industries'],
    ['period', '90', 'Unknown period “90”: showing 7 days'],
    ['period', '07', 'Unknown period “07”: showing 7 days'],
    ['new', 'yes', 'Unknown value “yes” for “New to top 100”: showing all hashtags'],
    ['page', '0', 'Page “0” does not exist: showing page 1'],
    ['page', '-2', 'Page “-2” does not exist: showing page 1'],
    ['page', '6', 'Page “6” does not exist: showing page 1'],
    ['page', '1.5', 'Page “1.5” does not exist: showing page 1'],
    ['limit', '30', 'Unknown rows per page “30”: showing 20'],
    ['sort', 'name', 'Unknown sort order “name”: showing rank order'],
    ['hidePromoted', 'true', 'Unknown value “true” for “Hide promoted”: showing promoted hashtags'],
    ['stage', 'rising', 'Unknown stage “rising”: showing all stages'],
    ['stage', 'Booming', 'Unknown stage “Booming”: showing all stages'],
    ['sort', 'stages', 'Unknown sort order “stages”: showing rank order'],
    // a day, never a relative key: a shared link shows the same changes to everyone (filter-params.ts)
    ['since', '7d', 'Unknown date “7d” for “Changes since” (expected a day such as 2026-11-16): showing no changes'],
    [
      'since',
      '2026-02-30',
      'Unknown date “2026-02-30” for “Changes since” (expected a day such as 2026-11-16): showing no changes',
    ],
    [
      'since',
      '2026-11-16T00:00',
      'Unknown date “2026-11-16T00:00” for “Changes since” (expected a day such as 2026-11-16): showing no changes',
    ],
    [
      'since',
      '16/11/2026',
      'Unknown date “16/11/2026” for “Changes since” (expected a day such as 2026-11-16): showing no changes',
    ],
  ])('%s=%s falls back to the default and says so', (param, value, message) => {
    const { filters, problems } = parse(`${param}=${encodeURIComponent(value)}`);
    expect(filters).toEqual(DEFAULT_FILTERS);
    expect(problems).toEqual([{ param, value, message }]);
  });

  it('checks the page against the page size', () => {
    expect(parse('page=3&limit=50').problems.map((p) => p.param)).toEqual(['page']);
    expect(parse('page=2&limit=100').filters.page).toBe(1);
  });

  it('keeps the good values when some are bad, and reports each bad one', () => {
    const { filters, problems } = parse('country=JP&period=365&industry=x&limit=50');
    expect(filters).toEqual({ ...DEFAULT_FILTERS, country: 'JP', limit: 50 });
    expect(problems.map((p) => p.param)).toEqual(['period', 'industry']);
  });

  it('shortens very long values in messages', () => {
    const { problems } = parse(`country=${'A'.repeat(500)}`);
    expect(problems[0]?.message.length).toBeLessThan(100);
    expect(problems[0]?.value).toHaveLength(500);
  });

  it('caps the filter text', () => {
    expect(parse(`q=${'a'.repeat(500)}`).filters.q).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('explorerSearch', () => {
  it('leaves defaults out of the URL', () => {
    expect(explorerSearch(DEFAULT_FILTERS).toString()).toBe('');
  });

  it('writes every non-default value in a fixed order', () => {
    const filters: ExplorerFilters = {
      country: 'GB',
      industry: '25000000000',
      period: 30,
      newOnly: true,
      page: 2,
      limit: 50,
      q: 'ラーメン',
      sort: { key: 'views', dir: 'desc' },
      hidePromoted: true,
      stage: 'Rising',
      since: '2026-11-16',
    };
    expect(explorerSearch(filters).toString()).toBe(
      'country=GB&period=30&industry=25000000000&new=1&page=2&limit=50&q=%E3%83%A9%E3%83%BC%E3%83%A1%E3%83%B3&sort=-views&hidePromoted=1&stage=Rising&since=2026-11-16',
    );
  });

  it('keeps parameters it does not own, untouched', () => {
    const current = new URLSearchParams('utm_source=slack&country=XX&ref=a%20b&ref=c');
    const out = explorerSearch({ ...DEFAULT_FILTERS, period: 30 }, current);
    expect(out.toString()).toBe('period=30&utm_source=slack&ref=a+b&ref=c');
    expect(out.getAll('ref')).toEqual(['a b', 'c']);
  });
});

describe('applyPatch', () => {
  const onPage3 = { ...DEFAULT_FILTERS, page: 3 };
  it.each([
    [{ country: 'FR' }],
    [{ industry: '25000000000' }],
    [{ period: 30 as const }],
    [{ newOnly: true }],
    [{ limit: 50 as const }],
  ])('goes back to page 1 when the list changes: %o', (patch) => {
    expect(applyPatch(onPage3, patch).page).toBe(1);
  });

  it('keeps the page for view options and unchanged values', () => {
    expect(
      applyPatch(onPage3, { q: 'x', hidePromoted: true, sort: { key: 'posts', dir: 'desc' }, stage: 'Cooling' }).page,
    ).toBe(3);
    expect(applyPatch(onPage3, { country: 'US' }).page).toBe(3);
    expect(applyPatch(onPage3, { page: 4 }).page).toBe(4);
  });
});

const validFilters: fc.Arbitrary<ExplorerFilters> = fc
  .record({
    country: fc.constantFrom(...COUNTRIES.map((c) => c.code)),
    industry: fc.option(fc.constantFrom(...INDUSTRIES.map((i) => i.id)), { nil: undefined }),
    period: fc.constantFrom(...PERIODS),
    newOnly: fc.boolean(),
    limit: fc.constantFrom(...PAGE_SIZES),
    pageFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    q: fc.string({ unit: 'grapheme', maxLength: MAX_QUERY_LENGTH }),
    sort: fc.record({ key: fc.constantFrom(...SORT_KEYS), dir: fc.constantFrom('asc' as const, 'desc' as const) }),
    hidePromoted: fc.boolean(),
    stage: fc.option(fc.constantFrom(...TREND_STAGES), { nil: undefined }),
    since: fc.option(
      fc
        .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      { nil: undefined },
    ),
  })
  .map(({ pageFraction, ...rest }) => {
    const lastPage = Math.ceil(100 / rest.limit);
    return { ...rest, page: Math.min(lastPage, 1 + Math.floor(pageFraction * lastPage)) };
  });

describe('properties', () => {
  it('never throws on arbitrary query strings and always returns valid filters', () => {
    const keys = [...EXPLORER_PARAMS, 'other'];
    const queryString = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc
        .array(fc.tuple(fc.constantFrom(...keys), fc.string({ unit: 'binary' })))
        .map((pairs) => new URLSearchParams(pairs).toString()),
    );
    fc.assert(
      fc.property(queryString, (qs) => {
        const { filters, problems } = parse(qs);
        expect(COUNTRIES.some((c) => c.code === filters.country)).toBe(true);
        expect(filters.industry === undefined || INDUSTRIES.some((i) => i.id === filters.industry)).toBe(true);
        expect(PERIODS).toContain(filters.period);
        expect(PAGE_SIZES).toContain(filters.limit);
        expect(Number.isInteger(filters.page) && filters.page >= 1 && filters.page <= 100 / filters.limit).toBe(true);
        expect(filters.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(SORT_KEYS).toContain(filters.sort.key);
        expect(filters.stage === undefined || TREND_STAGES.includes(filters.stage)).toBe(true);
        expect(filters.since === undefined || /^\d{4}-\d{2}-\d{2}$/.test(filters.since)).toBe(true);
        for (const p of problems) expect(p.message).toContain('“');
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips: parse(serialize(filters)) gives the same filters and no problems', () => {
    fc.assert(
      fc.property(validFilters, (filters) => {
        const qs = explorerSearch(filters).toString();
        expect(parse(qs)).toEqual({ filters, problems: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('serialising twice changes nothing and keeps foreign parameters', () => {
    const foreign = fc.array(
      fc.tuple(
        fc.string({ minLength: 1 }).filter((k) => !(EXPLORER_PARAMS as readonly string[]).includes(k)),
        fc.string(),
      ),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(validFilters, foreign, (filters, pairs) => {
        const once = explorerSearch(filters, new URLSearchParams(pairs));
        const twice = explorerSearch(parse(once.toString()).filters, once);
        expect(twice.toString()).toBe(once.toString());
        for (const [k] of pairs) expect(twice.getAll(k)).toEqual(new URLSearchParams(pairs).getAll(k));
      }),
    );
  });
});

describe('hashtagHref', () => {
  it('encodes names in any script and omits defaults', () => {
    expect(hashtagHref('курск', { country: 'US', period: 7 })).toBe('/hashtag/%D0%BA%D1%83%D1%80%D1%81%D0%BA');
    expect(hashtagHref('ラーメン', { country: 'JP', period: 30 })).toBe(
      '/hashtag/%E3%83%A9%E3%83%BC%E3%83%A1%E3%83%B3?country=JP&period=30',
    );
    expect(hashtagHref('a/b?c#d', { country: 'GB', period: 7 })).toBe('/hashtag/a%2Fb%3Fc%23d?country=GB');
  });
});
