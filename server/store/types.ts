import type { HashtagHistory, HistoryChanges } from '../../src/contract/history';
import type { DetailParams, HistoryChangesParams } from '../../src/contract/api-params';
import type { Period } from '../../src/contract/constants';

/**
 * What the store records and answers, as types only: app.ts and the edge build import this file, never
 * a driver. One ranking's scope: country, industry ('' = all), period, new-to-top-100 only.
 */
export interface Scope {
  country: string;
  industry: string;
  period: Period;
  newOnly: boolean;
}

/** One hashtag of a recorded ranking. */
export interface RankedItem {
  name: string;
  rank: number;
  posts: number;
  views: number;
  /** The provider's rank change against its previous period (rank_diff, rank_diff_type). */
  rankDiff?: number;
  rankDiffType?: number;
}

export type SnapshotSource = 'demo' | 'live';

export interface RecordResult {
  snapshotId: number;
  /** false: the scope's latest snapshot of that day was the same ranking, nothing was written. */
  stored: boolean;
}

/** What the routes and the list hook need from the store. */
export interface HistoryApi {
  hashtagHistory(params: DetailParams, today: number): Promise<HashtagHistory>;
  changes(params: HistoryChangesParams): Promise<HistoryChanges>;
  /** A person opened this scope's ranking (the collector tracks it for 7 days). */
  markOpened(scope: Scope, at: number): Promise<void>;
  /** Record a full ranking seen outside a collection (the list route, one page holding all of it). */
  recordSnapshot(
    scope: Scope,
    items: readonly RankedItem[],
    capturedAt: number,
    source: SnapshotSource,
  ): Promise<RecordResult>;
}

/** "US:all:7", "GB:all:30", "US:10000000000:7:new": the TRACK_SCOPES notation, and a scope's id in logs and rules. */
export function scopeKey(scope: Scope): string {
  return `${scope.country}:${scope.industry || 'all'}:${scope.period}${scope.newOnly ? ':new' : ''}`;
}

/** The UTC calendar day of an epoch-ms time. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export const DAY_MS = 86_400_000;
