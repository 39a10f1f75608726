import type { z } from 'zod/mini';
import { unwrapEnvelope } from '../../src/contract/envelope';
import { parseJsonLossless } from '../../src/contract/lossless-json';
import { ApiFailure } from '../api-failure';
import type { TrendsBody } from '../trends-source';

/**
 * The provider said the request itself is at fault (a parameter it refuses, a hashtag it does not
 * know), so asking again gives the same answer: the proxy caches it for a minute like data.
 */
export class ProviderRefusal extends ApiFailure {}

/**
 * Codes inside an HTTP 200 that blame the request: wrappers that put an HTTP status in `code`
 * (400, 404) and TikTok's parameter (40000, 40002) and not-found (40400) codes. Anything else with
 * `code != 0` (e.g. 40101 no permission, 40100 too frequent) is the provider's or our account's
 * problem: 502, not cached.
 */
const BAD_PARAMETER_CODES = new Set([400, 40000, 40002]);
const NOT_FOUND_CODES = new Set([404, 40400]);

/** Provider text on its way into our answer or a log: one line, short, without the key (provider-text.ts). */
export type CleanText = (text: string) => string;

/**
 * Upstream text → our envelope, or a failure that says what was wrong. Parsing is lossless (19-digit
 * ids survive as strings), any envelope depth is unwrapped, `code != 0` at any level is a failure (a
 * ProviderRefusal when the code blames the request), and the data must match the shared schema: after
 * it, ids are strings and optional sections explicit. Every provider text passes through `clean`.
 */
export function parseUpstreamBody(text: string, schema: z.ZodMiniType, clean: CleanText): TrendsBody {
  let value: unknown;
  try {
    value = parseJsonLossless(text);
  } catch {
    throw new ApiFailure(502, 'the trends provider sent malformed JSON');
  }
  const unwrapped = unwrapEnvelope(value);
  if (!unwrapped.ok) {
    if (unwrapped.kind === 'upstream') {
      const extra = {
        code: unwrapped.code,
        requestId: unwrapped.request_id === undefined ? undefined : clean(unwrapped.request_id),
      };
      const msg = clean(unwrapped.msg);
      if (BAD_PARAMETER_CODES.has(unwrapped.code)) throw new ProviderRefusal(400, msg, extra);
      if (NOT_FOUND_CODES.has(unwrapped.code)) throw new ProviderRefusal(404, msg, extra);
      throw new ApiFailure(502, msg, extra);
    }
    throw new ApiFailure(502, `the trends provider sent an unexpected response: ${unwrapped.msg}`);
  }
  const { msg, request_id } = unwrapped.body;
  const requestId = request_id === undefined ? undefined : clean(request_id);
  const parsed = schema.safeParse(unwrapped.body.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = ['data', ...(issue?.path ?? []).map(String)].join('.');
    throw new ApiFailure(
      502,
      clean(`the trends provider sent an unexpected response: ${path}: ${issue?.message ?? 'invalid'}`),
      { requestId },
    );
  }
  return { code: 0, msg: clean(msg), ...(requestId ? { request_id: requestId } : {}), data: parsed.data };
}

/** The provider's `msg` from an error body, if it sent readable JSON, cleaned. */
export function upstreamMessage(text: string, clean: CleanText): string | undefined {
  try {
    const value = parseJsonLossless(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Record<string, unknown>;
    const msg = record.msg ?? record.message;
    return typeof msg === 'string' && msg ? clean(msg) || undefined : undefined;
  } catch {
    return undefined;
  }
}
