/** Debian's Chromium, shared by the Playwright config and the bench (no browser download). */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Quiet, reproducible Chromium: no background traffic, no QUIC, no GPU, no sandbox (containers). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it ("sudo apt-get install -y chromium") or set CHROMIUM_PATH. ` +
        'Do not run "npx playwright install".',
    );
  }
}
