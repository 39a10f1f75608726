import { useState } from 'react';
import type { HashtagDetail } from '../../contract/schemas';
import { safeHttpsUrl, tiktokVideoUrl } from '../../lib/safe-url';

type RelatedItem = HashtagDetail['related_items'][number];

/** How many covers fit beside the chart in one row. */
export const STRIP_SIZE = 8;

function Cover({ item, label }: { item: RelatedItem; label: string }) {
  const src = safeHttpsUrl(item.cover_uri);
  const [failed, setFailed] = useState(false);
  const href = tiktokVideoUrl(item.item_id);
  const frame = 'block h-full aspect-[9/16] overflow-hidden rounded-lg border border-line bg-surface-muted';
  const picture =
    src && !failed ? (
      <img
        src={src}
        alt={label}
        width={90}
        height={160}
        decoding="async"
        referrerPolicy="no-referrer"
        onError={() => setFailed(true)}
        className="h-full w-full object-cover"
      />
    ) : (
      <span className="flex h-full w-full items-center justify-center text-2xl text-ink-muted">
        <span aria-hidden="true">▶</span>
        <span className="sr-only">{label} (cover unavailable)</span>
      </span>
    );
  if (!href) return <span className={frame}>{picture}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={`${frame} hover:opacity-90`} data-item-id={item.item_id}>
      {picture}
      <span className="sr-only"> on TikTok (opens in a new tab)</span>
    </a>
  );
}

/** A row of the hashtag's top video covers (9:16), each opening the video on TikTok by its exact id. */
export function VideoStrip({ items, name }: { items: HashtagDetail['related_items']; name: string }) {
  const shown = items.slice(0, STRIP_SIZE);
  if (shown.length === 0) return <p className="flex h-full items-center text-lg text-ink-muted">No videos for this hashtag.</p>;
  return (
    <ul aria-label={`Top videos for #${name}`} className="flex h-full gap-[0.75rem]">
      {shown.map((item, i) => (
        <li key={`${item.item_id}-${i}`} className="h-full">
          <Cover item={item} label={`Video ${i + 1} of ${shown.length}`} />
        </li>
      ))}
    </ul>
  );
}
