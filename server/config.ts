import { DEFAULT_UPSTREAM_TIMEOUT_MS } from '../src/contract/wait-budget';

/** Everything the server reads from the environment, parsed once. */
export interface UpstreamConfig {
  baseUrl: string;
  apiKey: string;
  keyHeader: string;
  rps: number;
  timeoutMs: number;
  /** A provider body past this many bytes is not read further: 502 (`TRENDS_API_MAX_BODY_BYTES`). */
  maxBodyBytes?: number;
}

/** Per-client fairness and memory limits of proxy mode (server/README.md lists each). */
export interface ClientLimits {
  /** Provider calls one client may cause per second (`CLIENT_UPSTREAM_RPS`). Cache answers are free. */
  upstreamRps: number;
  /** ... and in one burst (`CLIENT_UPSTREAM_BURST`). */
  upstreamBurst: number;
}

export interface ServerConfig {
  /** Absent = demo mode (built-in deterministic data). */
  upstream?: UpstreamConfig;
  /** Absent = the defaults below. */
  clientLimits?: ClientLimits;
  /** The response cache's bound in bytes (`CACHE_MAX_BYTES`); it is bounded by entries too. */
  cacheMaxBytes?: number;
  /**
   * `TRUST_PROXY=1`: the server runs behind a TLS-terminating proxy of ours, so the right-most
   * `X-Forwarded-For` address is the client and `X-Forwarded-Proto: http` is redirected to https.
   * Off, both headers are ignored (anyone can send them).
   */
  trustProxy?: boolean;
  /**
   * `PUBLIC_ORIGIN` (`https://trends.example.com`): where the app is reached, for the absolute URLs of
   * pages' link previews (canonical, `og:url`, `og:image`) and alert posts. Never taken from a request's
   * Host header, which anyone can write and a CDN would keep. Absent = `http://localhost:$PORT`.
   */
  publicOrigin?: string;
  /**
   * `EMBED_ANCESTORS`: the sites that may frame the /embed pages, a space-separated list of origins
   * (`https://intranet.example.com https://*.notion.site`) written into their CSP `frame-ancestors`.
   * Absent = `*` (anyone: embeds hold no key and no personal data). Every other page may be framed by no one.
   */
  embedAncestors?: string;
}

/** Who may frame an embed without `EMBED_ANCESTORS`: anyone. */
export const DEFAULT_EMBED_ANCESTORS = '*';

/**
 * One `frame-ancestors` source: `*`, `'self'`, `'none'`, a scheme (`https:`) or an origin whose host may
 * start with `*.` and whose port may be `*` (`https://*.example.com:8443`). Nothing that could end the
 * directive or the header (`;`, `,`, quotes, spaces) gets through.
 */
const ANCESTOR_SOURCE =
  /^(\*|'self'|'none'|https?:|(https?:\/\/)?(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:(\d{1,5}|\*))?)$/i;

/** `EMBED_ANCESTORS` as a `frame-ancestors` source list, or a ConfigError naming the variable and the bad part. */
export function embedAncestorsFromEnv(env: Record<string, string | undefined>): string {
  const raw = env.EMBED_ANCESTORS?.trim();
  if (!raw) return DEFAULT_EMBED_ANCESTORS;
  const sources = raw.split(/\s+/);
  for (const source of sources) {
    if (!ANCESTOR_SOURCE.test(source)) {
      throw new ConfigError(
        `EMBED_ANCESTORS: ${JSON.stringify(source)} is not an origin (expected a space-separated list such as "https://example.com https://*.example.org", or *)`,
      );
    }
  }
  if (sources.includes("'none'") && sources.length > 1) {
    throw new ConfigError("EMBED_ANCESTORS: 'none' cannot be combined with other sources");
  }
  return sources.join(' ');
}

/** `PUBLIC_ORIGIN` as an origin (no path, no trailing slash), or `http://localhost:$PORT` (3000) without one. */
export function publicOriginFromEnv(env: Record<string, string | undefined>): string {
  const raw = env.PUBLIC_ORIGIN?.trim();
  if (!raw) return `http://localhost:${Number(env.PORT) || 3000}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('PUBLIC_ORIGIN is not a URL (expected e.g. https://trends.example.com)');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(`PUBLIC_ORIGIN must be an http(s) URL, not ${url.protocol}`);
  }
  return url.origin;
}

export const DEFAULT_CLIENT_LIMITS: ClientLimits = { upstreamRps: 2, upstreamBurst: 20 };
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;
export const DEFAULT_CACHE_MAX_BYTES = 64 * 1024 * 1024;

/** A setting the server must not start with; `node.ts` prints the message (one line) and exits 1. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** localhost, 127.0.0.0/8 and ::1: traffic that never leaves the machine. */
function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * The provider's base URL, or a ConfigError: over plain http the key header would cross the network
 * in clear text, so http is only accepted for a provider on this machine (a local fake, a sidecar).
 */
function checkedBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('TRENDS_API_BASE_URL is not a URL');
  }
  if (url.protocol === 'https:') return raw.replace(/\/+$/, '');
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return raw.replace(/\/+$/, '');
  if (url.protocol === 'http:') {
    throw new ConfigError(
      `TRENDS_API_BASE_URL must use https:// (http:// only for a loopback host, not ${url.hostname}): the key would travel in clear text`,
    );
  }
  throw new ConfigError(`TRENDS_API_BASE_URL must be an https:// URL, not ${url.protocol}`);
}

export function configFromEnv(env: Record<string, string | undefined>): ServerConfig {
  const shared: ServerConfig = {
    trustProxy: env.TRUST_PROXY?.trim() === '1',
    clientLimits: {
      upstreamRps: positive(env.CLIENT_UPSTREAM_RPS, DEFAULT_CLIENT_LIMITS.upstreamRps),
      upstreamBurst: Math.max(1, Math.floor(positive(env.CLIENT_UPSTREAM_BURST, DEFAULT_CLIENT_LIMITS.upstreamBurst))),
    },
    cacheMaxBytes: positive(env.CACHE_MAX_BYTES, DEFAULT_CACHE_MAX_BYTES),
    publicOrigin: publicOriginFromEnv(env),
    embedAncestors: embedAncestorsFromEnv(env),
  };
  const baseUrl = env.TRENDS_API_BASE_URL?.trim();
  if (!baseUrl) return shared;
  return {
    ...shared,
    upstream: {
      baseUrl: checkedBaseUrl(baseUrl),
      apiKey: env.TRENDS_API_KEY ?? '',
      keyHeader: env.TRENDS_API_KEY_HEADER?.trim() || 'x-api-key',
      rps: positive(env.TRENDS_API_RPS, 5),
      timeoutMs: positive(env.TRENDS_API_TIMEOUT_MS, DEFAULT_UPSTREAM_TIMEOUT_MS),
      maxBodyBytes: positive(env.TRENDS_API_MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES),
    },
  };
}
