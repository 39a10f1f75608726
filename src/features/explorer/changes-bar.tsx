import { useEffect, useRef, useState } from 'react';
import { MarkAllSeenButton } from './mark-all-seen-button';
import type { ChangesSinceLastVisit } from './use-changes-since-last-visit';
import { formatVisitDate } from './visit-date';

/**
 * Above the table while anything moved since the last visit: the date compared against and
 * "Mark all as seen". After marking, a short confirmation takes the button's place (and its focus).
 */
export function ChangesBar({ changes }: { changes: ChangesSinceLastVisit }) {
  const [marked, setMarked] = useState(false);
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (marked) doneRef.current?.focus();
  }, [marked]);
  if (changes.hasChanges && changes.since !== undefined) {
    const moved = changes.markers.size;
    const dropped = changes.droppedOut.length;
    const counts = [
      moved > 0 ? `${moved} ${moved === 1 ? 'hashtag' : 'hashtags'} new or moved` : undefined,
      dropped > 0 ? `${dropped} dropped out` : undefined,
    ].filter(Boolean);
    return (
      <div className="no-print flex flex-wrap items-center justify-between gap-2 border-b border-line bg-surface-muted px-3 py-2 text-sm">
        <p>
          <span className="font-medium">Since your last visit on {formatVisitDate(changes.since)}:</span>{' '}
          {counts.join(', ')}
        </p>
        <MarkAllSeenButton
          onClick={() => {
            changes.markAllSeen();
            setMarked(true);
          }}
        />
      </div>
    );
  }
  if (!marked) return null;
  return (
    <div className="no-print border-b border-line bg-surface-muted px-3 py-2 text-sm">
      <p ref={doneRef} tabIndex={-1}>
        All changes marked as seen.
      </p>
    </div>
  );
}
