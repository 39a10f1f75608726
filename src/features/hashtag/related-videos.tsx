import { useId, useState } from 'react';
import type { HashtagDetail } from '../../contract/schemas';
import { VideoCover } from '../../components/video-cover';

/**
 * Real answers carry about 50 videos. Beyond this many the grid grows on request, so a response with
 * thousands cannot put thousands of frames in the page at once.
 */
export const VIDEOS_SHOWN_AT_ONCE = 100;

/** Every related video's cover (fixed 9:16 frames, lazy), each opening the video on tiktok.com by its exact id. */
export function RelatedVideos({ items }: { items: HashtagDetail['related_items'] }) {
  const headingId = useId();
  const [shown, setShown] = useState(VIDEOS_SHOWN_AT_ONCE);
  const more = Math.min(VIDEOS_SHOWN_AT_ONCE, items.length - shown);
  return (
    <section aria-labelledby={headingId} className="card">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id={headingId} className="font-semibold">
          Related videos
        </h2>
        {items.length > 0 && <p className="text-sm text-ink-muted">{items.length} videos · open on TikTok</p>}
      </div>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-ink-muted">No data</p>
      ) : (
        <ul className="mt-3 grid grid-cols-3 gap-2 sm:grid-cols-5 md:grid-cols-6 lg:grid-cols-8">
          {items.slice(0, shown).map((item, i) => (
            <li key={`${item.item_id}-${i}`}>
              <VideoCover
                item={item}
                label={`Related video ${i + 1} of ${items.length}`}
                width={180}
                height={320}
                lazy
              />
            </li>
          ))}
        </ul>
      )}
      {more > 0 && (
        <button type="button" className="btn mt-3" onClick={() => setShown(shown + more)}>
          Show {more} more videos ({items.length - shown} not shown)
        </button>
      )}
    </section>
  );
}
