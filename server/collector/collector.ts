import type { ListParams } from '../../src/contract/api-params';
import { ApiFailure } from '../api-failure';
import { wholeRankingPages, type PageOfRanking } from './pages';
import { demoRanking } from './demo-rankings';
import type { HistoryStore } from '../store/history-store';
import type { TrendsSource } from '../trends-source';
import { DAY_MS, scopeKey, utcDay, type RankedItem, type Scope } from '../store/types';
import { OPENED_WINDOW_DAYS, type CollectorConfig } from './config';
import { COLLECTOR_ASKER } from './collector-asker';

export interface CollectorDeps {
  store: HistoryStore;
  /** The app's own source (same cache and rate limits as interactive requests). */
  source: TrendsSource;
  config: CollectorConfig;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  log: (line: string) => void;
  /** Rows per provider call (limit); the provider allows up to 100. */
  pageSize?: number;
  /** Calls left free for interactive requests in every one-second window (live mode). */
  reserveCalls?: number;
  /** Give up on a page after waiting this long for spare calls or through 429s. */
  maxWaitMs?: number;
}

export interface ScopeOutcome {
  scope: string;
  /** Recorded (or unchanged since today's last snapshot: `stored` false). */
  snapshotId?: number;
  stored?: boolean;
  error?: string;
}

export type CollectionReport =
  | { status: 'busy' }
  | { status: 'done'; at: number; scopes: ScopeOutcome[]; calls: number; budgetExhausted: boolean; pruned: number };

class BudgetExhausted extends Error {}

/** Tracked scopes first, then the most recently opened ones, at most `maxScopes`, no twins. */
export async function scopesToCollect(store: HistoryStore, config: CollectorConfig, now: number): Promise<Scope[]> {
  const opened = await store.openedScopes(now - OPENED_WINDOW_DAYS * DAY_MS, config.maxScopes);
  const unique = new Map<string, Scope>();
  for (const scope of [...config.trackScopes, ...opened])
    if (!unique.has(scopeKey(scope))) unique.set(scopeKey(scope), scope);
  return [...unique.values()].slice(0, config.maxScopes);
}

/**
 * One collection: the full ranking of every scope to collect, each written as one snapshot in one
 * transaction. One at a time across instances (an advisory lock): a second caller gets `busy`.
 * Live mode: each page waits for a spare provider call (interactive requests first), goes through
 * the app's source, and counts against TRENDS_API_DAILY_BUDGET; a scope cut short by the budget or
 * a failure records nothing. Demo mode records the demo's ranking of the day.
 */
export async function collectOnce(
  deps: CollectorDeps,
  afterCollect?: (report: Extract<CollectionReport, { status: 'done' }>) => Promise<void>,
): Promise<CollectionReport> {
  const locked = await deps.store.withCollectionLock(async () => {
    const report = await collectLocked(deps);
    // Still under the lock: two instances never evaluate (and send) the same alerts at once.
    if (report.status === 'done') await afterCollect?.(report);
    return report;
  });
  return locked.locked ? locked.result : { status: 'busy' };
}

async function collectLocked(deps: CollectorDeps): Promise<CollectionReport> {
  const { store, source, config, log } = deps;
  const at = deps.now();
  const day = utcDay(at);
  const scopes = await scopesToCollect(store, config, at);
  const outcomes: ScopeOutcome[] = [];
  let calls = 0;
  let budgetExhausted = false;

  const fetchPage = async (params: ListParams): Promise<PageOfRanking> => {
    const waitedFor = await waitForSpareCall(deps);
    if (!waitedFor) throw new Error('no spare provider call within the wait limit');
    if (config.dailyBudget !== undefined && (await store.callsOn(day)) >= config.dailyBudget)
      throw new BudgetExhausted();
    const answer = await source.list(params, COLLECTOR_ASKER);
    if (answer.cache !== 'HIT' && answer.cache !== 'STALE') {
      calls++;
      await store.addCalls(day, 1);
    }
    if (answer.staleAfterError) throw new Error('the provider failed (only a cached copy was available)');
    return JSON.parse(answer.json) as PageOfRanking;
  };

  for (const scope of scopes) {
    const key = scopeKey(scope);
    if (budgetExhausted) {
      outcomes.push({ scope: key, error: 'daily budget exhausted' });
      continue;
    }
    try {
      const ranking: RankedItem[] =
        source.mode === 'demo'
          ? demoRanking(scope, at)
          : await wholeRankingPages(scope, deps.pageSize ?? 100, (params) =>
              withRetries(deps, () => fetchPage(params)),
            );
      const result = await store.recordSnapshot(scope, ranking, at, source.mode);
      outcomes.push({ scope: key, snapshotId: result.snapshotId, stored: result.stored });
    } catch (error) {
      if (error instanceof BudgetExhausted) {
        budgetExhausted = true;
        log(
          `[collector] TRENDS_API_DAILY_BUDGET (${config.dailyBudget}) reached for ${day}: ${key} and the scopes after it wait for tomorrow`,
        );
        outcomes.push({ scope: key, error: 'daily budget exhausted' });
        continue;
      }
      const why = error instanceof Error ? error.message : String(error);
      log(`[collector] ${key} not recorded: ${why}`);
      outcomes.push({ scope: key, error: why });
    }
  }
  const pruned = await store.prune(at);
  return { status: 'done', at, scopes: outcomes, calls, budgetExhausted, pruned };
}

/** Waits until the source has more spare calls than the reserve; false after maxWaitMs. */
async function waitForSpareCall(deps: CollectorDeps): Promise<boolean> {
  if (!deps.source.spareCalls) return true;
  const reserve = deps.reserveCalls ?? 1;
  const deadline = deps.now() + (deps.maxWaitMs ?? 60_000);
  while (deps.source.spareCalls() <= reserve) {
    if (deps.now() >= deadline) return false;
    await deps.sleep(100);
  }
  return true;
}

/** Rate limited (ours or the provider's 429): wait as told and try again, within maxWaitMs. */
async function withRetries<T>(deps: CollectorDeps, call: () => Promise<T>): Promise<T> {
  const deadline = deps.now() + (deps.maxWaitMs ?? 60_000);
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof ApiFailure && error.status === 429) || deps.now() >= deadline) throw error;
      await deps.sleep((error.retryAfterSeconds ?? 1) * 1000);
    }
  }
}
