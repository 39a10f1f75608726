import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { hashtagDetailOptions } from '../../api/hashtag-detail';
import { safeImageUrl } from '../../contract/safe-url';
import type { DeckEntry, Slide } from './deck-data';
import type { DeckFilters } from './deck-params';
import { STRIP_SIZE } from './video-strip';

const preloadedCovers = new Set<string>();

/** Fetch a hashtag's detail and warm the first covers, so its slide opens complete. */
function prefetchEntry(queryClient: QueryClient, entry: DeckEntry, filters: DeckFilters) {
  const options = hashtagDetailOptions({ name: entry.name, country: filters.country, period: filters.period });
  void queryClient.prefetchQuery(options).then(() => {
    const info = queryClient.getQueryData(options.queryKey)?.data.info;
    for (const item of info?.related_items.slice(0, STRIP_SIZE) ?? []) {
      const src = safeImageUrl(item.cover_uri);
      if (!src || preloadedCovers.has(src)) continue;
      preloadedCovers.add(src);
      const img = new Image();
      img.referrerPolicy = 'no-referrer';
      img.src = src;
    }
  });
}

/**
 * What the neighbouring slides need, fetched while this one is on screen: the details (and first
 * covers) of the next two slides and the previous one; for the summary, the details of every hashtag
 * the list did not have.
 */
export function usePrefetchNearSlides({
  ready,
  slides,
  index,
  entries,
  filters,
}: {
  ready: boolean;
  slides: readonly Slide[];
  index: number;
  entries: readonly DeckEntry[];
  filters: DeckFilters;
}) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!ready) return;
    for (const offset of [1, 2, -1]) {
      const near = slides[index + offset];
      if (near?.kind === 'hashtag') prefetchEntry(queryClient, near.entry, filters);
      if (near?.kind === 'summary') for (const e of entries) if (!e.item) prefetchEntry(queryClient, e, filters);
    }
  }, [entries, filters, index, queryClient, ready, slides]);
}
