import { startTransition, useEffect, useState } from 'react';
import type { HashtagListItem } from '../../contract/schemas';
import { safeImageUrl } from '../../contract/safe-url';
import { whenIdle } from '../../lib/when-idle';
import { AVATAR_DELAY_MS } from './avatar-delay';

type Creator = NonNullable<HashtagListItem['creators']>[number];

/** The avatars that started waiting in the same millisecond (a page of rows: 60 of them), and when. */
let waiting: { at: number; settles: Set<() => void> } | undefined;

/**
 * Calls `settle` once {@link AVATAR_DELAY_MS} have passed and the browser is idle; returns a cancel
 * function. Avatars that ask together (in one commit) share one timer and one idle callback, and their
 * pictures come in one background (time-sliced) render.
 */
function whenSettled(settle: () => void): () => void {
  const now = Date.now();
  if (waiting?.at !== now) {
    const settles = new Set<() => void>();
    waiting = { at: now, settles };
    setTimeout(() => whenIdle(() => startTransition(() => settles.forEach((s) => s()))), AVATAR_DELAY_MS);
  }
  const { settles } = waiting;
  settles.add(settle);
  return () => void settles.delete(settle);
}

/** false until the component has been on screen for {@link AVATAR_DELAY_MS} and the browser is idle. */
function useSettled(): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => whenSettled(() => setSettled(true)), []);
  return settled;
}

/**
 * A creator's picture is fetched once the rows have stayed a moment. A new page of rows brings 60
 * avatars, and every one costs the main thread and the compositor work as it is requested, arrives,
 * is decoded and painted: on a slow device that work lands on the next filter change. Someone
 * flicking through filters fetches no pictures for the lists they pass over, and the rows they stop
 * at paint first. Until then an avatar is the same empty circle an image shows while it loads.
 */
function Avatar({ creator }: { creator: Creator }) {
  const [failed, setFailed] = useState(false);
  const settled = useSettled();
  const src = safeImageUrl(creator.avatar_url);
  const name = creator.nick_name?.trim() || 'Creator';
  const base = 'size-7 shrink-0 rounded-full border-2 border-surface';
  if (src && !failed && !settled) {
    return <span role="img" aria-label={name} title={name} className={`${base} block bg-surface-muted`} />;
  }
  if (!src || failed) {
    return (
      <span
        role="img"
        aria-label={name}
        title={name}
        className={`${base} flex items-center justify-center bg-surface-muted text-xs font-semibold text-ink-muted`}
      >
        <span aria-hidden="true">{name.slice(0, 1).toUpperCase()}</span>
      </span>
    );
  }
  return (
    <img
      src={src}
      alt={name}
      title={name}
      width={28}
      height={28}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      className={`${base} bg-surface-muted object-cover`}
      onError={() => setFailed(true)}
    />
  );
}

/** Up to three overlapping avatars; the rest as "+N". */
export function CreatorAvatars({ creators, max = 3 }: { creators: HashtagListItem['creators']; max?: number }) {
  if (!creators?.length) return null;
  const shown = creators.slice(0, max);
  const more = creators.length - shown.length;
  return (
    <ul aria-label="Creators" className="flex items-center -space-x-2">
      {shown.map((c, i) => (
        <li key={`${c.nick_name ?? ''}-${i}`}>
          <Avatar creator={c} />
        </li>
      ))}
      {more > 0 && (
        <li className="pl-3 text-xs text-ink-muted">
          <span aria-hidden="true">+{more}</span>
          <span className="sr-only">and {more} more</span>
        </li>
      )}
    </ul>
  );
}
