import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useHistoryChanges } from '../../api/history-changes';
import { HistoryUnavailable } from '../../components/history-unavailable';
import { RANK_DIFF } from '../../contract/constants';
import { listPlace, type TrendScope } from '../../contract/filter-params';
import type { HistoryChanges, RankChange as RecordedChange } from '../../contract/history';
import { hashtagHref } from '../../lib/hashtag-href';
import { formatHistoryDay } from '../../lib/history-days';
import { usePrinting } from '../../lib/use-printing';
import { RankChange } from './rank-change';
import type { ExplorerFilters } from './url-state';

// The lists of "Changes since", loaded once a day is chosen (changes-since.tsx): their request, its
// schema and the lists stay out of the explorer's first load.

/** Each list shows this many until "Show all" (a long list would push the ranking far down). */
export const SHOWN_PER_GROUP = 10;

type GroupKind = 'entered' | 'climbers' | 'fallers' | 'left';

function ChangeRow({ item, kind, scope }: { item: RecordedChange; kind: GroupKind; scope: TrendScope }) {
  const moved = item.rank !== null && item.old_rank !== null ? Math.abs(item.old_rank - item.rank) : undefined;
  return (
    <li className="flex items-baseline gap-2 py-0.5">
      <span className="w-8 shrink-0 text-right tabular-nums">
        {item.rank !== null && (
          <>
            <span className="sr-only">Rank </span>
            {item.rank}
          </>
        )}
      </span>
      <Link to={hashtagHref(item.hashtag_name, scope)} className="min-w-0 truncate font-medium hover:underline">
        #{item.hashtag_name}
      </Link>
      {item.old_rank !== null && <span className="shrink-0 text-sm text-ink-muted">(was {item.old_rank})</span>}
      {kind === 'entered' && <RankChange type={RANK_DIFF.new} diff={undefined} />}
      {kind === 'climbers' && <RankChange type={RANK_DIFF.up} diff={moved} />}
      {kind === 'fallers' && <RankChange type={RANK_DIFF.down} diff={moved} />}
    </li>
  );
}

function ChangeGroup({
  title,
  noun,
  kind,
  items,
  empty,
  scope,
}: {
  title: string;
  /** What a row is, in "Show all 43 climbers". */
  noun: string;
  kind: GroupKind;
  items: readonly RecordedChange[];
  empty: string;
  scope: TrendScope;
}) {
  const id = useId();
  const [all, setAll] = useState(false);
  const printing = usePrinting();
  const shown = all || printing ? items : items.slice(0, SHOWN_PER_GROUP);
  return (
    <div className="min-w-0">
      <h3 id={id} className="font-medium">
        {title} <span className="text-ink-muted">({items.length})</span>
      </h3>
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-ink-muted">{empty}</p>
      ) : (
        <ol aria-labelledby={id} className="mt-1 text-sm">
          {shown.map((item) => (
            <ChangeRow key={item.hashtag_name} item={item} kind={kind} scope={scope} />
          ))}
        </ol>
      )}
      {items.length > SHOWN_PER_GROUP && (
        <button
          type="button"
          className="btn-ghost mt-1 text-sm underline-offset-2 hover:underline"
          onClick={() => setAll((v) => !v)}
        >
          {all ? `Show the first ${SHOWN_PER_GROUP}` : `Show all ${items.length}`} {noun}
        </button>
      )}
    </div>
  );
}

/** The four lists, in the order they are read. */
const GROUPS = [
  { kind: 'entered', title: 'New entries', noun: 'new entries', empty: 'No new entries.' },
  { kind: 'climbers', title: 'Climbers', noun: 'climbers', empty: 'No hashtag climbed.' },
  { kind: 'fallers', title: 'Fallers', noun: 'fallers', empty: 'No hashtag fell.' },
  { kind: 'left', title: 'Left the top 100', noun: 'that left', empty: 'None left.' },
] as const;

/** What the recorded rankings say, in words when there is nothing to list. */
function ChangesResult({
  changes,
  scope,
  place,
  onSince,
}: {
  changes: HistoryChanges;
  scope: TrendScope;
  place: string;
  onSince: (since: string) => void;
}) {
  const { from, to, recorded_since: recordedSince } = changes;
  if (!from || !to) {
    if (!recordedSince || !to)
      return (
        <p className="text-sm text-ink-muted">
          No rankings have been recorded for {place} yet, so there is nothing to compare.
        </p>
      );
    return (
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
        <p className="text-ink-muted">
          Nothing was recorded on or before {formatHistoryDay(changes.since)}: rankings for {place} have been recorded
          since {formatHistoryDay(recordedSince)}.
        </p>
        <button type="button" className="btn no-print" onClick={() => onSince(recordedSince)}>
          Show changes since {formatHistoryDay(recordedSince)}
        </button>
      </div>
    );
  }
  if (from.captured_at === to.captured_at)
    return (
      <p className="text-sm text-ink-muted">
        No ranking has been recorded after the one of {formatHistoryDay(from.date)} yet, so nothing has changed.
      </p>
    );
  return (
    <div className="space-y-3">
      <p className="text-sm text-ink-muted">
        The ranking recorded on {formatHistoryDay(from.date)} compared with the latest one, of{' '}
        {formatHistoryDay(to.date)}.
      </p>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {GROUPS.map((group) => (
          <ChangeGroup key={group.kind} {...group} items={changes[group.kind]} scope={scope} />
        ))}
      </div>
    </div>
  );
}

/**
 * What changed since `since` in the explorer's country, industry, period and "new" filter, from the
 * rankings the server has recorded (GET /api/history/changes). When the store cannot answer, a quiet
 * note says so; the ranking below does not depend on it.
 */
export function ChangesSinceResults({
  filters,
  since,
  onChange,
}: {
  filters: ExplorerFilters;
  since: string;
  onChange: (patch: Partial<ExplorerFilters>) => void;
}) {
  const query = useHistoryChanges({
    country: filters.country,
    industry: filters.industry,
    period: filters.period,
    newOnly: filters.newOnly,
    since,
  });
  const scope = { country: filters.country, period: filters.period };
  const place = `${listPlace(filters)}${filters.newOnly ? ' (new to the top 100 only)' : ''}`;
  if (query.isPending) return <LoadingChanges />;
  if (query.isError) return <HistoryUnavailable what="changes from the recorded rankings" />;
  return (
    <ChangesResult
      changes={query.data.data.info}
      scope={scope}
      place={place}
      onSince={(day) => onChange({ since: day })}
    />
  );
}

function LoadingChanges() {
  return (
    <p role="status" aria-busy="true" className="text-sm text-ink-muted">
      Loading changes…
    </p>
  );
}
