import { useState } from 'react';
import type { HashtagListItem } from '../../contract/schemas';
import { safeHttpsUrl } from '../../contract/safe-url';

type Creator = NonNullable<HashtagListItem['creators']>[number];

function Avatar({ creator }: { creator: Creator }) {
  const [failed, setFailed] = useState(false);
  const src = safeHttpsUrl(creator.avatar_url);
  const name = creator.nick_name?.trim() || 'Creator';
  const base = 'size-7 shrink-0 rounded-full border-2 border-surface';
  if (!src || failed) {
    return (
      <span role="img" aria-label={name} title={name} className={`${base} flex items-center justify-center bg-surface-muted text-xs font-semibold text-ink-muted`}>
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
