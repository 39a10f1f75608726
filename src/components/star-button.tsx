import { useState } from 'react';
import { WATCHLIST_MAX, useWatchlist } from '../stores/watchlist-store';
import { useShortcut } from '../lib/shortcuts/use-shortcut';
import { ShortcutHint } from '../lib/shortcuts/shortcut-hint';

/**
 * ☆/★ toggle for one hashtag. The accessible name stays "Star #name" and aria-pressed says whether it
 * is starred (a toggle button's name must not flip). When the watchlist is full, a click explains
 * why instead of silently doing nothing.
 */
export function StarButton({
  name,
  className,
  shortcut = false,
  hint: showHint = false,
}: {
  name: string;
  className?: string;
  /** `s` presses this button (the page's hashtag, the list's current row); `hint` shows the key. */
  shortcut?: boolean;
  hint?: boolean;
}) {
  const { has, toggle, isFull } = useWatchlist();
  const starred = has(name);
  // The name the last refused click was for: a row reused for another hashtag shows no stale message.
  const [refusedFor, setRefusedFor] = useState<string | undefined>(undefined);
  const refused = refusedFor === name;
  const blocked = isFull && !starred;
  const hint = starred
    ? `Remove #${name} from your watchlist`
    : blocked
      ? `Watchlist is full (${WATCHLIST_MAX})`
      : `Add #${name} to your watchlist`;
  const press = () => setRefusedFor(toggle(name) === 'full' ? name : undefined);
  useShortcut('star', press, shortcut);
  return (
    <span className={`inline-flex items-center gap-1 ${className ?? ''}`}>
      <button
        type="button"
        className={`inline-flex h-7 w-7 items-center justify-center rounded-md text-lg leading-none hover:bg-surface-muted ${
          starred ? 'text-warn' : 'text-ink-muted'
        } ${blocked ? 'cursor-not-allowed opacity-60' : ''}`}
        aria-label={`Star #${name}`}
        aria-pressed={starred}
        title={hint}
        aria-keyshortcuts={shortcut ? 's' : undefined}
        onClick={press}
      >
        <span aria-hidden="true">{starred ? '★' : '☆'}</span>
      </button>
      {showHint && <ShortcutHint id="star" />}
      {/* An alert is announced when it appears, so no empty live region waits in every row. */}
      {refused && blocked && (
        <span role="alert" className="text-xs text-warn">
          Watchlist is full ({WATCHLIST_MAX}): unstar one first.
        </span>
      )}
    </span>
  );
}
