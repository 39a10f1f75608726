import { exportDatesText } from '../lib/data-as-of';

export interface PrintHeaderProps {
  /** What the page is, e.g. "#chatgpt", "Compare hashtags", "Trending hashtags". */
  title: string;
  /** The filters in words, e.g. ["United States", "last 7 days"]; empty ones are skipped. */
  filters: readonly (string | undefined)[];
  /** The latest day of the data on the page (unix seconds, see lib/data-as-of); omitted while nothing has loaded. */
  dataAsOf?: number;
  /** "Printed" date (epoch ms); defaults to now. Tests pass a fixed one. */
  printedAt?: number;
  locale?: string;
}

/** The words of the print header, one line: "Hashtag Trends · Compare hashtags · United States · last 7 days · data as of … · printed …". */
export function printHeaderText({
  title,
  filters,
  dataAsOf,
  printedAt = Date.now(),
  locale,
}: PrintHeaderProps): string {
  return [
    'Hashtag Trends',
    title,
    ...filters.filter((f): f is string => !!f),
    exportDatesText(dataAsOf, 'printed', printedAt, locale),
  ].join(' · ');
}

/**
 * Only on paper (and "Save as PDF"): what the printout shows and when, since the filter controls
 * and the app header are hidden there. Invisible on screen and to screen readers on screen.
 */
export function PrintHeader(props: PrintHeaderProps) {
  return (
    <p data-testid="print-header" className="hidden border-b border-line pb-2 text-sm text-ink print:block">
      {printHeaderText(props)}
    </p>
  );
}
