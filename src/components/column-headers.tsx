import type { ReactNode } from 'react';

export interface Column {
  label: ReactNode;
  /** Figures: aligned right. */
  numeric?: boolean;
}

/** The head of the app's small tables (cross-period, watchlist): muted column names over a rule. */
export function ColumnHeaders({ columns }: { columns: readonly Column[] }) {
  return (
    <thead className="border-b border-line text-ink-muted">
      <tr>
        {columns.map((column, i) => (
          <th
            key={i}
            scope="col"
            className={['py-2', i < columns.length - 1 && 'pr-4', column.numeric && 'text-right', 'font-medium']
              .filter(Boolean)
              .join(' ')}
          >
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
