/**
 * Noisy neighbour: the production server (live mode, default limits) in front of the fake provider
 * (~20 ms per answer). One client floods distinct, uncached detail queries for 10 s over 64
 * keep-alive connections from 127.0.0.1 (`flood-client.ts`, a process of its own); a second client, from 127.0.0.2 (a real other socket
 * address, so the server tells them apart as it would in production), meanwhile asks for a new,
 * uncached filter set every 500 ms and for an already cached one every 250 ms. What matters: the
 * second client gets every answer (200) in time, and the flooder costs the provider no more than its
 * allowance (CLIENT_UPSTREAM_BURST 20 + CLIENT_UPSTREAM_RPS 2 per second).
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startFakeUpstream } from './fake-upstream';
import { info, judged, ms, percentile, type Result } from './report';
import { ROOT, startServer } from './server';

const FLOODER = '127.0.0.1';
const NEIGHBOUR = '127.0.0.2';
const COUNTRIES = [
  'GB',
  'DE',
  'FR',
  'IT',
  'ES',
  'CA',
  'AU',
  'JP',
  'KR',
  'BR',
  'MX',
  'ID',
  'TH',
  'VN',
  'PH',
  'MY',
  'SG',
  'TR',
  'EG',
  'SA',
  'AE',
  'NL',
  'SE',
  'PL',
];
const CACHED_PATH = '/api/tiktok/popular-trend/hashtag?country_code=US&period=30&page=1&limit=20';

interface Answer {
  status: number;
  ms: number;
}

function get(agent: Agent, origin: URL, path: string): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(
      { host: origin.hostname, port: origin.port, path, agent, headers: { 'accept-encoding': 'br, gzip' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end();
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Peak resident memory of a process so far (Linux), in MB; undefined elsewhere. */
function peakRssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

