/**
 * Pages rendered by the server (src/entry-server.tsx through server/pages/render-page.ts):
 * - the render time of the explorer and a hashtag page with their data in the server's cache (its
 *   `Server-Timing: render`), each URL new to the page cache (an extra parameter), so every one renders;
 * - HTML under load: autocannon, 50 connections, 10 s, on `/` and a hashtag page, as browsers ask.
 */
import autocannon from 'autocannon';
import { info, judged, median, ms, percentile, type Result } from './report';

const RENDERS = 100;
const HTML = { accept: 'text/html', 'accept-encoding': 'br' };

async function renderTimes(origin: string, path: string): Promise<number[]> {
  // once for the data (the provider's answers then sit in the server's cache)
  await (await fetch(origin + path, { headers: HTML })).text();
  const times: number[] = [];
  for (let i = 0; i < RENDERS; i++) {
    const response = await fetch(`${origin}${path}${path.includes('?') ? '&' : '?'}bench=${i}`, { headers: HTML });
    await response.text();
    const timing = /render;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '');
    if (!response.ok || !timing)
      throw new Error(`${path}: ${response.status}, Server-Timing ${response.headers.get('server-timing')}`);
    times.push(Number(timing[1]));
  }
  return times.sort((a, b) => a - b);
}

export async function runHtmlPages(origin: string, names: readonly string[]): Promise<Result[]> {
  const section = 'html' as const;
  const detail = `/hashtag/${encodeURIComponent(names[0] ?? 'chatgpt')}`;
  const results: Result[] = [];
  for (const [label, path] of [
    ['explorer', '/'],
    ['hashtag page', detail],
  ] as const) {
    const times = await renderTimes(origin, path);
    results.push(
      info({
        section,
        metric: `server render, ${label}, cached data (p50 / p99 of ${RENDERS})`,
        value: percentile(times, 99),
        unit: 'ms',
        display: `${ms(median(times))} / ${ms(percentile(times, 99))}`,
        details: { p50: median(times), p99: percentile(times, 99), max: times.at(-1) },
      }),
    );
  }
  const load = await autocannon({
    url: origin,
    connections: 50,
    duration: 10,
    headers: HTML,
    requests: [
      { method: 'GET', path: '/' },
      { method: 'GET', path: detail },
    ],
  });
  const errors = load.errors + load.timeouts + load.non2xx;
  results.push(
    info({
      section,
      metric: 'HTML under load: requests/s (50 conn, 10 s, / and a hashtag page)',
      value: load.requests.average,
      unit: 'req/s',
      display: `${Math.round(load.requests.average)} req/s (${load.requests.total} total)`,
      details: { latency: { p50: load.latency.p50, p99: load.latency.p99, max: load.latency.max } },
    }),
    judged(
      {
        section,
        metric: 'HTML under load: p99 latency',
        value: load.latency.p99,
        unit: 'ms',
        display: ms(load.latency.p99),
      },
      'lt',
      100,
      '< 100 ms',
    ),
    judged(
      {
        section,
        metric: 'HTML under load: errors (non-2xx + errors + timeouts)',
        value: errors,
        unit: 'count',
        display: `${errors} (${load.non2xx} non-2xx, ${load.errors} errors, ${load.timeouts} timeouts)`,
      },
      'max',
      0,
      '0',
    ),
  );
  return results;
}
