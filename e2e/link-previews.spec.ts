import { expect, test } from '@playwright/test';

/**
 * What an unfurler reads from a shared link, on the built production server: the head's tags before any
 * script has run, and the picture `og:image` points at.
 */
test('a shared hashtag link unfurls: title, description and a 1200×630 picture', async ({ page }) => {
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto('/hashtag/carmeet?country=FR&period=30&utm_source=chat');
  const meta = (key: string) =>
    page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
  expect(await meta('og:title')).toMatch(/^#carmeet: (#\d+ in )?France, last 30 days, [\d.]+[KMB]? posts$/);
  expect(await meta('twitter:card')).toBe('summary_large_image');
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(
    /^http:\/\/localhost:\d+\/hashtag\/carmeet\?country=FR&period=30$/,
  );
  const image = await meta('og:image');
  expect(image).toMatch(/^http:\/\/localhost:\d+\/og\/hashtag\/carmeet\.png\?country=FR&period=30$/);

  const response = await page.request.get(image!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  expect(png.byteLength).toBeLessThan(150 * 1024);
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});
