import type { z } from 'zod';
import { errorBodySchema } from '../contract/schemas';
import { unwrapEnvelope } from '../contract/envelope';
import { ApiError, kindForStatus } from './api-error';

export type QueryParams = Record<string, string | number | undefined>;

export function apiUrl(path: string, params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

export interface ApiResponse<T> {
  data: T;
  requestId?: string;
  /** The server answered from its cache after the provider failed. */
  stale: boolean;
  receivedAt: number;
}

/**
 * GET one of our /api routes and parse it with `schema` (the `data` of TikTok's envelope).
 * Every failure becomes an ApiError: HTTP status, code, msg, request id, Retry-After, zod path.
 */
export async function getJson<S extends z.ZodType>(
  path: string,
  params: QueryParams,
  schema: S,
  signal?: AbortSignal,
): Promise<ApiResponse<z.output<S>>> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, params), { signal, headers: { accept: 'application/json' } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError({ kind: 'network', message: cause instanceof Error ? cause.message : 'network error' });
  }

  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }

  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(body);
    throw new ApiError({
      kind: kindForStatus(response.status),
      status: response.status,
      code: parsed.success ? parsed.data.code : undefined,
      message: parsed.success ? parsed.data.msg : `HTTP ${response.status}`,
      requestId: parsed.success ? parsed.data.request_id : undefined,
      retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
    });
  }

  if (body === undefined) {
    throw new ApiError({ kind: 'bad-shape', status: response.status, message: 'The response was not valid JSON' });
  }
  const unwrapped = unwrapEnvelope(body);
  if (!unwrapped.ok) {
    throw unwrapped.kind === 'upstream'
      ? new ApiError({ kind: 'upstream', status: response.status, code: unwrapped.code, message: unwrapped.msg, requestId: unwrapped.request_id })
      : new ApiError({ kind: 'bad-shape', status: response.status, message: unwrapped.msg });
  }
  const result = schema.safeParse(unwrapped.body.data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const issuePath = ['data', ...(issue?.path ?? []).map(String)].join('.');
    throw new ApiError({
      kind: 'bad-shape',
      status: response.status,
      message: `${issuePath}: ${issue?.message ?? 'invalid'}`,
      issuePath,
      requestId: unwrapped.body.request_id,
    });
  }
  return {
    data: result.data,
    requestId: unwrapped.body.request_id,
    stale: response.headers.get('x-data-stale') === '1',
    receivedAt: Date.now(),
  };
}
