import type { z } from 'zod/mini';
import { unwrapEnvelope } from '../../src/contract/envelope';
import { parseJsonLossless } from '../../src/contract/lossless-json';
import { ApiFailure } from '../api-failure';
import type { TrendsBody } from '../trends-source';

/**
 * Upstream text → our envelope, or a 502 that says what was wrong. Parsing is lossless (19-digit ids
 * survive as strings), any envelope depth is unwrapped, `code != 0` at any level is a failure, and the
 * data must match the shared schema: after it, ids are strings and optional sections explicit.
 */
export function parseUpstreamBody(text: string, schema: z.ZodMiniType): TrendsBody {
  let value: unknown;
  try {
    value = parseJsonLossless(text);
  } catch {
    throw new ApiFailure(502, 'the trends provider sent malformed JSON');
  }
  const unwrapped = unwrapEnvelope(value);
  if (!unwrapped.ok) {
    if (unwrapped.kind === 'upstream') {
      throw new ApiFailure(502, unwrapped.msg, { code: unwrapped.code, requestId: unwrapped.request_id });
    }
    throw new ApiFailure(502, `the trends provider sent an unexpected response: ${unwrapped.msg}`);
  }
  const parsed = schema.safeParse(unwrapped.body.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = ['data', ...(issue?.path ?? []).map(String)].join('.');
    throw new ApiFailure(502, `the trends provider sent an unexpected response: ${path}: ${issue?.message ?? 'invalid'}`, {
      requestId: unwrapped.body.request_id,
    });
  }
  const { msg, request_id } = unwrapped.body;
  return { code: 0, msg, ...(request_id ? { request_id } : {}), data: parsed.data };
}

/** The provider's `msg` from an error body, if it sent readable JSON; never more than a line. */
export function upstreamMessage(text: string): string | undefined {
  try {
    const value = parseJsonLossless(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Record<string, unknown>;
    const msg = record.msg ?? record.message;
    return typeof msg === 'string' && msg ? msg.slice(0, 200) : undefined;
  } catch {
    return undefined;
  }
}
