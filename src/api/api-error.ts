/** Every way a request to our /api can fail, in words the UI can explain. */
export type ApiErrorKind =
  | 'invalid-request' // 400: a filter the API rejected
  | 'not-found' // 404: unknown hashtag
  | 'rate-limited' // 429: retry after `retryAfterSeconds`
  | 'upstream' // 502: provider answered badly (or code != 0)
  | 'timeout' // 504: provider did not answer in time
  | 'server' // other 5xx
  | 'network' // no response at all
  | 'bad-shape'; // a 200 whose body does not match the contract

export interface ApiErrorInit {
  kind: ApiErrorKind;
  message: string;
  status?: number;
  code?: number;
  requestId?: string;
  retryAfterSeconds?: number;
  /** zod issue path for `bad-shape`, e.g. "data.list.0.rank" */
  issuePath?: string;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly code?: number;
  readonly requestId?: string;
  readonly retryAfterSeconds?: number;
  readonly issuePath?: string;
  /**
   * What was left of the fetch's time budget (client.ts FETCH_BUDGET_MS, retries included) when this
   * attempt failed; set by the client. Undefined: no budget known, retry by kind alone.
   */
  budgetLeftMs?: number;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.issuePath = init.issuePath;
  }
}

export function kindForStatus(status: number): ApiErrorKind {
  if (status === 400) return 'invalid-request';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status === 502) return 'upstream';
  if (status === 504) return 'timeout';
  return 'server';
}

/** Plain-words explanation for alerts. */
export function describeApiError(error: unknown): { title: string; detail: string } {
  if (!(error instanceof ApiError)) {
    return { title: 'Something went wrong', detail: error instanceof Error ? error.message : String(error) };
  }
  switch (error.kind) {
    case 'rate-limited':
      return {
        title: 'Too many requests to the trends provider',
        detail: `Try again in ${error.retryAfterSeconds ?? 'a few'} second${error.retryAfterSeconds === 1 ? '' : 's'}.`,
      };
    case 'invalid-request':
      return { title: 'A filter was not accepted', detail: error.message };
    case 'not-found':
      return { title: 'Hashtag not found', detail: error.message };
    case 'upstream':
      return { title: 'The trends provider is having trouble', detail: error.message };
    case 'timeout':
      // A 504 is the provider being slow; no status at all means our own server never answered.
      return {
        title:
          error.status === undefined
            ? 'The server did not answer in time'
            : 'The trends provider did not answer in time',
        detail: 'It may be busy. Try again in a moment.',
      };
    case 'network':
      return { title: 'Could not reach the server', detail: 'Check your connection and try again.' };
    case 'bad-shape':
      return {
        title: 'Unexpected data from the server',
        detail: `${error.message}${error.issuePath ? ` (at ${error.issuePath})` : ''}`,
      };
    default:
      return { title: 'The server had a problem', detail: error.message };
  }
}

/**
 * Retry policy shared by every query. A person waits at most FETCH_BUDGET_MS (15 s) for an answer or
 * an error, so only quick failures are retried, and only while another attempt still fits:
 * - never client errors (400, 404, a body of the wrong shape);
 * - never a timeout: a 504 means our server already waited TRENDS_API_TIMEOUT_MS for the provider,
 *   and our own timeout means the server never answered; a second wait would not end in time;
 * - a 429 once, after its Retry-After, and only when the provider said how long (a blind retry meets
 *   the same limit);
 * - 5xx, code != 0 and network failures up to {@link MAX_TRIES} tries, backing off.
 */
export const MAX_TRIES = 3;
/** Another attempt must have at least this long before the budget runs out, or it is not made. */
export const MIN_ATTEMPT_MS = 3_000;

function fitsBudget(error: ApiError, delayMs: number): boolean {
  return error.budgetLeftMs === undefined || error.budgetLeftMs - delayMs >= MIN_ATTEMPT_MS;
}

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.kind === 'rate-limited') {
    return (
      failureCount === 0 && error.retryAfterSeconds !== undefined && fitsBudget(error, retryDelay(failureCount, error))
    );
  }
  if (failureCount >= MAX_TRIES - 1) return false;
  return ['upstream', 'server', 'network'].includes(error.kind) && fitsBudget(error, retryDelay(failureCount, error));
}
export function retryDelay(failureCount: number, error: unknown): number {
  if (error instanceof ApiError && error.kind === 'rate-limited' && error.retryAfterSeconds !== undefined) {
    return error.retryAfterSeconds * 1000;
  }
  return Math.min(500 * 2 ** failureCount, 8000);
}
