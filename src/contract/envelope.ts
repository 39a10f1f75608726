/**
 * Providers return TikTok's body as is (`{code:0, msg, request_id, data:{list|info}}`) or wrapped
 * (`{code:200, msg, data:{code:0, ..., data:{...}}}`, sometimes with extra keys beside). Errors can
 * arrive inside HTTP 200 at any level. `unwrapEnvelope` walks down to TikTok's body or says why not.
 */
export type Unwrapped =
  | { ok: true; body: { code: 0; msg: string; request_id?: string; data: Record<string, unknown> } }
  | { ok: false; kind: 'upstream'; code: number; msg: string; request_id?: string }
  | { ok: false; kind: 'shape'; msg: string };

const MAX_DEPTH = 4;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isPayload(data: unknown): data is Record<string, unknown> {
  return isRecord(data) && ('list' in data || 'pagination' in data || 'info' in data);
}

export function unwrapEnvelope(value: unknown): Unwrapped {
  let level: unknown = value;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (!isRecord(level)) return { ok: false, kind: 'shape', msg: 'response body is not an object' };
    // Only a number, or a numeric string, is a code: Number(null), Number('') and Number(false) are 0.
    const code =
      typeof level.code === 'number'
        ? level.code
        : typeof level.code === 'string' && /^-?\d+$/.test(level.code)
          ? Number(level.code)
          : Number.NaN;
    const msg = typeof level.msg === 'string' ? level.msg : typeof level.message === 'string' ? level.message : '';
    const requestId = typeof level.request_id === 'string' ? level.request_id : undefined;
    const isWrapper = code === 200 && isRecord(level.data) && 'code' in level.data;
    if (!isWrapper && code !== 0) {
      if (Number.isFinite(code))
        return { ok: false, kind: 'upstream', code, msg: msg || 'upstream error', request_id: requestId };
      return { ok: false, kind: 'shape', msg: 'response has no numeric code' };
    }
    if (code === 0 && isPayload(level.data)) {
      return { ok: true, body: { code: 0, msg: msg || 'OK', request_id: requestId, data: level.data } };
    }
    level = level.data;
  }
  return { ok: false, kind: 'shape', msg: 'response has neither data.list nor data.info' };
}
