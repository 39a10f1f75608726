import { useState } from 'react';
import { safeImageUrl, tiktokVideoUrl } from '../contract/safe-url';

export interface VideoCoverProps {
  item: { item_id: string; cover_uri?: string };
  /** Alt text, e.g. "Related video 3 of 49". */
  label: string;
  width: number;
  height: number;
  /** Off-screen grids lazy-load; a slide's strip is already prefetched. */
  lazy?: boolean;
  /** Extra classes for the 9:16 frame (e.g. its height on a slide). */
  className?: string;
}

/**
 * A related video's cover in a fixed 9:16 frame (nothing shifts when it loads), linking to the video
 * on tiktok.com by its exact id in a new tab. Only our own cover URLs and the provider's image hosts are used; a cover
 * that is missing or fails to load shows a placeholder.
 */
export function VideoCover({ item, label, width, height, lazy = false, className = '' }: VideoCoverProps) {
  const src = safeImageUrl(item.cover_uri);
  const [failed, setFailed] = useState(false);
  const href = tiktokVideoUrl(item.item_id);
  const frame = `block aspect-[9/16] overflow-hidden rounded-lg border border-line bg-surface-muted ${className}`;
  const picture =
    src && !failed ? (
      <img
        src={src}
        alt={label}
        width={width}
        height={height}
        loading={lazy ? 'lazy' : undefined}
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
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className={`${frame} hover:opacity-90`}
      data-item-id={item.item_id}
    >
      {picture}
      <span className="sr-only"> on TikTok (opens in a new tab)</span>
    </a>
  );
}
