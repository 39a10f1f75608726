import { countryName, industryLabel, periodLabel } from '../../src/contract/constants';
import { listHref, writeScope } from '../../src/contract/filter-params';
import type { HistoryStore, SnapshotRef } from '../store/history-store';
import { scopeKey, type Scope } from '../store/types';
import type { AlertRule } from './rules';

/** One thing a rule saw happen between two recorded rankings of its scope. */
export interface AlertEvent {
  key: string;
  ruleId: string;
  ruleIndex: number;
  snapshotId: number;
  scope: Scope;
  hashtag: string;
  kind: 'new_entry' | 'leaves' | 'enters_top' | 'moves';
  rank: number | null;
  oldRank: number | null;
  /** enters_top's N. */
  top?: number;
  date: string;
  /** The previous ranking's day (the explorer's "Changes since"). */
  sinceDate: string;
}

interface Row {
  name: string;
  rank: number;
}

const sameScope = (a: Scope, b: Scope) => scopeKey(a) === scopeKey(b);

/** What `rule` sees between `previous` and `current` (none without a previous ranking to compare). */
export function eventsOf(
  rule: AlertRule,
  current: SnapshotRef,
  currentItems: readonly Row[],
  previous: SnapshotRef | undefined,
  previousItems: readonly Row[],
): AlertEvent[] {
  if (!previous) return [];
  const before = new Map(previousItems.map((i) => [i.name, i.rank]));
  const after = new Map(currentItems.map((i) => [i.name, i.rank]));
  const events: AlertEvent[] = [];
  const add = (hashtag: string, kind: AlertEvent['kind'], extra: Partial<AlertEvent> = {}) => {
    if (rule.hashtags && !rule.hashtags.has(hashtag)) return;
    events.push({
      key: `${rule.id}:${current.id}:${hashtag}`,
      ruleId: rule.id,
      ruleIndex: rule.index,
      snapshotId: current.id,
      scope: rule.scope,
      hashtag,
      kind,
      rank: after.get(hashtag) ?? null,
      oldRank: before.get(hashtag) ?? null,
      date: current.date,
      sinceDate: previous.date,
      ...extra,
    });
  };
  const when = rule.when;
  if (when === 'leaves') {
    for (const item of previousItems) if (!after.has(item.name)) add(item.name, 'leaves');
    return events;
  }
  for (const item of currentItems) {
    const old = before.get(item.name);
    if (when === 'new_entry') {
      if (old === undefined) add(item.name, 'new_entry');
    } else if ('enters_top' in when) {
      if (item.rank <= when.enters_top && (old === undefined || old > when.enters_top))
        add(item.name, 'enters_top', { top: when.enters_top });
    } else if (old !== undefined && Math.abs(old - item.rank) >= when.moves) {
      add(item.name, 'moves');
    }
  }
  return events;
}

/** The events of every rule about the snapshots just recorded. */
export async function eventsForSnapshots(
  store: HistoryStore,
  rules: readonly AlertRule[],
  snapshotIds: readonly number[],
): Promise<AlertEvent[]> {
  const events: AlertEvent[] = [];
  for (const id of snapshotIds) {
    const pair = await store.snapshotWithPrevious(id);
    if (!pair) continue;
    const scope = await scopeOfSnapshot(store, id);
    for (const rule of rules) {
      if (scope && sameScope(rule.scope, scope))
        events.push(...eventsOf(rule, pair.current, pair.currentItems, pair.previous, pair.previousItems));
    }
  }
  return events;
}

async function scopeOfSnapshot(store: HistoryStore, snapshotId: number): Promise<Scope | undefined> {
  const [row] = await store.db.query<{ country: string; industry: string; period: number; new_only: boolean }>(
    'select c.country, c.industry, c.period, c.new_only from snapshots s join scopes c on c.id = s.scope_id where s.id = $1',
    [snapshotId],
  );
  return row
    ? { country: row.country, industry: row.industry, period: row.period as Scope['period'], newOnly: row.new_only }
    : undefined;
}

/** Slack's mrkdwn needs &, < and > escaped in text. */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function scopeLabel(scope: Scope): string {
  return `${countryName(scope.country)} · ${periodLabel(scope.period)}${scope.industry ? ` · ${industryLabel(scope.industry)}` : ''}${scope.newOnly ? ' · new to top 100' : ''}`;
}

function sentence(e: AlertEvent): string {
  const tag = `#${e.hashtag}`;
  switch (e.kind) {
    case 'new_entry':
      return `${tag} entered the top 100 at #${e.rank}`;
    case 'leaves':
      return `${tag} left the top 100 (was #${e.oldRank})`;
    case 'enters_top':
      return `${tag} entered the top ${e.top} at #${e.rank}${e.oldRank === null ? '' : ` (was #${e.oldRank})`}`;
    case 'moves': {
      const up = (e.oldRank ?? 0) > (e.rank ?? 0);
      return `${tag} ${up ? 'climbed' : 'fell'} ${Math.abs((e.oldRank ?? 0) - (e.rank ?? 0))} places to #${e.rank} (was #${e.oldRank})`;
    }
  }
}

/** Links into the dashboard: the hashtag's page (rank history) and the explorer's changes since the previous ranking. */
export function eventLinks(e: AlertEvent, publicOrigin: string) {
  const origin = publicOrigin.replace(/\/+$/, '');
  const trend = { country: e.scope.country, period: e.scope.period };
  const scope = writeScope(new URLSearchParams(), trend);
  const explorer = new URL(listHref(trend), `${origin}/`);
  if (e.scope.industry) explorer.searchParams.set('industry', e.scope.industry);
  if (e.scope.newOnly) explorer.searchParams.set('new', '1');
  explorer.searchParams.set('since', e.sinceDate);
  const qs = scope.toString();
  return {
    hashtag: `${origin}/hashtag/${encodeURIComponent(e.hashtag)}${qs ? `?${qs}` : ''}`,
    changes: explorer.toString(),
  };
}

/** A Slack-compatible incoming-webhook body: `text` (notifications, other chat tools) plus `blocks`. */
export function slackBody(events: readonly AlertEvent[], publicOrigin: string) {
  const lines = events.map((e) => {
    const links = eventLinks(e, publicOrigin);
    return {
      plain: `${sentence(e)} in ${scopeLabel(e.scope)} (${e.date}): ${links.hashtag}`,
      block: {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `*${escape(sentence(e))}*\n${escape(scopeLabel(e.scope))} · ${e.date} · <${links.hashtag}|rank history> · <${links.changes}|changes since ${e.sinceDate}>`,
        },
      },
    };
  });
  const title = events.length === 1 ? 'TikTok hashtag alert' : `TikTok hashtag alerts: ${events.length} changes`;
  return {
    text: `${title}\n${lines.map((l) => l.plain).join('\n')}`,
    blocks: [{ type: 'header', text: { type: 'plain_text', text: title } }, ...lines.map((l) => l.block)],
  };
}
