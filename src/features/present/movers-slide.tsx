import { ErrorAlert } from '../../components/error-alert';
import type { HashtagListItem } from '../../contract/schemas';
import { topMovers } from './deck-data';
import { SLIDE_PAD } from './deck-styles';
import { RankChangeText } from './rank-standing';

function MoverList({ title, items, empty }: { title: string; items: readonly HashtagListItem[]; empty: string }) {
  return (
    <div className="flex min-h-0 flex-col gap-[0.75rem]">
      <h2 className="text-2xl font-semibold deck-wide:text-3xl">{title}</h2>
      {items.length === 0 ? (
        <p className="text-2xl text-ink-muted">{empty}</p>
      ) : (
        <ol className="flex flex-col">
          {items.map((item) => (
            <li
              key={item.hashtag_id}
              className="grid grid-cols-[2.5rem_minmax(0,1fr)_auto] items-baseline gap-x-[1rem] border-b border-line py-[0.5rem] text-xl last:border-b-0 deck-wide:py-[0.7rem] deck-wide:text-2xl"
            >
              <span className="text-right text-xl tabular-nums text-ink-muted">
                <span className="sr-only">Rank </span>
                {item.rank}
              </span>
              <span className="truncate font-semibold" title={`#${item.hashtag_name}`}>
                #{item.hashtag_name}
              </span>
              <RankChangeText diffType={item.rank_diff_type} diff={item.rank_diff} compact />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The biggest climbers and the new entries of the filter set's top 100. */
export function MoversSlide({
  list,
  error,
  onRetry,
  periodDays,
}: {
  list: readonly HashtagListItem[] | undefined;
  /** Why the list is missing, with a retry. */
  error: unknown;
  onRetry: () => void;
  periodDays: number;
}) {
  const movers = list ? topMovers(list) : undefined;
  return (
    <div className={`flex min-h-full flex-col gap-[1.25rem] deck-wide:h-full deck-wide:gap-[1.75rem] ${SLIDE_PAD}`}>
      <header>
        <h1 className="text-4xl font-bold tracking-tight deck-wide:text-6xl">Top movers</h1>
        <p className="mt-[0.4rem] text-xl text-ink-muted deck-wide:text-2xl">
          Places gained in the top 100 since the previous {periodDays} days, and who is new to it
        </p>
      </header>
      {movers ? (
        <div className="grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)] gap-[2rem] deck-wide:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] deck-wide:gap-[4rem]">
          <MoverList title="Biggest climbers" items={movers.climbers} empty="No hashtag climbed this period." />
          <MoverList title="New entries" items={movers.newEntries} empty="No new entries this period." />
        </div>
      ) : (
        <ErrorAlert error={error} onRetry={onRetry} className="text-xl" />
      )}
    </div>
  );
}
