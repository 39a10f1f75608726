import { RANK_DIFF } from '../../contract/constants';

/**
 * What `rank_diff_type`/`rank_diff` mean in words ("up 3", "down 2", "no change", "new");
 * undefined = no indicator (an unknown type). Shared by the list's screen-reader text and CSV export.
 */
export function rankChangeWords(type: number | undefined, diff: number | undefined): string | undefined {
  const by = diff !== undefined && diff > 0 ? ` ${diff}` : '';
  switch (type) {
    case RANK_DIFF.up:
      return `up${by}`;
    case RANK_DIFF.down:
      return `down${by}`;
    case RANK_DIFF.same:
      return 'no change';
    case RANK_DIFF.new:
      return 'new';
    default:
      return undefined;
  }
}
