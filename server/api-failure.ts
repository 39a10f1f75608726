import type { ErrorBody } from '../src/contract/schemas';

/** The statuses our API answers failures with (API.md section 2). */
export type FailureStatus = 400 | 404 | 429 | 500 | 502 | 503 | 504;

/**
 * A failure that becomes one JSON error response `{code, msg, request_id?}`. Thrown anywhere below a
 * route and mapped in one place (app.ts), so every error has the same shape and `no-store`.
 */
export class ApiFailure extends Error {
  readonly status: FailureStatus;
  /** Body `code`: the HTTP status, or the provider's own code when it sent one (e.g. 40101). */
  readonly code: number;
  readonly requestId?: string;
  readonly retryAfterSeconds?: number;

  constructor(
    status: FailureStatus,
    msg: string,
    extra: { code?: number; requestId?: string; retryAfterSeconds?: number } = {},
  ) {
    super(msg);
    this.name = 'ApiFailure';
    this.status = status;
    this.code = extra.code ?? status;
    this.requestId = extra.requestId;
    this.retryAfterSeconds = extra.retryAfterSeconds;
  }

  toBody(): ErrorBody {
    return { code: this.code, msg: this.message, ...(this.requestId ? { request_id: this.requestId } : {}) };
  }
}
