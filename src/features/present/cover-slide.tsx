import type { DataMode } from '../../api/meta';
import { countryName, industryLabel } from '../../contract/constants';
import { formatDataAsOf } from '../../lib/data-as-of';
import type { DeckEntry } from './deck-data';
import type { DeckFilters } from './deck-params';

function Kbd({ children }: { children: string }) {
  return (
    <kbd className="rounded-md border border-line bg-surface-muted px-[0.4em] py-[0.05em] font-sans text-ink">
      {children}
    </kbd>
  );
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
    <div className="flex min-h-full flex-col justify-center-safe gap-[1.5rem] px-[1.25rem] py-[1.5rem] deck-wide:h-full deck-wide:gap-[2.25rem] deck-wide:px-[5rem] deck-wide:py-[2rem]">
      <div className="flex flex-col gap-[1rem] border-l-[0.4rem] border-accent pl-[1rem] deck-wide:pl-[2rem]">
        <p className="text-lg font-semibold uppercase tracking-[0.18em] text-accent-ink deck-wide:text-2xl">
          TikTok hashtag trends
        </p>
        <h1 className="text-5xl font-bold tracking-tight [overflow-wrap:anywhere] deck-wide:text-8xl">
          {countryName(filters.country)}
        </h1>
        <p className="text-2xl text-ink-muted deck-wide:text-4xl">
          {industryLabel(filters.industry)} · Last {filters.period} days
          {filters.newOnly ? ' · New to the top 100' : ''}
        </p>
      </div>
      <p className="line-clamp-4 max-w-[52rem] pl-[1.4rem] text-xl [overflow-wrap:anywhere] deck-wide:pl-[2.4rem] deck-wide:text-3xl">
        {handPicked
          ? `${entries.length} selected hashtag${entries.length === 1 ? '' : 's'}: ${namesLine(entries)}`
          : entries.length > 0
            ? `The top ${entries.length} hashtags, the biggest movers and what their audiences look like`
            : 'No hashtags in the top 100 for these filters'}
      </p>
      <dl className="flex flex-wrap gap-x-[3.5rem] gap-y-[1rem] pl-[1.4rem] text-xl deck-wide:pl-[2.4rem] deck-wide:text-2xl">
        <div>
          <dt className="text-lg text-ink-muted">Data as of</dt>
          <dd className="font-semibold">{asOf === undefined ? 'Unknown' : formatDataAsOf(asOf)}</dd>
        </div>
        <div>
          <dt className="text-lg text-ink-muted">Source</dt>
          <dd className="font-semibold" data-testid="deck-data-mode">
            {mode === undefined
              ? 'Checking…'
              : mode === 'demo'
                ? 'Demo data (built-in sample)'
                : 'Live TikTok Creative Center data'}
          </dd>
        </div>
      </dl>
      <p className="pl-[1.4rem] text-lg text-ink-muted deck-wide:pl-[2.4rem]">
        <Kbd>→</Kbd> or <Kbd>Space</Kbd> next · <Kbd>←</Kbd> back · <Kbd>F</Kbd> fullscreen · <Kbd>Esc</Kbd> exit
      </p>
    </div>
  );
}
