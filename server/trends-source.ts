import type { DetailParams, ListParams } from '../src/contract/api-params';

/** TikTok's envelope: the one success shape our API sends. `data` is already validated, ids are strings. */
export interface TrendsBody {
  code: 0;
  msg: string;
  request_id?: string;
  data: unknown;
}

export type CacheStatus = 'HIT' | 'MISS' | 'STALE';

export interface SourceAnswer {
  /** The envelope, serialised once when it was made or cached: hot answers skip JSON.stringify. */
  json: string;
  /** Value for `X-RateLimit-Per-Second-Remaining`. */
  rateLimitRemaining: string;
  /** Proxy mode only: where the answer came from. */
  cache?: CacheStatus;
  /** The provider failed and this is an older copy (UI shows a notice via `X-Data-Stale`). */
  staleAfterError?: boolean;
}

export type DataMode = 'demo' | 'live';

/** Who is asking: the key of the per-client limits (`client-address.ts`). */
export interface Asker {
  client: string;
}

/** Where the two data routes get their answers: the demo generator or the upstream proxy. Failures throw ApiFailure. */
export interface TrendsSource {
  readonly mode: DataMode;
  list(params: ListParams, asker: Asker): Promise<SourceAnswer>;
  detail(params: DetailParams, asker: Asker): Promise<SourceAnswer>;
  /**
   * Live mode: provider calls that could start now without waiting (0 while a Retry-After block
   * lasts). The collector only calls when some are left over, so interactive requests come first.
   */
  spareCalls?(): number;
}
