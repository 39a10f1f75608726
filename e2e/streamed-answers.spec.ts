import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { watchErrors } from './console-errors';

/**
 * A provider slower than a page's data wait (300 ms): our production server sends the page at its wait,
 * drawn loading, with the late answers following in the same response (server/pages/render-page.ts),
 * and the browser takes them from the page instead of asking again (src/api/streamed-answers.ts).
 * Our server runs here against a slow stand-in for the provider, built from the real answers.
 */
const LATENCY_MS = 10_000;
const DETAIL = readFileSync('src/contract/fixtures/seed-hashtag-detail_chatgpt_US.json', 'utf8');
const LIST = readFileSync('src/testing/fixtures/hashtag-list-us-7d-page1.json', 'utf8');
/** Scopes no run has asked for yet (a run's answers stay in the server's cache), one per repeat and retry. */
const COUNTRIES = ['US', 'GB', 'FR', 'DE', 'JP', 'BR', 'IT', 'ES'];

let port: number;
let provider: Server;
let server: ChildProcess;
let dataDir: string;

test.beforeAll(async () => {
  provider = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://provider').pathname;
    const body = path.endsWith('/detail') ? DETAIL : path.endsWith('/hashtag') ? LIST : undefined;
    setTimeout(() => {
      if (body) response.writeHead(200, { 'content-type': 'application/json' }).end(body);
      else response.writeHead(404, { 'content-type': 'application/json' }).end('{"code":404,"msg":"not found"}');
    }, LATENCY_MS);
  });
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  dataDir = mkdtempSync(join(tmpdir(), 'streamed-answers-'));
  // a server per worker (a retry runs in a new one)
  port = Number(process.env.E2E_PORT ?? 4173) + 7 + test.info().workerIndex;
  server = spawn('node', ['dist-server/node.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      TRENDS_API_BASE_URL: `http://127.0.0.1:${(provider.address() as AddressInfo).port}`,
      TRENDS_API_KEY: 'test-key',
      // longer than the stand-in's latency: slow, not failing
      TRENDS_API_TIMEOUT_MS: String(LATENCY_MS * 2),
      DATA_DIR: dataDir,
      COLLECT_CRON: 'off',
      // no store to open: this server only has to answer pages
      HISTORY: 'off',
    },
    stdio: 'ignore',
  });
  await expect
    .poll(
      () =>
        fetch(`http://127.0.0.1:${port}/api/health`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 30_000 },
    )
    .toBe(200);
});

test.afterAll(async () => {
  server?.kill();
  provider?.closeAllConnections();
  await new Promise((resolve) => provider?.close(resolve));
  rmSync(dataDir, { recursive: true, force: true });
});

test('a slow provider: the page comes at its wait and hydrates, the late answers follow in it, and the browser asks for none of them', async ({
  page,
}) => {
  const problems = watchErrors(page);
  const asked: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/tiktok/')) asked.push(url.pathname + url.search);
  });
  const { repeatEachIndex, retry } = test.info();
  const country = COUNTRIES[(repeatEachIndex * 3 + retry) % COUNTRIES.length]!;
  await page.goto(`http://127.0.0.1:${port}/hashtag/chatgpt?country=${country}`, { waitUntil: 'commit' });
  // the page itself, drawn loading; the app hydrates it while the response is still coming
  // (a server just started, on a busy machine, can take seconds over its first page)
  await expect(page.getByRole('heading', { level: 1, name: '#chatgpt' })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready', { timeout: LATENCY_MS });
  expect(await page.evaluate(() => document.readyState)).toBe('loading');
  // then the data, from the same response
  await expect(page.getByRole('figure', { name: 'Popularity over time' }).locator('svg.chart-static')).toBeVisible({
    timeout: LATENCY_MS * 2,
  });
  await expect(page.getByText('Posts, last 7 days')).toBeVisible();
  expect(asked.filter((path) => path.includes(`hashtag_name=chatgpt&country_code=${country}&period=7`))).toEqual([]);
  expect(problems).toEqual([]);
});
