import { useId } from 'react';
import type { Period } from '../../contract/constants';
import { csvBlob, toCsv } from '../../lib/csv';
import { downloadBlob } from '../../lib/download';
import { DataTable } from '../../components/charts/data-table';
import { headlineTable, type LoadedHashtag } from './compare-data';
import { SideScroll } from '../../components/side-scroll';

const TITLE = 'Headline figures side by side';

/** One column per hashtag: posts, views, peak, where it is now and audience ages. */
export function CompareFiguresTable({
  hashtags,
  period,
  fileName,
}: {
  hashtags: readonly LoadedHashtag[];
  period: Period;
  fileName: string;
}) {
  const headingId = useId();
  const table = headlineTable(hashtags, period);
  return (
    <section aria-labelledby={headingId} className="card space-y-3">
      <h2 id={headingId} className="font-semibold">
        {TITLE}
      </h2>
      <SideScroll>
        <DataTable caption={TITLE} data={table} />
      </SideScroll>
      <div className="no-print flex justify-end border-t border-line pt-3">
        <button
          type="button"
          className="btn-ghost border border-line"
          aria-label={`Download CSV of ${TITLE}`}
          onClick={() => downloadBlob(csvBlob(toCsv(table.columns, table.rows)), `${fileName}.csv`)}
        >
          Download CSV
        </button>
      </div>
    </section>
  );
}
