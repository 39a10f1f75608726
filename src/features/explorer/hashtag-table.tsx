import type { ReactNode } from 'react';
import { Skeleton } from '../../components/skeleton';
import type { HashtagListItem } from '../../contract/schemas';
import type { TrendScope } from '../../lib/filter-params';
import { HashtagRow, ROW_CLASS } from './hashtag-row';
import { SortHeader } from './sort-header';
import type { Sort } from './url-state';

function SkeletonRow() {
  return (
    <tr className={ROW_CLASS} data-testid="skeleton-row">
      <td className="px-3">
        <Skeleton className="ml-auto h-5 w-6" />
      </td>
      <td className="px-3">
        <Skeleton className="h-4 w-10" />
      </td>
      <td className="px-3">
        <Skeleton className="h-5 w-40" />
        <Skeleton className="mt-1 h-3 w-24" />
      </td>
      <td className="px-3">
        <Skeleton className="ml-auto h-5 w-12" />
      </td>
      <td className="px-3">
        <Skeleton className="ml-auto h-5 w-14" />
      </td>
      <td className="px-3">
        <Skeleton className="h-7 w-24" />
      </td>
      <td className="px-3">
        <Skeleton className="h-7 w-16 rounded-full" />
      </td>
    </tr>
  );
}

/**
 * The ranked list as a real table. `rows` undefined = loading: skeleton rows of the same height
 * hold the space so nothing shifts when data arrives.
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
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[52rem] border-collapse text-sm" aria-busy={busy || rows === undefined}>
        <caption className="sr-only">{caption}</caption>
        <thead className="text-ink-muted">
          <tr>
            <SortHeader column="rank" sort={sort} onSort={onSort} align="right" className="w-16">
              Rank
            </SortHeader>
            <SortHeader column="change" sort={sort} onSort={onSort} className="w-24">
              Change
            </SortHeader>
            <th scope="col" className="px-3 py-2 text-left font-medium">
              Hashtag
            </th>
            <SortHeader column="posts" sort={sort} onSort={onSort} align="right" className="w-24">
              Posts
            </SortHeader>
            <SortHeader column="views" sort={sort} onSort={onSort} align="right" className="w-24">
              Views
            </SortHeader>
            <th scope="col" className="w-32 px-3 py-2 text-left font-medium">
              Trend
            </th>
            <th scope="col" className="w-28 px-3 py-2 text-left font-medium">
              Creators
            </th>
          </tr>
        </thead>
        <tbody className={busy ? 'opacity-60 transition-opacity' : 'transition-opacity'}>
          {rows === undefined
            ? Array.from({ length: skeletonRows }, (_, i) => <SkeletonRow key={i} />)
            : rows.map((item) => <HashtagRow key={item.hashtag_id} item={item} scope={scope} linkState={linkState} onIntent={onIntent} />)}
          {rows !== undefined && rows.length === 0 && empty && (
            <tr className="border-t border-line">
              <td colSpan={7} className="px-3 py-10 text-center">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
