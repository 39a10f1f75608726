import type { ListParams } from '../../src/contract/api-params';
import { hashtagListDataSchema } from '../../src/contract/schemas';
import type { Period } from '../../src/contract/constants';
import { BoundedMap } from '../bounded-map';
import { rankedItems } from '../collector/pages';
import type { DataMode, SourceAnswer } from '../trends-source';
import { scopeKey, type HistoryApi, type RankedItem, type Scope } from './types';

/** How often one instance tells the store that a scope was opened again. */
const OPENED_EVERY_MS = 10 * 60_000;

export const scopeOfList = (params: ListParams): Scope => ({
  country: params.country_code,
  industry: params.industry_id ?? '',
  period: params.period as Period,
  newOnly: params.filter_by === 'new_on_board',
});

/** A list answer's rows as a ranking; undefined unless it holds the whole ranking (page 1, nothing more). */
export function wholeRanking(json: string): RankedItem[] | undefined {
  const parsed = hashtagListDataSchema.safeParse((JSON.parse(json) as { data?: unknown }).data);
  if (!parsed.success) return undefined;
  const { list, pagination } = parsed.data;
  if (pagination.page !== 1 || pagination.has_more || list.length < pagination.total) return undefined;
  return rankedItems(list);
}

/**
 * The hook where rankings pass on their way to the browser (the list route): the scope is recorded
 * as opened (the collector tracks it for 7 days), and a provider answer that holds a whole ranking is
 * recorded as a snapshot. Demo answers are not: the demo's recorded history comes from its dated
 * rankings (collector/demo-rankings.ts), so the explorer's fixed demo chart cannot interleave with it.
 * Never throws and never delays the answer: the store's failures are logged.
 */
export function createListRecorder(
  history: HistoryApi,
  mode: DataMode,
  deps: { now: () => number; log: (line: string) => void },
) {
  const lastOpened = new BoundedMap<string, number>(1_000);
  const lastRecorded = new BoundedMap<string, string>(1_000);
  const report = (what: string) => (error: unknown) =>
    deps.log(`[history] ${what}: ${error instanceof Error ? error.message : String(error)}`);

  return (params: ListParams, answer: SourceAnswer): void => {
    const scope = scopeOfList(params);
    const key = scopeKey(scope);
    const now = deps.now();
    if (now - (lastOpened.get(key) ?? -Infinity) >= OPENED_EVERY_MS) {
      lastOpened.set(key, now);
      history.markOpened(scope, now).catch(report(`could not record ${key} as opened`));
    }
    // A cached answer is the same string: parsed and recorded once.
    if (mode !== 'live' || params.page !== 1 || answer.staleAfterError || lastRecorded.get(key) === answer.json) return;
    lastRecorded.set(key, answer.json);
    const ranking = wholeRanking(answer.json);
    if (ranking)
      history.recordSnapshot(scope, ranking, now, 'live').catch(report(`could not record a snapshot of ${key}`));
  };
}
