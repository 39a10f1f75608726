import type { z } from 'zod/mini';
import { DEFAULT_MAX_BODY_BYTES, type UpstreamConfig } from '../config';
import { ApiFailure } from '../api-failure';
import { ProviderRefusal, parseUpstreamBody, upstreamMessage, type CleanText } from './parse-upstream-body';
import { cleanProviderText } from './provider-text';

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

class BodyTooLarge extends Error {}

function failureForStatus(status: number, text: string, clean: CleanText): ApiFailure {
  const msg = upstreamMessage(text, clean);
  const reason = msg ? `: ${msg}` : '';
  // The provider refusing what we validated (e.g. a period it no longer offers) is the user's to see as a 400;
  // a hashtag it does not know, a 404. Both are the request's fault: cached for a minute.
  if (status === 400) return new ProviderRefusal(400, `the trends provider rejected this request${reason}`);
  if (status === 404) return new ProviderRefusal(404, `the trends provider found nothing for this request${reason}`);
  return new ApiFailure(502, `the trends provider answered HTTP ${status}${reason}`);
}

/**
 * The body as text, read chunk by chunk and given up (BodyTooLarge) as soon as it passes `maxBytes`,
 * so a provider streaming without end costs at most `maxBytes` of memory and the parser never sees more.
 * A `Content-Length` over the limit is refused before a byte is read.
 */
async function readBody(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) throw new BodyTooLarge();
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      reader.cancel().catch(() => {});
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks, total));
}

/**
 * One GET to the provider: key header added, bounded by the timeout (which also covers reading the
 * body) and by `maxBodyBytes`, redirects refused (a redirect would carry the key header to another
 * host). Every provider text that comes back passes through `cleanProviderText`.
 */
export function createUpstreamClient(config: UpstreamConfig, fetchImpl: typeof fetch) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (config.apiKey) headers[config.keyHeader] = config.apiKey;
  const maxBytes = config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const clean: CleanText = (text) => cleanProviderText(text, config.apiKey);

  async function call(path: string, query: URLSearchParams, schema: z.ZodMiniType): Promise<UpstreamResult> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, config.timeoutMs);
    try {
      const response = await fetchImpl(`${config.baseUrl}${path}?${query}`, {
        headers,
        signal: controller.signal,
        redirect: 'error',
      });
      if (response.status === 429) {
        response.body?.cancel().catch(() => {});
        throw new UpstreamRateLimited(response.headers.get('retry-after'));
      }
      const text = await readBody(response, maxBytes);
      if (!response.ok) throw failureForStatus(response.status, text, clean);
      const remaining = response.headers.get('x-ratelimit-per-second-remaining')?.trim();
      const body = parseUpstreamBody(text, schema, clean);
      return {
        json: JSON.stringify(body),
        ...(remaining && /^\d+$/.test(remaining) ? { rateLimitRemaining: remaining } : {}),
      };
    } catch (error) {
      if (error instanceof UpstreamRateLimited || error instanceof ApiFailure) throw error;
      if (error instanceof BodyTooLarge) {
        controller.abort();
        throw new ApiFailure(502, `the trends provider sent a body over ${maxBytes} bytes`);
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
