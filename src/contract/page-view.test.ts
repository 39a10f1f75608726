import { describe, expect, it } from 'vitest';
import { ogImageHref, pageView, pageWords, viewHref, viewOfImagePath } from './page-view';

const at = (href: string) => {
  const url = new URL(href, 'http://localhost');
  return pageView(url.pathname, url.searchParams);
};

describe('a URL’s view in words', () => {
  it('describes a hashtag with its rank, scope and posts, as the issue writes it', () => {
    expect(pageWords(at('/hashtag/chatgpt'), { rank: 3, posts: 17_543 }).title).toBe(
      '#chatgpt: #3 in United States, last 7 days, 17.5K posts',
    );
    expect(pageWords(at('/hashtag/%23chatgpt?country=fr&period=30')).title).toBe('#chatgpt: France, last 30 days');
    const long = 'word '.repeat(80);
    const description = pageWords(at('/hashtag/a'), { description: long }).description;
    expect(description.length).toBeLessThanOrEqual(200);
    expect(description.endsWith('…')).toBe(true);
  });

  it('describes the explorer by its filters, with the fallbacks the page uses', () => {
    expect(pageWords(at('/?country=FR&industry=22000000000&period=30')).title).toBe(
      'Top 100 TikTok hashtags in France, apparel & accessories, last 30 days',
    );
    expect(pageWords(at('/?country=ZZ&period=9&new=1')).title).toBe(
      'Top 100 TikTok hashtags new to the top 100 in United States, all industries, last 7 days',
    );
  });

  it('describes compare, the deck, the watchlist and an unknown page', () => {
    expect(pageWords(at('/compare?tags=a,%23b,A,c,d,e,f')).title).toBe(
      'Compare #a, #b, #c, #d and #e: United States, last 7 days',
    );
    expect(pageWords(at('/compare')).title).toBe('Compare TikTok hashtags');
    expect(pageWords(at('/present?tags=a,b,c,d,e,f,g&country=GB')).title).toBe(
      'Presentation: #a, #b, #c, #d and #e and 2 more in United Kingdom, last 7 days',
    );
    expect(pageWords(at('/watchlist/')).title).toBe('Watchlist');
    expect(pageWords(at('/no/such/page')).title).toBe('Page not found');
  });
});

describe('a view’s own URL and its picture’s', () => {
  it('keeps only what selects the view, defaults out, in one order', () => {
    expect(viewHref(at('/?period=30&utm=x&country=US&page=3'))).toBe('/?period=30');
    expect(viewHref(at('/hashtag/%E3%83%A9%E3%83%BC%E3%83%A1%E3%83%B3?period=7&country=JP'))).toBe(
      '/hashtag/%E3%83%A9%E3%83%BC%E3%83%A1%E3%83%B3?country=JP',
    );
    expect(viewHref(at('/compare?country=GB&tags=b,a&mode=posts'))).toBe('/compare?tags=b,a&country=GB');
    expect(viewHref(at('/present?slide=4&new=1&tags=x'))).toBe('/present?tags=x&new=1');
  });

  it('maps a page to its picture and the picture back to the same view', () => {
    for (const href of [
      '/?country=FR&industry=22000000000',
      '/hashtag/a%2Fb?period=30',
      '/compare?tags=a,b',
      '/watchlist',
    ]) {
      const view = at(href);
      const image = new URL(ogImageHref(view), 'http://localhost');
      expect(image.pathname).toMatch(/^\/og\/.+\.png$/);
      expect(viewOfImagePath(image.pathname, image.searchParams)).toEqual(view);
    }
    expect(ogImageHref(at('/'))).toBe('/og/explorer.png');
    expect(ogImageHref(at('/nowhere'))).toBe('/og/explorer.png');
    expect(viewOfImagePath('/og/nowhere.png', new URLSearchParams())).toBeUndefined();
    expect(viewOfImagePath('/hashtag/a.png', new URLSearchParams())).toBeUndefined();
  });
});
