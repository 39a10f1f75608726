import { describe, expect, it } from 'vitest';
import { compareHref, explorerHref, presentHref } from './deck-links';

describe('deck links', () => {
  it('writes the explorer filters into a deck link, country and period always', () => {
    expect(presentHref({ country: 'US', period: 7 })).toBe('/present?country=US&period=7');
    expect(presentHref({ country: 'GB', period: 30, industry: '25000000000', newOnly: true })).toBe(
      '/present?country=GB&period=30&industry=25000000000&new=1',
    );
  });

  it('encodes each name but keeps the commas readable, and drops a leading #', () => {
    expect(presentHref({ tags: ['chatgpt', '#ラーメン', 'a b'], country: 'JP', period: 7 })).toBe(
      '/present?tags=chatgpt,%E3%83%A9%E3%83%BC%E3%83%A1%E3%83%B3,a%20b&country=JP&period=7',
    );
  });

  it('still takes (names, scope) as the watchlist calls it', () => {
    expect(presentHref(['chatgpt', 'gone'], { country: 'GB', period: 30 })).toBe(
      '/present?tags=chatgpt,gone&country=GB&period=30',
    );
  });

  it('adds the slide only past the first', () => {
    expect(presentHref({ country: 'US', period: 7, slide: 1 })).toBe('/present?country=US&period=7');
    expect(presentHref({ country: 'US', period: 7, slide: 4 })).toBe('/present?country=US&period=7&slide=4');
  });

  it('keeps compare links to five names', () => {
    expect(compareHref(['a', 'b', 'c', 'd', 'e', 'f'], { country: 'GB', period: 30 })).toBe(
      '/compare?tags=a,b,c,d,e&country=GB&period=30',
    );
  });

  it('goes back to the explorer with defaults left out', () => {
    expect(explorerHref({ country: 'US', period: 7 })).toBe('/');
    expect(explorerHref({ country: 'GB', period: 30, industry: '25000000000', newOnly: true })).toBe(
      '/?country=GB&period=30&industry=25000000000&new=1',
    );
  });
});
