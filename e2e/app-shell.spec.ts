import { expect, test } from '@playwright/test';
import { appReady } from './server-data';

test('the app shell loads on demo data with no console errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  await page.goto('/');
  await appReady(page);
  await expect(page.getByRole('banner')).toContainText('Hashtag Trends');
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText(/demo data/i);
  await expect(page.getByRole('table', { name: /hashtags/i }).getByRole('row')).toHaveCount(21);
  expect(problems).toEqual([]);
});

test('security headers are on every response', async ({ request }) => {
  for (const path of ['/', '/hashtag/anything', '/api/tiktok/popular-trend/hashtag?country_code=US&period=7']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("script-src 'self'");
    expect(headers['content-security-policy']).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-powered-by']).toBeUndefined();
  }
});

test('a deep link is served the app (SPA fallback) and unknown paths say so', async ({ page }) => {
  await page.goto('/no/such/view');
  await appReady(page);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
