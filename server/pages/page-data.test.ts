// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../app';
import { detailPageData, hashtagOfPath, type ApiFetch } from './page-data';

const demo = createApp({});
const askDemo: ApiFetch = (path) => demo.request(path);
const at = (path: string) => new URL(path, 'http://localhost');

/** The demo API's answer for a hashtag page, with `change` applied to its detail. */
async function demoAnswerWith(change: (info: Record<string, unknown>) => void): Promise<string> {
  const body = (await (
    await askDemo('/api/tiktok/popular-trend/hashtag/detail?hashtag_name=carmeet&country_code=FR&period=30')
  ).json()) as {
    data: { info: Record<string, unknown> };
  };
  change(body.data.info);
  return JSON.stringify(body);
}

describe('the data a hashtag page is sent with', () => {
  it('is our API’s answer to the exact request the page makes, with the detail read by the app’s schema', async () => {
    const data = await detailPageData(at('/hashtag/carmeet?period=30&country=FR&utm=x'), askDemo, 1000);
    expect(data?.apiUrl).toBe(
      '/api/tiktok/popular-trend/hashtag/detail?hashtag_name=carmeet&country_code=FR&period=30',
    );
    expect(data?.name).toBe('carmeet');
    expect(data?.scope).toEqual({ country: 'FR', period: 30 });
    expect(data?.detail.hashtag_name).toBe('carmeet');
    expect(data?.stale).toBe(false);
    // The body as the API sent it: 19-digit ids as strings, untouched.
    expect(data?.body).toBe(await (await askDemo(data!.apiUrl)).text());
  });

  it('reads the name from the path as the router does: decoded, a leading "#" dropped', () => {
    expect(hashtagOfPath('/hashtag/%D0%BA%D1%83%D1%80%D1%81%D0%BA')).toBe('курск');
    expect(hashtagOfPath('/hashtag/%23carmeet/')).toBe('carmeet');
    for (const path of ['/', '/hashtag/', '/hashtag/a/b', '/compare', '/hashtag/%E0%A4%A', '/hashtag/%23']) {
      expect(hashtagOfPath(path), path).toBeUndefined();
    }
  });

  it('is not fetched for other pages', async () => {
    const fetchApi = vi.fn(askDemo);
    for (const path of ['/', '/compare?tags=a', '/hashtag/', '/watchlist']) {
      expect(await detailPageData(at(path), fetchApi, 1000), path).toBeUndefined();
    }
    expect(fetchApi).not.toHaveBeenCalled();
  });

  it('answers a URL the app would correct with a notice as the app corrects it, marked as corrected', async () => {
    const corrected = await detailPageData(at('/hashtag/carmeet?country=ZZ&period=9'), askDemo, 1000);
    expect(corrected?.corrected).toBe(true);
    expect(corrected?.scope).toEqual({ country: 'US', period: 7 });
    expect(corrected?.apiUrl).toBe(
      '/api/tiktok/popular-trend/hashtag/detail?hashtag_name=carmeet&country_code=US&period=7',
    );
    expect((await detailPageData(at('/hashtag/carmeet?country=GB'), askDemo, 1000))?.corrected).toBe(false);
  });

  it('is left out when the API says no: an unknown hashtag, an error inside a 200, a body the schema refuses', async () => {
    expect(await detailPageData(at('/hashtag/no-such-hashtag-zz'), askDemo, 1000)).toBeUndefined();
    const answering =
      (body: string, status = 200): ApiFetch =>
      () =>
        new Response(body, { status });
    expect(
      await detailPageData(at('/hashtag/carmeet'), answering('{"code":40101,"msg":"bad key"}'), 1000),
    ).toBeUndefined();
    expect(
      await detailPageData(at('/hashtag/carmeet'), answering('{"code":0,"data":{"info":{"hashtag_name":5}}}'), 1000),
    ).toBeUndefined();
    expect(await detailPageData(at('/hashtag/carmeet'), answering('not json'), 1000)).toBeUndefined();
    expect(await detailPageData(at('/hashtag/carmeet'), answering('{}', 502), 1000)).toBeUndefined();
    expect(await detailPageData(at('/hashtag/carmeet'), () => Promise.reject(new Error('down')), 1000)).toBeUndefined();
  });

  it('does not hold the page for a slow provider: after the wait it goes without', async () => {
    const slow: ApiFetch = (path) => new Promise((resolve) => setTimeout(() => resolve(demo.request(path)), 200));
    const started = Date.now();
    expect(await detailPageData(at('/hashtag/carmeet'), slow, 20)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(150);
  });

  it('carries the stale mark of saved data served after the provider failed', async () => {
    const stale: ApiFetch = async (path) => {
      const real = await demo.request(path);
      return new Response(await real.text(), { headers: { 'content-type': 'application/json', 'X-Data-Stale': '1' } });
    };
    expect((await detailPageData(at('/hashtag/carmeet'), stale, 1000))?.stale).toBe(true);
  });

  it('keeps hostile text as data: the schema lets it through, the shell escapes it (route-shell.test.ts)', async () => {
    const body = await demoAnswerWith((info) => (info.description = '</script><script>alert(1)</script>'));
    const data = await detailPageData(at('/hashtag/carmeet'), () => new Response(body), 1000);
    expect(data?.detail.description).toBe('</script><script>alert(1)</script>');
  });
});
