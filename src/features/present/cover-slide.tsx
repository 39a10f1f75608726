import type { DataMode } from '../../api/meta';
import { countryName, industryLabel } from '../../contract/constants';
import { formatDataAsOf } from '../../lib/data-as-of';
import type { DeckEntry } from './deck-data';
import type { DeckFilters } from './deck-params';

function Kbd({ children }: { children: string }) {
  return <kbd className="rounded-md border border-line bg-surface-muted px-[0.4em] py-[0.05em] font-sans text-ink">{children}</kbd>;
}

function namesLine(entries: readonly DeckEntry[]): string {
  const names = entries.map((e) => `#${e.name}`);
  return names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more` : names.join(', ');
}

/** Market, industry, period, "data as of" (the latest point of the curves shown) and the data source. */
export function CoverSlide({
  filters,
  entries,
  asOf,
  mode,
}: {
  filters: DeckFilters;
  entries: readonly DeckEntry[];
  asOf: number | undefined;
  mode: DataMode | undefined;
}) {
  const handPicked = filters.tags.length > 0;
  return (
    <div className="flex h-full flex-col justify-center gap-[2.25rem] px-[5rem] py-[2rem]">
      <div className="flex flex-col gap-[1rem] border-l-[0.4rem] border-accent pl-[2rem]">
        <p className="text-2xl font-semibold uppercase tracking-[0.18em] text-accent-ink">TikTok hashtag trends</p>
        <h1 className="text-8xl font-bold tracking-tight">{countryName(filters.country)}</h1>
        <p className="text-4xl text-ink-muted">
          {industryLabel(filters.industry)} · Last {filters.period} days
          {filters.newOnly ? ' · New to the top 100' : ''}
        </p>
      </div>
      <p className="max-w-[52rem] pl-[2.4rem] text-3xl">
        {handPicked
          ? `${entries.length} selected hashtag${entries.length === 1 ? '' : 's'}: ${namesLine(entries)}`
          : entries.length > 0
            ? `The top ${entries.length} hashtags, the biggest movers and what their audiences look like`
            : 'No hashtags in the top 100 for these filters'}
      </p>
      <dl className="flex flex-wrap gap-x-[3.5rem] gap-y-[1rem] pl-[2.4rem] text-2xl">
        <div>
          <dt className="text-lg text-ink-muted">Data as of</dt>
          <dd className="font-semibold">{asOf === undefined ? 'Unknown' : formatDataAsOf(asOf)}</dd>
        </div>
        <div>
          <dt className="text-lg text-ink-muted">Source</dt>
          <dd className="font-semibold" data-testid="deck-data-mode">
            {mode === undefined ? 'Checking…' : mode === 'demo' ? 'Demo data (built-in sample)' : 'Live TikTok Creative Center data'}
          </dd>
        </div>
      </dl>
      <p className="pl-[2.4rem] text-lg text-ink-muted">
        <Kbd>→</Kbd> or <Kbd>Space</Kbd> next · <Kbd>←</Kbd> back · <Kbd>F</Kbd> fullscreen · <Kbd>Esc</Kbd> exit
      </p>
    </div>
  );
}
