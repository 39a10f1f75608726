import { exportDatesText } from '../lib/data-as-of';
import { useHydrated } from '../lib/use-hydrated';

export interface PrintHeaderProps {
  /** What the page is, e.g. "#chatgpt", "Compare hashtags", "Trending hashtags". */
  title: string;
  /** The filters in words, e.g. ["United States", "last 7 days"]; empty ones are skipped. */
  filters: readonly (string | undefined)[];
  /** The latest day of the data on the page (unix seconds, see lib/data-as-of); omitted while nothing has loaded. */
  dataAsOf?: number;
  /** "Printed" date (epoch ms); PrintHeader makes it now once hydrated. Left out when undefined. */
  printedAt?: number;
  locale?: string;
}

/** The words of the print header, one line: "Hashtag Trends · Compare hashtags · United States · last 7 days · data as of … · printed …". */
export function printHeaderText({ title, filters, dataAsOf, printedAt, locale }: PrintHeaderProps): string {
  return [
    'Hashtag Trends',
    title,
    ...filters.filter((f): f is string => !!f),
    exportDatesText(dataAsOf, 'printed', printedAt, locale),
  ].join(' · ');
}

/** The reader's clock, read when the header is drawn. */
const readerNow = () => Date.now();

/**
 * Only on paper (and "Save as PDF"): what the printout shows and when, since the filter controls
 * and the app header are hidden there. Invisible on screen and to screen readers on screen.
 */
export function PrintHeader(props: PrintHeaderProps) {
  // the reader's day is the browser's to say: the server's page has no "printed …"
  const hydrated = useHydrated();
  return (
    <p data-testid="print-header" className="hidden border-b border-line pb-2 text-sm text-ink print:block">
      {printHeaderText({ ...props, printedAt: props.printedAt ?? (hydrated ? readerNow() : undefined) })}
    </p>
  );
}
