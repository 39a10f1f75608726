import type { HashtagDetail } from '../../contract/schemas';
import { VideoCover } from '../../components/video-cover';

/** How many covers fit beside the chart in one row. */
export const STRIP_SIZE = 8;

/** A row of the hashtag's top video covers (9:16), each opening the video on TikTok by its exact id. */
export function VideoStrip({ items, name }: { items: HashtagDetail['related_items']; name: string }) {
  const shown = items.slice(0, STRIP_SIZE);
  if (shown.length === 0)
    return <p className="flex h-full items-center text-lg text-ink-muted">No videos for this hashtag.</p>;
  return (
    <ul aria-label={`Top videos for #${name}`} className="flex h-full gap-[0.75rem]">
      {shown.map((item, i) => (
        <li key={`${item.item_id}-${i}`} className="h-full">
          <VideoCover
            item={item}
            label={`Video ${i + 1} of ${shown.length}`}
            width={90}
            height={160}
            className="h-full"
          />
        </li>
      ))}
    </ul>
  );
}
