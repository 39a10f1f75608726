import type { z } from 'zod/mini';
import type { UpstreamConfig } from '../config';
import { ApiFailure } from '../api-failure';
import { parseUpstreamBody, upstreamMessage } from './parse-upstream-body';

export interface UpstreamResult {
  /** TrendsBody, serialised (ids as strings). */
  json: string;
  /** The provider's `X-RateLimit-Per-Second-Remaining`: the only upstream header we pass on. */
  rateLimitRemaining?: string;
}

/** Upstream answered 429: the proxy blocks further calls for `retryAfterHeader`. */
export class UpstreamRateLimited extends Error {
  constructor(readonly retryAfterHeader: string | null) {
    super('the trends provider is rate limiting us');
    this.name = 'UpstreamRateLimited';
  }
}

/** The key must never leave the server, even inside a provider message that echoes it. */
function redact(text: string, secret: string): string {
  return secret ? text.split(secret).join('[redacted]') : text;
}

function failureForStatus(status: number, text: string): ApiFailure {
  const msg = upstreamMessage(text);
  // The provider refusing what we validated (e.g. a period it no longer offers) is the user's to see as a 400.
  if (status === 400) return new ApiFailure(400, `the trends provider rejected this request${msg ? `: ${msg}` : ''}`);
  return new ApiFailure(502, `the trends provider answered HTTP ${status}${msg ? `: ${msg}` : ''}`);
}

/**
 * One GET to the provider: key header added, bounded by the timeout (which also covers reading the
 * body), redirects refused (a redirect would carry the key header to another host).
 */
export function createUpstreamClient(config: UpstreamConfig, fetchImpl: typeof fetch) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (config.apiKey) headers[config.keyHeader] = config.apiKey;

  async function call(path: string, query: URLSearchParams, schema: z.ZodMiniType): Promise<UpstreamResult> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, config.timeoutMs);
    try {
      const response = await fetchImpl(`${config.baseUrl}${path}?${query}`, { headers, signal: controller.signal, redirect: 'error' });
      const text = await response.text();
      if (response.status === 429) throw new UpstreamRateLimited(response.headers.get('retry-after'));
      if (!response.ok) throw failureForStatus(response.status, text);
      const remaining = response.headers.get('x-ratelimit-per-second-remaining')?.trim();
      const body = parseUpstreamBody(text, schema);
      return {
        json: JSON.stringify({ ...body, msg: redact(body.msg, config.apiKey) }),
        ...(remaining && /^\d+$/.test(remaining) ? { rateLimitRemaining: remaining } : {}),
      };
    } catch (error) {
      if (error instanceof UpstreamRateLimited) throw error;
      if (error instanceof ApiFailure) {
        throw new ApiFailure(error.status, redact(error.message, config.apiKey), { code: error.code, requestId: error.requestId });
      }
      if (timedOut) throw new ApiFailure(504, `the trends provider did not answer within ${config.timeoutMs} ms`);
      throw new ApiFailure(502, 'could not reach the trends provider');
    } finally {
      clearTimeout(timer);
    }
  }

  return { call };
}

export type UpstreamClient = ReturnType<typeof createUpstreamClient>;
