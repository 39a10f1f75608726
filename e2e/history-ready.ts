import type { FullConfig } from '@playwright/test';

/**
 * Global setup: waits until the e2e server's demo history is backfilled. The server answers at once
 * and opens its store in the background; on a first start in demo mode it then records 30 days of
 * rankings for TRACK_SCOPES (default US:all:7, US:all:30, US:all:120, in that order, oldest day
 * first). Until the last one, today's US 120-day ranking, is in, a deck would count its slides
 * without "What changed this week" and a hashtag page would show part of its history.
 * Runs after the webServer is up (Playwright starts it first).
 */
const DAY_MS = 86_400_000;
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export default async function historyReady(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error('history-ready: no baseURL in the Playwright config');
  const url = new URL(`/api/history/changes?period=120&since=${utcDay(Date.now() - DAY_MS)}`, baseURL);
  const deadline = Date.now() + 90_000;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      const body = (await response.json()) as { msg?: string; data?: { info?: { to?: { date: string } | null } } };
      const latest = body.data?.info?.to?.date;
      // the backfill's last day is the server's today (or yesterday's, for a start just before midnight UTC)
      if (latest && (latest === utcDay(Date.now()) || latest === utcDay(Date.now() - 10 * 60_000))) return;
      last = `${response.status} ${latest ? `latest ranking ${latest}` : (body.msg ?? 'no ranking yet')}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(
    `history-ready: the e2e server's demo history was not backfilled up to today within 90 s (${last}). ` +
      'A server reused from an earlier day (reuseExistingServer) keeps its old history: stop it and run again.',
  );
}
