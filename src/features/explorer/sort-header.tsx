import type { ReactNode } from 'react';
import { NATURAL_DIR, type Sort, type SortKey } from './url-state';

/**
 * A column header whose button sorts by `column`; `aria-sort` sits on the <th>. Paper has no
 * buttons (index.css hides them in print), so the header's words are printed as text instead.
 */
export function SortHeader({
  column,
  sort,
  onSort,
  children,
  align = 'left',
  className,
}: {
  column: SortKey;
  sort: Sort;
  onSort: (sort: Sort) => void;
  children: ReactNode;
  align?: 'left' | 'right';
  className?: string;
}) {
  const active = sort.key === column;
  const nextDir = active ? (sort.dir === 'asc' ? 'desc' : 'asc') : NATURAL_DIR[column];
  return (
    <th
      scope="col"
      aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      className={`px-3 py-2 font-medium ${align === 'right' ? 'text-right' : 'text-left'} ${className ?? ''}`}
    >
      <span aria-hidden="true" className="hidden print:inline">
        {children}
      </span>
      <button
        type="button"
        className={`inline-flex items-center gap-1 rounded hover:text-ink ${active ? 'text-ink' : ''} ${align === 'right' ? 'flex-row-reverse' : ''}`}
        onClick={() => onSort({ key: column, dir: nextDir })}
      >
        {children}
        <span aria-hidden="true" className={`w-3 text-xs ${active ? '' : 'opacity-40'}`}>
          {active ? (sort.dir === 'asc' ? '↑' : '↓') : '↕'}
        </span>
      </button>
    </th>
  );
}
