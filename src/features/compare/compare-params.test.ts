import { describe, expect, it } from 'vitest';
import { compareSearch, overLimitMessage, parseCompareParams } from './compare-params';
import { hasTag, parseTagsParam } from '../../lib/tag-names';

const parse = (qs: string) => parseCompareParams(new URLSearchParams(qs));

describe('parseTagsParam', () => {
  it('trims, drops "#" and empties, and de-duplicates case-insensitively (first spelling wins)', () => {
    expect(parseTagsParam(' a ,#b,,A, #B ,c,')).toEqual(['a', 'b', 'c']);
    expect(parseTagsParam(null)).toEqual([]);
    expect(parseTagsParam('')).toEqual([]);
  });
  it('keeps names in any script', () => {
    expect(parseTagsParam('ラーメン,курск,КУРСК')).toEqual(['ラーメン', 'курск']);
  });
  it('is compared case-insensitively', () => {
    expect(hasTag(['ChatGPT'], 'chatgpt')).toBe(true);
    expect(hasTag(['ChatGPT'], 'gpt')).toBe(false);
  });
});

describe('parseCompareParams', () => {
  it('reads tags, scope and mode', () => {
    expect(parse('tags=a,b&country=gb&period=30&mode=posts')).toMatchObject({
      tags: ['a', 'b'],
      requested: 2,
      scope: { country: 'GB', period: 30 },
      mode: 'posts',
      problems: [],
    });
  });

  it('decodes percent-encoded names and survives a stray "%"', () => {
    expect(parse('tags=%E3%83%A9%E3%83%BC%E3%83%A1%E3%83%B3,a%20b,%23c').tags).toEqual(['ラーメン', 'a b', 'c']);
    expect(parse('tags=100%,x%zz').tags).toEqual(['100%', 'x%zz']);
  });

  it('keeps the first five of more, and says so', () => {
    const params = parse('tags=a,b,c,d,e,f,g');
    expect(params.tags).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(params.requested).toBe(7);
    expect(overLimitMessage(params)).toBe('Showing the first 5 of 7 hashtags');
    expect(overLimitMessage(parse('tags=a,b,c,d,e,e,E'))).toBeUndefined();
  });

  it('falls back on unknown values with a notice each', () => {
    const params = parse('tags=a&country=XX&period=9&mode=log');
    expect(params).toMatchObject({ scope: { country: 'US', period: 7 }, mode: 'relative' });
    expect(params.problems.map((p) => p.message)).toEqual([
      'Unknown country “XX”: showing United States',
      'Unknown period “9”: showing 7 days',
      'Unknown scale “log”: showing Relative (peak = 100)',
    ]);
  });
});

describe('compareSearch', () => {
  const scope = { country: 'US', period: 7 as const };
  it('writes readable tags first, leaves defaults out and keeps unknown parameters', () => {
    const current = new URLSearchParams('tags=x&utm_source=mail&country=US');
    expect(compareSearch(current, { tags: ['a', 'ラーメン', 'b c'], scope, mode: 'relative' })).toBe(
      '?tags=a,%E3%83%A9%E3%83%BC%E3%83%A1%E3%83%B3,b%20c&utm_source=mail',
    );
    expect(
      compareSearch(new URLSearchParams(), { tags: ['a'], scope: { country: 'GB', period: 30 }, mode: 'posts' }),
    ).toBe('?tags=a&country=GB&period=30&mode=posts');
  });
  it('round-trips through the parser', () => {
    const tags = ['ab', 'x y', 'ラーメン'];
    const search = compareSearch(new URLSearchParams(), { tags, scope, mode: 'posts' });
    expect(parse(search.slice(1))).toMatchObject({ tags, mode: 'posts', scope });
  });
  it('is empty when nothing is set', () => {
    expect(compareSearch(new URLSearchParams('tags=a'), { tags: [], scope, mode: 'relative' })).toBe('');
  });
});
