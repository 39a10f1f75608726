/** Test helpers of the history store: the scope most of its tests record, and asking what changed in it. */
import type { HistoryChangesParams } from '../../src/contract/api-params';
import type { Scope } from '../store/types';

/** The US top 100 over 7 days, all industries. */
export const US7: Scope = { country: 'US', industry: '', period: 7, newOnly: false };

/** What changed in {@link US7} since the day `since` (YYYY-MM-DD). */
export const us7ChangesSince = (since: string): HistoryChangesParams => ({
  country_code: 'US',
  industry: '',
  period: 7,
  new: false,
  since,
});
