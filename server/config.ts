import { DEFAULT_UPSTREAM_TIMEOUT_MS } from '../src/contract/wait-budget';

/** Everything the server reads from the environment, parsed once. */
export interface UpstreamConfig {
  baseUrl: string;
  apiKey: string;
  keyHeader: string;
  rps: number;
  timeoutMs: number;
}

export interface ServerConfig {
  /** Absent = demo mode (built-in deterministic data). */
  upstream?: UpstreamConfig;
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function configFromEnv(env: Record<string, string | undefined>): ServerConfig {
  const baseUrl = env.TRENDS_API_BASE_URL?.trim();
  if (!baseUrl) return {};
  return {
    upstream: {
      baseUrl: baseUrl.replace(/\/+$/, ''),
      apiKey: env.TRENDS_API_KEY ?? '',
      keyHeader: env.TRENDS_API_KEY_HEADER?.trim() || 'x-api-key',
      rps: positive(env.TRENDS_API_RPS, 5),
      timeoutMs: positive(env.TRENDS_API_TIMEOUT_MS, DEFAULT_UPSTREAM_TIMEOUT_MS),
    },
  };
}
