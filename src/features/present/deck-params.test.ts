import { describe, expect, it } from 'vitest';
import { MAX_DECK_TAGS, clampSlide, parseDeckParams } from './deck-params';
import { parseTagsParam as parseTags } from '../../lib/tag-names';

const parse = (qs: string) => parseDeckParams(new URLSearchParams(qs));

describe('parseDeckParams', () => {
  it('defaults to the explorer defaults, no tags, slide 1', () => {
    expect(parse('')).toEqual({
      filters: { country: 'US', period: 7, industry: undefined, newOnly: false, tags: [] },
      slide: 1,
      problems: [],
    });
  });

  it('reads the explorer filters, tags and slide', () => {
    const { filters, slide, problems } = parse('country=gb&period=30&industry=25000000000&new=1&tags=a,%23b&slide=3');
    expect(filters).toEqual({ country: 'GB', period: 30, industry: '25000000000', newOnly: true, tags: ['a', 'b'] });
    expect(slide).toBe(3);
    expect(problems).toEqual([]);
  });

  it('falls back with a notice for each bad value', () => {
    const { filters, slide, problems } = parse('country=XX&period=9&industry=1&new=yes&slide=0');
    expect(filters).toMatchObject({ country: 'US', period: 7, industry: undefined, newOnly: false });
    expect(slide).toBe(1);
    expect(problems.map((p) => p.param)).toEqual(['country', 'period', 'industry', 'new', 'slide']);
    expect(problems.at(-1)?.message).toBe('Unknown slide “0”: showing slide 1');
    for (const bad of ['abc', '-2', '2.0', '03']) expect(parse(`slide=${bad}`).slide).toBe(1);
  });

  it('keeps at most MAX_DECK_TAGS names, saying so', () => {
    const names = Array.from({ length: MAX_DECK_TAGS + 3 }, (_, i) => `t${i}`);
    const { filters, problems } = parse(`tags=${names.join(',')}`);
    expect(filters.tags).toHaveLength(MAX_DECK_TAGS);
    expect(problems[0]?.message).toBe(
      `${MAX_DECK_TAGS + 3} hashtags is more than a deck can hold: showing the first ${MAX_DECK_TAGS}`,
    );
  });
});

describe('parseTags', () => {
  it('trims, drops "#", empties and repeats in any case, keeps any script', () => {
    expect(parseTags(' a, #B,,b , ##ラーメン,A')).toEqual(['a', 'B', 'ラーメン']);
    expect(parseTags(null)).toEqual([]);
    expect(parseTags('x'.repeat(201))).toEqual([]);
  });
});

describe('clampSlide', () => {
  it('turns the 1-based slide into an index, clamping past the end with a notice', () => {
    expect(clampSlide(1, 13)).toEqual({ index: 0 });
    expect(clampSlide(13, 13)).toEqual({ index: 12 });
    expect(clampSlide(99, 13)).toEqual({
      index: 12,
      problem: {
        param: 'slide',
        value: '99',
        message: 'There is no slide “99” in this deck of 13: showing the last slide',
      },
    });
  });
});
