import { RANK_DIFF, rankChangeWords } from '../../contract/constants';

/**
 * For sorting by change: new entries first, then biggest climbs, unchanged, falls;
 * unknown types last (NaN, handled by the sorter).
 */
export function rankChangeScore(type: number | undefined, diff: number | undefined): number {
  switch (type) {
    case RANK_DIFF.new:
      return 1000;
    case RANK_DIFF.up:
      return diff ?? 0.5;
    case RANK_DIFF.same:
      return 0;
    case RANK_DIFF.down:
      return -(diff ?? 0.5);
    default:
      return Number.NaN;
  }
}

/** An arrow for the eye and words for the ear ("up 3", "down 2", "no change", "new"). */
export function RankChange({ type, diff }: { type: number | undefined; diff: number | undefined }) {
  const words = rankChangeWords(type, diff);
  if (!words) return null;
  const shown = diff !== undefined && diff > 0 ? diff : '';
  const look =
    type === RANK_DIFF.up
      ? { icon: '▲', text: shown, tone: 'text-up' }
      : type === RANK_DIFF.down
        ? { icon: '▼', text: shown, tone: 'text-down' }
        : type === RANK_DIFF.new
          ? { icon: '★', text: 'New', tone: 'text-accent-ink' }
          : { icon: '–', text: '', tone: 'text-ink-muted' };
  return (
    <span className={`inline-flex items-center gap-1 text-sm font-medium whitespace-nowrap tabular-nums ${look.tone}`}>
      <span aria-hidden="true">
        <span className="text-xs">{look.icon}</span>
        {look.text !== '' && <span className="ml-1">{look.text}</span>}
      </span>
      <span className="sr-only">{words}</span>
    </span>
  );
}
