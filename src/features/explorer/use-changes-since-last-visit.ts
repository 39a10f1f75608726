import { useCallback, useEffect, useMemo, useState } from 'react';
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
import { useHydrated } from '../../lib/use-hydrated';

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
  // The stored ranking is this browser's: read after hydration (the server's HTML has no markers).
  const hydrated = useHydrated();
  const [baseline, setBaseline] = useState<{ key: string; snapshot: RankSnapshot | undefined } | undefined>(() =>
    hydrated ? { key: filterKey, snapshot: readSnapshot(filterKey) } : undefined,
  );
  let current = baseline;
  if (hydrated && baseline?.key !== filterKey) {
    // Another filter set (or the first render after hydration): read its baseline before the effect
    // below saves anything for it.
    current = { key: filterKey, snapshot: readSnapshot(filterKey) };
    setBaseline(current);
  }
  const snapshot: RankSnapshot | undefined = current?.snapshot;

  useEffect(() => {
    // Later, when idle: after an input event React runs this effect before the browser paints, and
    // writing the store (up to 30 filter sets as JSON) would delay the new rows. Never cancelled:
    // rows that were on screen are recorded even if the user moves on first. Not before the
    // baseline was read.
    if (rows && hydrated) whenIdle(() => saveSnapshot(filterKey, rows));
  }, [filterKey, rows, hydrated]);

  const comparison = useMemo(
    () => (snapshot && rows ? compareWithSnapshot(snapshot, rows) : undefined),
    [snapshot, rows],
  );

  const markAllSeen = useCallback(() => {
    if (!rows) return;
    setBaseline({ key: filterKey, snapshot: markSeen(filterKey, rows) });
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