export async function runNoisyNeighbour(
  options: { durationSec?: number; connections?: number } = {},
): Promise<Result[]> {
  const duration = options.durationSec ?? 10;
  const connections = options.connections ?? 64;
  const upstream = await startFakeUpstream({ latencyMs: 20, apiKey: 'bench-key' });
  const server = await startServer({ TRENDS_API_BASE_URL: upstream.baseUrl, TRENDS_API_KEY: 'bench-key' }).catch(
    async (error: unknown) => {
      await upstream.close();
      throw error;
    },
  );
  const origin = new URL(server.origin);
  const neighbourAgent = new Agent({ keepAlive: true, maxSockets: 8, localAddress: NEIGHBOUR });
  const section = 'neighbour' as const;
  try {
    const warm = await get(neighbourAgent, origin, CACHED_PATH);
    if (warm.status !== 200) throw new Error(`the proxy answered ${warm.status} to ${CACHED_PATH}`);
    const rssBefore = peakRssMb(server.pid);

    const stopAt = performance.now() + duration * 1000;
    const flooder = (): Promise<{ sent: number; seconds: number; statuses: Record<string, number> }> =>
      new Promise((done, fail) => {
        const child = spawn(
          process.execPath,
          [
            '--import',
            'tsx',
            resolve(ROOT, 'bench/flood-client.ts'),
            server.origin,
            String(duration),
            String(connections),
            FLOODER,
          ],
          {
            cwd: ROOT,
            stdio: ['ignore', 'pipe', 'inherit'],
          },
        );
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.once('exit', (code) => {
          try {
            done(
              JSON.parse(out.trim().split('\n').pop() ?? '') as {
                sent: number;
                seconds: number;
                statuses: Record<string, number>;
              },
            );
          } catch {
            fail(new Error(`the flood client exited ${code} without a result: ${out.slice(0, 200)}`));
          }
        });
      });

    const uncached: Answer[] = [];
    const cached: Answer[] = [];
    const neighbour = async () => {
      await sleep(2_000); // the flood client has started and is in full swing
      let tick = 0;
      while (performance.now() < stopAt) {
        const asks = [get(neighbourAgent, origin, CACHED_PATH).then((a) => cached.push(a))];
        if (tick % 2 === 0) {
          const country = COUNTRIES[(tick / 2) % COUNTRIES.length] ?? 'GB';
          asks.push(
            get(
              neighbourAgent,
              origin,
              `/api/tiktok/popular-trend/hashtag?country_code=${country}&period=7&page=1&limit=20`,
            ).then((a) => uncached.push(a)),
          );
        }
        await Promise.all([...asks, sleep(250)]);
        tick++;
      }
    };
    const [floodResult] = await Promise.all([flooder(), neighbour()]);
    const elapsedSec = floodResult.seconds;
    const flood = {
      sent: floodResult.sent,
      statuses: new Map(Object.entries(floodResult.statuses).map(([status, n]) => [Number(status), n])),
    };
    const rssPeak = peakRssMb(server.pid);

    const byKind = (prefix: string) =>
      [...upstream.calls.entries()].filter(([key]) => key.startsWith(prefix)).reduce((sum, [, n]) => sum + n, 0);
    const flooderCalls = byKind('detail country_code=US&hashtag_name=flood');
    const neighbourCalls = byKind('list ') - 1; // minus the warm-up call
    const p95 = (answers: Answer[]) =>
      percentile(
        answers.map((a) => a.ms).sort((a, b) => a - b),
        95,
      );
    const neighbourAnswers = [...uncached, ...cached];
    const not200 = neighbourAnswers.filter((a) => a.status !== 200);
    const statusText = (map: Map<number, number>) =>
      [...map.entries()]
        .sort(([a], [b]) => a - b)
        .map(([status, n]) => `${n}× ${status}`)
        .join(', ');
    const neighbourStatuses = new Map<number, number>();
    for (const a of neighbourAnswers) neighbourStatuses.set(a.status, (neighbourStatuses.get(a.status) ?? 0) + 1);
    const allowance = 20 + 2 * Math.ceil(elapsedSec);
    const details = {
      durationSec: duration,
      connections,
      flood: {
        requests: flood.sent,
        perSecond: Math.round(flood.sent / elapsedSec),
        statuses: Object.fromEntries(flood.statuses),
      },
      neighbour: {
        uncached: {
          count: uncached.length,
          p50: percentile(
            uncached.map((a) => a.ms).sort((a, b) => a - b),
            50,
          ),
          p95: p95(uncached),
          max: Math.max(...uncached.map((a) => a.ms)),
        },
        cached: {
          count: cached.length,
          p50: percentile(
            cached.map((a) => a.ms).sort((a, b) => a - b),
            50,
          ),
          p95: p95(cached),
          max: Math.max(...cached.map((a) => a.ms)),
        },
        statuses: Object.fromEntries(neighbourStatuses),
      },
      providerCalls: { flooder: flooderCalls, neighbour: neighbourCalls, total: upstream.totalCalls() },
      serverPeakRssMb: { beforeFlood: rssBefore, afterFlood: rssPeak },
    };
    return [
      info({
        section,
        metric: `flood: distinct uncached queries from one client (${connections} conn, ${duration} s)`,
        value: flood.sent / elapsedSec,
        unit: 'req/s',
        display: `${Math.round(flood.sent / elapsedSec)} req/s (${flood.sent} total: ${statusText(flood.statuses)})`,
        details,
      }),
      judged(
        {
          section,
          metric: 'second client: answers that were not 200',
          value: not200.length,
          unit: 'count',
          display: `${not200.length} of ${neighbourAnswers.length} (${statusText(neighbourStatuses)})`,
        },
        'max',
        0,
        '0 (all 200)',
      ),
      judged(
        {
          section,
          metric: `second client, uncached filter sets: p95 (${uncached.length} requests)`,
          value: p95(uncached),
          unit: 'ms',
          display: ms(p95(uncached)),
        },
        'max',
        1_500,
        '≤ 1.5 s',
      ),
      judged(
        {
          section,
          metric: `second client, cached filter set: p95 (${cached.length} requests)`,
          value: p95(cached),
          unit: 'ms',
          display: ms(p95(cached)),
        },
        'max',
        50,
        '≤ 50 ms',
      ),
      judged(
        {
          section,
          metric: 'provider calls caused by the flooder (allowance: burst 20 + 2/s)',
          value: flooderCalls,
          unit: 'calls',
          display: `${flooderCalls} (second client: ${neighbourCalls})`,
        },
        'max',
        allowance,
        `≤ ${allowance}`,
      ),
      info({
        section,
        metric: 'server peak RSS (before → after the flood)',
        value: rssPeak ?? null,
        unit: 'MB',
        display: rssPeak === undefined ? 'n/a' : `${rssBefore ?? '?'} → ${rssPeak} MB`,
      }),
    ];
  } finally {
    neighbourAgent.destroy();
    await server.stop();
    await upstream.close();
  }
}
