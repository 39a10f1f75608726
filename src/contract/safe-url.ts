/**
 * Only https: URLs (or our own same-origin paths) are ever placed in src/href. Returns undefined
 * for javascript:, data:, http: and anything unparsable.
 */
export function safeHttpsUrl(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  if (raw.startsWith('/') && !raw.startsWith('//')) return raw; // our own server (demo covers)
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const TIKTOK_HOST = /(^|\.)tiktok\.com$/i;

/** An https: link on tiktok.com, or undefined. */
export function safeTikTokUrl(raw: string | undefined | null): string | undefined {
  const safe = safeHttpsUrl(raw);
  if (!safe || safe.startsWith('/')) return undefined;
  return TIKTOK_HOST.test(new URL(safe).hostname) ? safe : undefined;
}

/** The public page of a video by its exact (19-digit) id. */
export function tiktokVideoUrl(itemId: string): string | undefined {
  return /^\d+$/.test(itemId) ? `https://www.tiktok.com/video/${itemId}` : undefined;
}
