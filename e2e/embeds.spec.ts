import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { appReady } from './server-data';
import { watchErrors } from './console-errors';

/**
 * Another site: a page of someone's intranet that frames our embeds, served by the test on its own port
 * (a real server: Chromium treats a page that page.route makes up as a public site, which may not frame
 * a loopback one at all, Local Network Access). `localhost` here, `127.0.0.1` for the app: two origins.
 */
let host: Server;
let hostBody = '';
test.beforeAll(async () => {
  host = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><head><title>Quarterly review</title></head><body><h1>Quarterly review</h1>${hostBody}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

async function openHostPage(page: Page, body: string) {
  hostBody = body;
  await page.goto(`http://localhost:${(host.address() as AddressInfo).port}/review.html`);
}

test('another site shows our top list and a hashtag’s chart, each with its table view and a credit', async ({
  page,
  baseURL,
}) => {
  const errors = watchErrors(page);
  await openHostPage(page, `<iframe src="${baseURL}/embed?limit=5" width="600" height="400" title="Top 5"></iframe>`);
  const top = page.frameLocator('iframe[title="Top 5"]');
  const table = top.getByRole('table', { name: 'Top 5 hashtags' });
  await expect(table.getByRole('row')).toHaveCount(6);
  const first = (await table.getByRole('row').nth(1).getByRole('cell').first().textContent())?.replace(/^#/, '') ?? '';
  expect(first).not.toBe('');
  // the credit's address resolves in the frame, on our origin, whatever site frames it
  const topCredit = top.getByRole('link', { name: 'Hashtag Trends · open full view' });
  expect(await topCredit.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${baseURL}/`);

  // a narrow frame (a sidebar, a phone): the figure follows its width
  await openHostPage(
    page,
    `<iframe src="${baseURL}/embed/hashtag/${encodeURIComponent(first)}?period=30&theme=dark" width="360" height="520" title="Chart"></iframe>`,
  );
  const frame = page.frameLocator('iframe[title="Chart"]');
  const figure = frame.getByRole('figure', { name: 'Popularity over time' });
  await expect(figure.locator('svg.chart-static')).toBeVisible();
  await expect(frame.locator('html')).toHaveClass(/\bdark\b/);
  await figure.getByRole('button', { name: 'Show table for Popularity over time' }).click();
  await expect(figure.getByRole('table', { name: 'Popularity over time' })).toBeVisible();
  const credit = frame.getByRole('link', { name: 'Hashtag Trends · open full view' });
  expect(await credit.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(
    `${baseURL}/hashtag/${encodeURIComponent(first)}?period=30`,
  );
  await expect(credit).toHaveAttribute('target', '_blank');
  const child = page.frames().find((f) => f.url().startsWith(`${baseURL}/embed/`));
  const overflow = await child?.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBe(0);
  expect(errors).toEqual([]);
});

test('our other pages do not render inside another site’s frame', async ({ page, baseURL }) => {
  const refused: string[] = [];
  page.on('console', (msg) => {
    if (/frame-ancestors/.test(msg.text())) refused.push(msg.text());
  });
  await openHostPage(
    page,
    `<iframe src="${baseURL}/" title="Explorer"></iframe><iframe src="${baseURL}/compare?tags=a,b" title="Compare"></iframe>` +
      `<iframe src="${baseURL}/embed" title="Embed"></iframe>`,
  );
  // the embed beside them does render: the frames were given their time
  await expect(page.frameLocator('iframe[title="Embed"]').getByRole('table')).toBeVisible();
  await expect.poll(() => refused.length).toBe(2);
  for (const title of ['Explorer', 'Compare']) {
    await expect(page.frameLocator(`iframe[title="${title}"]`).getByRole('heading')).toHaveCount(0);
  }
  const appFrames = page.frames().filter((f) => f.url().startsWith(`${baseURL}/`) && !f.url().includes('/embed'));
  expect(appFrames).toEqual([]);
});

test('the Embed button’s code, pasted into another site, shows the chosen chart', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/');
  await appReady(page);
  const name = (await page.getByRole('link', { name: /^#/ }).first().textContent())?.replace(/^#/, '').trim() ?? '';
  await page.goto(`/hashtag/${encodeURIComponent(name)}`);
  await appReady(page);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await dialog.getByText('Audience age').click();
  const code = dialog.getByRole('textbox', { name: /Embed code/ });
  await expect(code).toHaveValue(/chart=age/);
  const snippet = await code.inputValue();
  expect(snippet).toMatch(
    /^<iframe src="[^"]+" width="\d+" height="\d+" title="[^"]+" loading="lazy" style="border:0"><\/iframe>$/,
  );
  await dialog.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Embed code copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Embed', exact: true })).toBeFocused();

  await openHostPage(page, snippet);
  const figure = page.frameLocator('iframe').getByRole('figure', { name: 'Audience age' });
  await expect(figure.locator('svg.chart-static')).toBeVisible();
});
