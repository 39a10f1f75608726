/**
 * The API proxy under load: the production server pointed at a fake upstream, autocannon with 100
 * connections for 10 s cycling over 5 filter sets. What matters: no errors, low p99, and the cache
 * plus single-flight keeping the provider bill at about one call per filter set.
 */
import autocannon from 'autocannon';
import { startFakeUpstream } from './fake-upstream';
import { info, judged, ms, type Result } from './report';
import { startServer } from './server';

export const LOAD_PATHS = [
  '/api/tiktok/popular-trend/hashtag?country_code=US&period=7&page=1&limit=20',
  '/api/tiktok/popular-trend/hashtag?country_code=GB&period=7&page=1&limit=20',
  '/api/tiktok/popular-trend/hashtag?country_code=US&period=30&page=1&limit=20',
  '/api/tiktok/popular-trend/hashtag?country_code=US&period=7&page=1&limit=20&industry_id=25000000000',
  '/api/tiktok/popular-trend/hashtag?country_code=DE&period=120&page=1&limit=20&filter_by=new_on_board',
] as const;

export interface LoadOptions {
  connections?: number;
  durationSec?: number;
}

export async function runProxyLoad(options: LoadOptions = {}): Promise<Result[]> {
  const connections = options.connections ?? 100;
  const duration = options.durationSec ?? 10;
  const upstream = await startFakeUpstream({ latencyMs: 20, apiKey: 'bench-key' });
  const server = await startServer({
    TRENDS_API_BASE_URL: upstream.baseUrl,
    TRENDS_API_KEY: 'bench-key',
  }).catch(async (error: unknown) => {
    await upstream.close();
    throw error;
  });
  const section = 'proxy' as const;
  try {
    // One request first: proves the wiring (a 5xx here would make every figure meaningless).
    const probe = await fetch(server.origin + LOAD_PATHS[0]);
    const probeText = await probe.text();
    if (!probe.ok)
      throw new Error(`the proxy answered ${probe.status} to ${LOAD_PATHS[0]}: ${probeText.slice(0, 200)}`);

    const result = await autocannon({
      url: server.origin,
      connections,
      duration,
      requests: LOAD_PATHS.map((path) => ({ method: 'GET' as const, path })),
    });
    const errors = result.errors + result.timeouts + result.non2xx;
    const perSet = LOAD_PATHS.map((path) => {
      const query = new URL(path, 'http://x').searchParams;
      const wanted = [...query.entries()]
        .filter(([k]) => k !== 'page' && k !== 'limit')
        .sort(([a], [b]) => a.localeCompare(b));
      const key = `list ${new URLSearchParams(wanted).toString()}`;
      return { path, calls: upstream.calls.get(key) ?? 0 };
    });
    const maxCalls = Math.max(...perSet.map((s) => s.calls));
    const details = {
      connections,
      durationSec: duration,
      requests: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      statusCodes: {
        '2xx': result['2xx'],
        '4xx': result['4xx'],
        '5xx': result['5xx'],
      },
      latency: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      upstreamCalls: perSet,
      upstreamCallsTotal: upstream.totalCalls(),
      upstreamUnauthorized: upstream.unauthorized(),
    };
    return [
      info({
        section,
        metric: `requests/s (${connections} conn, ${duration} s, 5 filter sets)`,
        value: result.requests.average,
        unit: 'req/s',
        display: `${Math.round(result.requests.average)} req/s (${result.requests.total} total)`,
        details,
      }),
      judged(
        { section, metric: 'p99 latency', value: result.latency.p99, unit: 'ms', display: ms(result.latency.p99) },
        'lt',
        100,
        '< 100 ms',
      ),
      judged(
        {
          section,
          metric: 'errors (non-2xx + errors + timeouts)',
          value: errors,
          unit: 'count',
          display: `${errors} (${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts)`,
        },
        'max',
        0,
        '0',
      ),
      judged(
        {
          section,
          metric: 'upstream calls per filter set (max)',
          value: maxCalls,
          unit: 'calls',
          display: `${maxCalls} (${perSet.map((s) => s.calls).join('/')}; total ${upstream.totalCalls()})`,
        },
        'max',
        2,
        '≤ 2',
      ),
    ];
  } finally {
    await server.stop();
    await upstream.close();
  }
}
