import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  compareWithSnapshot,
  markSeen,
  readSnapshot,
  saveSnapshot,
  type ChangeMarker,
  type DroppedOut,
  type RankSnapshot,
  type RankedRow,
} from '../../stores/last-visit-store';
import { whenIdle } from '../../lib/when-idle';

export interface ChangesSinceLastVisit {
  /** Per hashtag name on screen: new / climbed / fell. Empty on a first visit. */
  markers: ReadonlyMap<string, ChangeMarker>;
  /** Names that were in the range of ranks on screen last visit and are not there now. */
  droppedOut: readonly DroppedOut[];
  /** Epoch ms of the visit compared against; undefined on a first visit. */
  since: number | undefined;
  /** The ranks on screen now, for wording ("the top 20", "ranks 21–40"). */
  range: { from: number; to: number } | undefined;
  /** Any marker or dropped-out name to show (and so a reason to offer "Mark all as seen"). */
  hasChanges: boolean;
  /** Makes what is on screen the baseline and clears every marker. */
  markAllSeen: () => void;
}

const EMPTY_MARKERS: ReadonlyMap<string, ChangeMarker> = new Map();
const noSubscription = () => () => {};

/**
 * Compares the rows on screen with the ranking this browser showed for the same filter set on the
 * previous visit, and records the rows for the next one.
 *
 * - `filterKey`: `lastVisitKey(filters)` (no page in it).
 * - `rows`: the list page exactly as fetched, in rank order, not sorted or filtered client-side
 *   (a client-side filter would make hidden rows look dropped out). Pass `undefined` while loading
 *   and while React Query shows placeholder data from other filters (`isPlaceholderData`), so rows
 *   are never filed under the wrong filter set.
 *
 * The baseline is read once per mount and filter set (before anything is saved for it) and kept;
 * each new `rows` is saved into this visit's snapshot (see last-visit-store.ts for what a visit is)
 * once the browser is idle.
 */
export function useChangesSinceLastVisit(
  filterKey: string,
  rows: readonly RankedRow[] | undefined,
): ChangesSinceLastVisit {
  // The stored ranking is this browser's: the server's HTML (and the render that hydrates it) has no
  // markers, and the stored one comes one render later. Only when there is one: on a first visit
  // nothing is stored, and the page is not rendered again after hydration for nothing.
  const [read] = useState<{ key?: string; snapshot?: RankSnapshot }>(() => ({}));
  const stored = useSyncExternalStore(
    noSubscription,
    () => {
      // Once per filter set in a row, before the effect below saves anything for it.
      if (read.key !== filterKey) Object.assign(read, { key: filterKey, snapshot: readSnapshot(filterKey) });
      return read.snapshot;
    },
    () => undefined,
  );
  const [seen, setSeen] = useState<{ key: string; snapshot: RankSnapshot }>();
  const snapshot = seen?.key === filterKey ? seen.snapshot : stored;

  useEffect(() => {
    // Later, when idle: after an input event React runs this effect before the browser paints, and
    // writing the store (up to 30 filter sets as JSON) would delay the new rows. Never cancelled:
    // rows that were on screen are recorded even if the user moves on first. Effects run after the
    // baseline was read (in the render, or right after hydration).
    if (rows) whenIdle(() => saveSnapshot(filterKey, rows));
  }, [filterKey, rows]);

  const comparison = useMemo(
    () => (snapshot && rows ? compareWithSnapshot(snapshot, rows) : undefined),
    [snapshot, rows],
  );

  const markAllSeen = useCallback(() => {
    if (!rows) return;
    setSeen({ key: filterKey, snapshot: markSeen(filterKey, rows) });
  }, [filterKey, rows]);

  return {
    markers: comparison?.markers ?? EMPTY_MARKERS,
    droppedOut: comparison?.droppedOut ?? [],
    since: comparison?.since ?? snapshot?.savedAt,
    range: comparison?.range,
    hasChanges: !!comparison && (comparison.markers.size > 0 || comparison.droppedOut.length > 0),
    markAllSeen,
  };
}
