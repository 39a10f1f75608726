/**
 * A stand-in for the paid trends provider: answers the list and detail endpoints with bodies shaped
 * like the real ones (TikTok's envelope, string ids, trend points, creators), after ~20 ms, and
 * counts every call per filter set so the bench can tell what the proxy's cache saved.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './server';

const LIST_PATH = '/tiktok/popular-trend/hashtag';
const DETAIL_PATH = '/tiktok/popular-trend/hashtag/detail';
const DAY = 86_400;

export interface FakeUpstream {
  baseUrl: string;
  /** Calls per filter set: "list country_code=US&period=7&..." → n. */
  calls: Map<string, number>;
  totalCalls: () => number;
  /** Calls that arrived without the expected key header. */
  unauthorized: () => number;
  close: () => Promise<void>;
}

/** Small deterministic PRNG so a filter set always gets the same body. */
function rng(seedText: string) {
  let seed = 2166136261;
  for (const ch of seedText) seed = Math.imul(seed ^ ch.charCodeAt(0), 16777619) >>> 0;
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  'fyp',
  'viral',
  'recipe',
  'skincare',
  'gaming',
  'travel',
  'booktok',
  'fitness',
  'football',
  'cleaning',
  'ootd',
  'ai',
  'cats',
  'diy',
  'music',
];

/** Filter key: every query parameter but pagination, sorted. */
export function filterKey(kind: 'list' | 'detail', params: URLSearchParams): string {
  const entries = [...params.entries()]
    .filter(([k]) => k !== 'page' && k !== 'limit')
    .sort(([a], [b]) => a.localeCompare(b));
  return `${kind} ${new URLSearchParams(entries).toString()}`;
}

export function listBody(params: URLSearchParams): unknown {
  const random = rng(params.toString());
  const page = Number(params.get('page') ?? 1);
  const limit = Math.min(Number(params.get('limit') ?? 20), 100);
  const period = Number(params.get('period') ?? 7);
  const country = params.get('country_code') ?? 'US';
  const industry = params.get('industry_id');
  const now = Math.floor(Date.UTC(2026, 0, 15) / 1000);
  const points = period === 7 ? 7 : period === 30 ? 30 : 17;
  const list = Array.from({ length: limit }, (_, i) => {
    const rank = (page - 1) * limit + i + 1;
    const name = `${NAMES[Math.floor(random() * NAMES.length)]}${rank}`;
    return {
      hashtag_id: String(7_000_000_000_000_000_000n + BigInt(Math.floor(random() * 1e15))),
      hashtag_name: name,
      country_info: { id: country, value: country, label: country },
      ...(industry ? { industry_info: { id: Number(industry), value: 'Games', label: `label_${industry}` } } : {}),
      is_promoted: random() < 0.05,
      trend: Array.from({ length: points }, (_, p) => ({
        time: now - (points - p) * DAY,
        value: Math.round(random() * 100) / 100,
      })),
      creators: Array.from({ length: 3 }, (_, c) => ({
        nick_name: `creator_${rank}_${c}`,
        avatar_url: `https://p16-sign-va.tiktokcdn.com/tos-maliva-avt-0068/${Math.floor(random() * 1e12)}~c5_100x100.jpeg?x-expires=1743017872&x-signature=abc%3D`,
      })),
      publish_cnt: Math.floor(random() * 200_000),
      video_views: Math.floor(random() * 1e9),
      rank,
      rank_diff: Math.floor(random() * 20),
      rank_diff_type: 1 + Math.floor(random() * 4),
    };
  });
  return {
    code: 0,
    msg: 'OK',
    request_id: `bench${Math.floor(random() * 1e12)}`,
    data: { list, pagination: { page, size: limit, total: 100, has_more: page * limit < 100 } },
  };
}

function detailBody(params: URLSearchParams): string {
  // The real provider answer recorded for #chatgpt, renamed: already TikTok's exact shape.
  const text = readFileSync(resolve(ROOT, 'src/contract/fixtures/seed-hashtag-detail_chatgpt_US.json'), 'utf8');
  const name = (params.get('hashtag_name') ?? 'chatgpt').replace(/[^\p{L}\p{N}_]/gu, '');
  return text.replace(/"hashtag_name": "chatgpt"/, `"hashtag_name": "${name}"`);
}

export function startFakeUpstream(
  options: { latencyMs?: number; apiKey?: string; keyHeader?: string } = {},
): Promise<FakeUpstream> {
  const latency = options.latencyMs ?? 20;
  const keyHeader = (options.keyHeader ?? 'x-api-key').toLowerCase();
  const calls = new Map<string, number>();
  let unauthorized = 0;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://upstream.local');
    const kind = url.pathname === LIST_PATH ? 'list' : url.pathname === DETAIL_PATH ? 'detail' : null;
    if (kind) {
      const key = filterKey(kind, url.searchParams);
      calls.set(key, (calls.get(key) ?? 0) + 1);
    }
    if (options.apiKey !== undefined && req.headers[keyHeader] !== options.apiKey) unauthorized++;
    setTimeout(() => {
      if (!kind) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"code":404,"msg":"not found"}');
        return;
      }
      const body = kind === 'list' ? JSON.stringify(listBody(url.searchParams)) : detailBody(url.searchParams);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
    }, latency);
  });
  return new Promise((ok) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      ok({
        baseUrl: `http://127.0.0.1:${port}`,
        calls,
        totalCalls: () => [...calls.values()].reduce((a, b) => a + b, 0),
        unauthorized: () => unauthorized,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
