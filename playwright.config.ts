import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, assertChromium } from './e2e/chromium';

// Playwright cannot download browsers here: we drive Debian's Chromium.
assertChromium();

const PORT = Number(process.env.E2E_PORT ?? 4173);
/**
 * The e2e server's history store (PGlite), emptied before each start: never a developer's ./data, and
 * a first start each run, so the demo backfills its 30 days (e2e/history-ready.ts waits for them).
 * One per port, so runs in several worktrees at once do not share it (PGlite locks its directory).
 */
const DATA_DIR = join(tmpdir(), `hashtag-trends-e2e-data-${PORT}`);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  globalSetup: './e2e/history-ready.ts',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    acceptDownloads: true,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: [...CHROMIUM_FLAGS],
        },
      },
    },
  ],
  // The production build and server, in demo mode: what users get, with its default TRACK_SCOPES. No
  // collection on the clock (COLLECT_CRON=off): what a test sees does not depend on the time it runs.
  webServer: {
    command: `rm -rf '${DATA_DIR}' && npm run build && PORT=${PORT} TRENDS_API_BASE_URL= DATA_DIR='${DATA_DIR}' COLLECT_CRON=off node dist-server/node.js`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
