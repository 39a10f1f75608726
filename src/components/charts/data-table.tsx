import { formatExact } from '../../lib/format';
import type { TableData } from './chart-data';

/** The table twin of a chart: same numbers, a caption, the first column as row headers. */
export function DataTable({
  caption,
  data,
  captionHidden = true,
}: {
  caption: string;
  data: TableData;
  captionHidden?: boolean;
}) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className={captionHidden ? 'sr-only' : 'mb-2 text-left font-medium'}>{caption}</caption>
      <thead>
        <tr className="border-b border-line text-left text-ink-muted">
          {data.columns.map((column, i) => (
            <th key={column} scope="col" className={`px-2 py-1.5 font-medium ${i > 0 ? 'text-right' : ''}`}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.rows.map((row, r) => (
          <tr key={r} className="border-b border-line last:border-b-0">
            {row.map((cell, c) =>
              c === 0 ? (
                <th key={c} scope="row" className="px-2 py-1 text-left font-normal">
                  {cell}
                </th>
              ) : (
                <td key={c} className="px-2 py-1 text-right tabular-nums">
                  {typeof cell === 'number' ? formatExact(cell) : cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
