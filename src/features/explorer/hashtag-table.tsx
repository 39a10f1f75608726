import { useDeferredValue, useRef, useState, type ReactNode } from 'react';
import { useShortcut } from '../../lib/shortcuts/use-shortcut';
import type { HashtagListItem } from '../../contract/schemas';
import type { TrendScope } from '../../contract/filter-params';
import type { ChangeMarker } from '../../stores/last-visit-store';
import { CREATORS_CELL_CLASS, HashtagRow, ROW_HEIGHT_REM } from './hashtag-row';
import { SortHeader } from './sort-header';
import type { Sort } from './url-state';
import { SideScroll } from '../../components/side-scroll';

/** Select, rank, change, hashtag, stage, posts, views, trend, creators, watch. */
const COLUMN_COUNT = 10;

/**
 * The loading rows as one cell as tall as `rows` rows, its bars and row lines drawn by a background
 * (`.skeleton-rows` in index.css): a skeleton is on screen for a moment, and every element it has
 * is styled, laid out and then removed again when the rows arrive.
 */
function SkeletonRows({ rows }: { rows: number }) {
  return (
    <tr data-testid="skeleton-rows">
      <td
        colSpan={COLUMN_COUNT}
        aria-hidden="true"
        className="skeleton-rows p-0"
        style={{ height: `${rows * ROW_HEIGHT_REM}rem` }}
      />
    </tr>
  );
}

/**
 * The ranked list as a real table. `rows` undefined = loading: a skeleton as tall as the rows
 * holds the space so nothing shifts when data arrives. `table-fixed`: the header's widths set the
 * columns, so laying out new rows never measures every cell's content. On paper (A4 portrait is
 * 703 CSS px wide inside its margins) the table gives up its screen minimum, the controls' columns
 * are not printed and the others narrow, so every figure fits and the names keep the most room.
 */
export function HashtagTable({
  caption,
  rows,
  skeletonRows,
  scope,
  sort,
  onSort,
  linkState,
  onIntent,
  busy,
  empty,
  markers,
  since,
  selected,
  selectionFull,
  onSelect,
}: {
  caption: ReactNode;
  rows: readonly HashtagListItem[] | undefined;
  skeletonRows: number;
  scope: TrendScope;
  sort: Sort;
  onSort: (sort: Sort) => void;
  linkState?: unknown;
  onIntent?: (name: string) => void;
  /** The rows are an earlier page kept on screen while the next one loads. */
  busy?: boolean;
  /** Shown in place of the body when `rows` is empty. */
  empty?: ReactNode;
  /** Since-last-visit markers by hashtag name, and the time of that visit. */
  markers?: ReadonlyMap<string, ChangeMarker>;
  since?: number;
  /** Names picked for comparison; once `selectionFull`, the other rows cannot be picked. */
  selected: ReadonlySet<string>;
  selectionFull: boolean;
  onSelect: (name: string, selected: boolean) => void;
}) {
  // The first rows of a visit render in a background (time-sliced) pass: the store update that
  // brings them is synchronous, and the page is still booting, so the body is not built in one long
  // task. Later changes (a filter, a page, a sort) swap rows in place in one pass: that is quicker
  // to paint than a second, deferred pass. Only whether there are rows is deferred, so a change of
  // rows does not schedule a second, background render of the table after it has painted.
  const haveRows = useDeferredValue(rows !== undefined);
  const shownRows = haveRows ? rows : undefined;

  // The keyboard's row (j/k): the row focus went into last, kept by name across re-renders.
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [currentName, setCurrentName] = useState<string>();
  const move = (delta: number) => {
    if (!shownRows?.length) return false;
    const index = shownRows.findIndex((r) => r.hashtag_name === currentName);
    const next = index < 0 ? 0 : Math.max(0, Math.min(shownRows.length - 1, index + delta));
    const row = bodyRef.current?.querySelectorAll('tr[data-row]')[next];
    row?.querySelector<HTMLElement>('a[href]')?.focus({ preventScroll: true });
    row?.scrollIntoView?.({ block: 'nearest' });
    setCurrentName(shownRows[next]?.hashtag_name);
  };
  const hasRows = (shownRows?.length ?? 0) > 0;
  useShortcut('row-next', () => move(1), hasRows);
  useShortcut('row-previous', () => move(-1), hasRows);
  return (
    <SideScroll>
      <table
        className="w-full min-w-[58rem] table-fixed border-collapse text-sm print:min-w-0"
        aria-busy={busy || shownRows === undefined}
      >
        <caption className="sr-only">{caption}</caption>
        <thead className="text-ink-muted">
          <tr>
            <th scope="col" className="no-print w-8 pl-3 text-left">
              <span className="sr-only">Select for comparison</span>
            </th>
            <SortHeader column="rank" sort={sort} onSort={onSort} align="right" className="w-16 print:w-12">
              Rank
            </SortHeader>
            <SortHeader column="change" sort={sort} onSort={onSort} className="w-24 print:w-20">
              Change
            </SortHeader>
            <th scope="col" className="px-3 py-2 text-left font-medium">
              Hashtag
            </th>
            <SortHeader column="stage" sort={sort} onSort={onSort} className="w-36 print:w-28">
              Stage
            </SortHeader>
            <SortHeader column="posts" sort={sort} onSort={onSort} align="right" className="w-24 print:w-20">
              Posts
            </SortHeader>
            <SortHeader column="views" sort={sort} onSort={onSort} align="right" className="w-24 print:w-20">
              Views
            </SortHeader>
            <th scope="col" className="w-32 px-3 py-2 text-left font-medium print:w-24">
              Trend
            </th>
            <th scope="col" className={`w-28 px-3 py-2 text-left font-medium ${CREATORS_CELL_CLASS}`}>
              Creators
            </th>
            <th scope="col" className="no-print w-14 pr-3 py-2 text-center font-medium">
              Watch
            </th>
          </tr>
        </thead>
        <tbody
          ref={bodyRef}
          className={
            shownRows === undefined ? 'animate-pulse' : busy ? 'opacity-60 transition-opacity' : 'transition-opacity'
          }
        >
          {shownRows === undefined ? (
            <SkeletonRows rows={skeletonRows} />
          ) : (
            shownRows.map((item, index) => {
              const isSelected = selected.has(item.hashtag_name);
              return (
                <HashtagRow
                  // By position: a new page or filter updates the existing rows' text and
                  // attributes instead of removing 20 rows and building 20 new ones.
                  key={index}
                  item={item}
                  scope={scope}
                  linkState={linkState}
                  onIntent={onIntent}
                  marker={markers?.get(item.hashtag_name)}
                  since={since}
                  selected={isSelected}
                  selectDisabled={selectionFull && !isSelected}
                  onSelect={onSelect}
                  current={item.hashtag_name === currentName}
                  onCurrent={setCurrentName}
                />
              );
            })
          )}
          {shownRows !== undefined && shownRows.length === 0 && empty && (
            <tr className="border-t border-line">
              <td colSpan={COLUMN_COUNT} className="px-3 py-10 text-center">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </SideScroll>
  );
}
