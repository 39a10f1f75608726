import { RANK_DIFF } from '../../contract/constants';
import type { HistoryChanges, RankChange } from '../../contract/history';
import { formatHistoryDay } from '../../lib/history-days';
import { SLIDE_PAD } from './deck-styles';
import { RankChangeText } from './rank-standing';

/** Rows per list: four lists of three fit a 16:9 slide whole, with room for long names. */
export const CHANGES_PER_LIST = 3;

type Kind = 'entered' | 'climbers' | 'fallers' | 'left';

function ChangeList({
  title,
  kind,
  items,
  empty,
}: {
  title: string;
  kind: Kind;
  items: readonly RankChange[];
  empty: string;
}) {
  return (
    <div className="flex min-h-0 min-w-0 flex-col gap-[0.5rem]">
      <h2 className="text-2xl font-semibold deck-wide:text-3xl">
        {title} <span className="font-normal text-ink-muted">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="text-xl text-ink-muted">{empty}</p>
      ) : (
        <ol className="flex flex-col">
          {items.slice(0, CHANGES_PER_LIST).map((item) => {
            const moved =
              item.rank !== null && item.old_rank !== null ? Math.abs(item.old_rank - item.rank) : undefined;
            return (
              <li
                key={item.hashtag_name}
                className="grid grid-cols-[2.5rem_minmax(0,1fr)_auto] items-baseline gap-x-[1rem] border-b border-line py-[0.4rem] text-xl last:border-b-0"
              >
                <span className="text-right tabular-nums text-ink-muted">
                  {item.rank !== null && (
                    <>
                      <span className="sr-only">Rank </span>
                      {item.rank}
                    </>
                  )}
                </span>
                <span className="truncate font-semibold" title={`#${item.hashtag_name}`}>
                  #{item.hashtag_name}
                </span>
                {kind === 'left' ? (
                  <span className="whitespace-nowrap text-ink-muted">was {item.old_rank}</span>
                ) : (
                  <RankChangeText
                    diffType={kind === 'entered' ? RANK_DIFF.new : kind === 'climbers' ? RANK_DIFF.up : RANK_DIFF.down}
                    diff={moved}
                    compact
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

/**
 * "What changed this week": the deck's top 100 recorded about a week ago against the latest one,
 * from the server's history. Only in the deck when that history is there (deck-data.ts).
 */
export function ChangesSlide({ changes }: { changes: HistoryChanges }) {
  const { from, to } = changes;
  return (
    <div className={`flex min-h-full flex-col gap-[1.25rem] deck-wide:h-full deck-wide:gap-[1.5rem] ${SLIDE_PAD}`}>
      <header>
        <h1 className="text-4xl font-bold tracking-tight deck-wide:text-5xl">What changed this week</h1>
        {from && to && (
          <p className="mt-[0.4rem] text-xl text-ink-muted deck-wide:text-2xl">
            The top 100 recorded on {formatHistoryDay(from.date)} against the latest, of {formatHistoryDay(to.date)}
          </p>
        )}
      </header>
      <div className="grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)] content-start gap-[1.5rem] deck-wide:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] deck-wide:gap-x-[4rem] deck-wide:gap-y-[1.25rem]">
        <ChangeList title="New entries" kind="entered" items={changes.entered} empty="No new entries this week." />
        <ChangeList title="Biggest climbers" kind="climbers" items={changes.climbers} empty="No hashtag climbed." />
        <ChangeList title="Biggest fallers" kind="fallers" items={changes.fallers} empty="No hashtag fell." />
        <ChangeList title="Left the top 100" kind="left" items={changes.left} empty="None left the top 100." />
      </div>
    </div>
  );
}
