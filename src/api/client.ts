import type { z } from 'zod/mini';
import { errorBodySchema } from '../contract/schemas';
import { unwrapEnvelope } from '../contract/envelope';
import { ApiError, kindForStatus } from './api-error';
import { transportFor, type RequestContext } from './transport';
import { apiUrl, type QueryParams } from '../contract/api-routes';
import { FETCH_BUDGET_MS, REQUEST_TIMEOUT_MS } from '../contract/wait-budget';

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/**
 * How long the browser waits for one answer from our API (12 s). The server bounds each upstream call
 * (TRENDS_API_TIMEOUT_MS, 8 s by default) and answers 504 itself, so this only fires when our own
 * server or the network hangs; without it a hung request would show the skeleton forever.
 *
 * FETCH_BUDGET_MS (15 s) bounds a whole fetch, retries included. React Query hands every attempt of
 * one fetch the same AbortSignal, so the first attempt's start is remembered by signal; later attempts
 * get what is left, and errors say how much is left (for shouldRetry).
 */
export { FETCH_BUDGET_MS, REQUEST_TIMEOUT_MS };
const fetchStarts = new WeakMap<AbortSignal, number>();

function fetchDeadline(signal: AbortSignal | undefined): number {
  const now = Date.now();
  if (!signal) return now + FETCH_BUDGET_MS;
  const start = fetchStarts.get(signal) ?? now;
  fetchStarts.set(signal, start);
  return start + FETCH_BUDGET_MS;
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
export async function getJson<S extends z.ZodMiniType>(
  path: string,
  params: QueryParams,
  schema: S,
  context: RequestContext = {},
  timeoutMs: number = REQUEST_TIMEOUT_MS,
): Promise<ApiResponse<z.output<S>>> {
  const deadline = fetchDeadline(context.signal);
  try {
    return await attempt(path, params, schema, context, Math.max(0, Math.min(timeoutMs, deadline - Date.now())));
  } catch (error) {
    if (error instanceof ApiError) error.budgetLeftMs = deadline - Date.now();
    throw error;
  }
}

async function attempt<S extends z.ZodMiniType>(
  path: string,
  params: QueryParams,
  schema: S,
  context: RequestContext,
  timeoutMs: number,
): Promise<ApiResponse<z.output<S>>> {
  const { signal } = context;
  // A plain setTimeout (not AbortSignal.timeout) so fake clocks in tests can move it.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) forwardAbort();
  else signal?.addEventListener('abort', forwardAbort, { once: true });
  const timeout = () =>
    new ApiError({
      kind: 'timeout',
      message: `The server did not answer within ${Math.round(timeoutMs / 1000)} seconds`,
    });

  let response: Response;
  let text: string;
  const url = apiUrl(path, params);
  try {
    try {
      response = await transportFor(context)(url, {
        signal: controller.signal,
        headers: { accept: 'application/json' },
      });
    } catch (cause) {
      if (timedOut) throw timeout();
      if (signal?.aborted) throw cause;
      throw new ApiError({ kind: 'network', message: cause instanceof Error ? cause.message : 'network error' });
    }
    // The timeout also covers a body that starts but never finishes.
    text = await response.text().catch(() => '');
    if (timedOut) throw timeout();
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }

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
      ? new ApiError({
          kind: 'upstream',
          status: response.status,
          code: unwrapped.code,
          message: unwrapped.msg,
          requestId: unwrapped.request_id,
        })
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
