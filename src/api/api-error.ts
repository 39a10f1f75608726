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
        title: error.status === undefined ? 'The server did not answer in time' : 'The trends provider did not answer in time',
        detail: 'It may be busy. Try again in a moment.',
      };
    case 'network':
      return { title: 'Could not reach the server', detail: 'Check your connection and try again.' };
    case 'bad-shape':
      return { title: 'Unexpected data from the server', detail: `${error.message}${error.issuePath ? ` (at ${error.issuePath})` : ''}` };
    default:
      return { title: 'The server had a problem', detail: error.message };
  }
}

/** Retry policy shared by every query: none for client errors, honour 429, back off on 5xx/network, 3 tries. */
export const MAX_TRIES = 3;
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_TRIES - 1) return false;
  if (!(error instanceof ApiError)) return false;
  // Our own client timeout already waited 15 s: retrying would keep the skeleton up for ~47 s.
  if (error.kind === 'timeout' && error.status === undefined) return false;
  return ['rate-limited', 'upstream', 'timeout', 'server', 'network'].includes(error.kind);
}
export function retryDelay(failureCount: number, error: unknown): number {
  if (error instanceof ApiError && error.kind === 'rate-limited' && error.retryAfterSeconds !== undefined) {
    return error.retryAfterSeconds * 1000;
  }
  return Math.min(500 * 2 ** failureCount, 8000);
}
