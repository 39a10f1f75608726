import { useId, useRef, useState, type ReactNode } from 'react';
import { csvBlob, toCsv } from '../../lib/csv';
import { exportDatesText } from '../../lib/data-as-of';
import { downloadBlob } from '../../lib/download';
import type { TableData } from './chart-data';
import { DataTable } from './data-table';

export interface ChartExportInfo {
  /** Filters line drawn under the title, e.g. "#chatgpt · United States · 7 days". */
  subtitle?: string;
  /** What a reader of the picture must know to read it, e.g. "Each curve on its own scale (peak = 100)". */
  note?: string;
  /** The data's latest day (unix seconds, lib/data-as-of); the picture also says when it was downloaded. */
  dataAsOf?: number;
  /** File name without ".png" / ".csv". */
  fileName: string;
}

/**
 * The chart's picture: the SVG drawn with the page, or recharts' surface once a reader has pointed at
 * the chart (not the little svg icons of recharts' legend, also .recharts-surface).
 */
const CHART_SVG = 'svg.chart-static, .recharts-wrapper > svg.recharts-surface';

export interface ChartFigureProps {
  /** The figcaption and the figure's accessible name. */
  title: string;
  /** One sentence saying what the chart shows. */
  summary: string;
  /** The same numbers as the chart, for "Show table" and "Download CSV". */
  table: TableData;
  /** When set, the figure shows this "No data" message instead of a chart. */
  emptyMessage?: string;
  /** Height of the plot area in CSS pixels; the "No data" state and skeletons keep it. */
  height: number;
  exportInfo: ChartExportInfo;
  className?: string;
  /** The chart itself, filling its parent (lazy-charts.tsx). */
  children: ReactNode;
}

/**
 * A chart card: <figure> named by its <figcaption>, a summary sentence, a Show table / Show chart
 * toggle, Download CSV (of that table), Download PNG, and a "No data" state. The chart stays mounted (invisible) while the table
 * is shown so the PNG can always be made from it.
 */
export function ChartFigure({
  title,
  summary,
  table,
  emptyMessage,
  height,
  exportInfo,
  className,
  children,
}: ChartFigureProps) {
  const titleId = useId();
  const plotRef = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(false);
  const [exportState, setExportState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const empty = emptyMessage !== undefined;

  async function downloadPng() {
    const svg = plotRef.current?.querySelector<SVGSVGElement>(CHART_SVG);
    if (!svg) {
      setExportState('failed');
      return;
    }
    setExportState('busy');
    const { subtitle, note, dataAsOf, fileName } = exportInfo;
    const dates = exportDatesText(dataAsOf, 'downloaded', Date.now());
    try {
      // The PNG renderer loads on the first press: only that click needs it.
      const { downloadChartPng } = await import('./png-export');
      await downloadChartPng(svg, {
        title,
        subtitle,
        note,
        dates: dates.charAt(0).toUpperCase() + dates.slice(1),
        fileName,
      });
      setExportState('idle');
    } catch {
      setExportState('failed');
    }
  }

  function downloadCsv() {
    downloadBlob(csvBlob(toCsv(table.columns, table.rows)), `${exportInfo.fileName}.csv`);
  }

  return (
    <figure aria-labelledby={titleId} className={`card flex flex-col gap-3 ${className ?? ''}`}>
      <figcaption className="wrap-anywhere">
        <span id={titleId} className="block font-semibold">
          {title}
        </span>
        <span className="mt-0.5 block text-sm text-ink-muted">{empty ? emptyMessage : summary}</span>
      </figcaption>
      <div className="relative flex-1" style={{ minHeight: height }}>
        {empty ? (
          <div
            className="flex items-center justify-center rounded-lg border border-dashed border-line text-sm text-ink-muted"
            style={{ height }}
          >
            No data
          </div>
        ) : (
          <>
            <div
              ref={plotRef}
              className={showTable ? 'invisible absolute inset-x-0 top-0' : ''}
              inert={showTable}
              style={{ height }}
            >
              {children}
            </div>
            {showTable && <DataTable caption={title} data={table} />}
          </>
        )}
      </div>
      {!empty && (
        <div className="no-print flex flex-wrap items-center justify-end gap-2 border-t border-line pt-3">
          {exportState === 'failed' && (
            <p role="status" className="mr-auto text-sm text-down">
              The image could not be created.
            </p>
          )}
          <button
            type="button"
            className="btn-ghost border border-line"
            aria-label={`${showTable ? 'Show chart' : 'Show table'} for ${title}`}
            onClick={() => setShowTable((v) => !v)}
          >
            {showTable ? 'Show chart' : 'Show table'}
          </button>
          <button
            type="button"
            className="btn-ghost border border-line"
            aria-label={`Download CSV of ${title}`}
            onClick={downloadCsv}
          >
            Download CSV
          </button>
          <button
            type="button"
            className="btn-ghost border border-line"
            aria-label={`Download PNG of ${title}`}
            onClick={() => void downloadPng()}
            disabled={exportState === 'busy'}
          >
            Download PNG
          </button>
        </div>
      )}
    </figure>
  );
}
