import { isProviderImageHost } from './image-hosts';

/**
 * URLs from the provider go into `src` and `href` only through these checks. Text that is not a clean
 * URL is refused before parsing: a backslash or a control character (tab, newline, NUL, DEL, C1) means
 * something else to the URL parser than it seems to (`/\evil.example` and `/\t/evil.example` are both
 * `//evil.example`).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\\]/;

/**
 * A stand-in for our own origin. Relative URLs are resolved against it; only those that stay on it
 * are ours. (The server renders without knowing the host it is reached under, and the answer must
 * not depend on it.)
 */
const OWN_ORIGIN = 'https://own.invalid';

function parse(raw: string | undefined | null): URL | undefined {
  if (!raw || UNSAFE_CHARACTERS.test(raw)) return undefined;
  try {
    return new URL(raw, `${OWN_ORIGIN}/`);
  } catch {
    return undefined;
  }
}

const isOwn = (url: URL) => url.origin === OWN_ORIGIN;
const ownPath = (url: URL) => `${url.pathname}${url.search}${url.hash}`;
/** https on the default port, no user name or password in the URL. */
const isPlainHttps = (url: URL) =>
  url.protocol === 'https:' && url.port === '' && url.username === '' && url.password === '';

/**
 * A picture's URL fit for `<img src>`: a path on our own server (demo covers and avatars) or an https
 * URL on one of the provider's image hosts (src/contract/image-hosts.ts). Undefined for anything else:
 * other hosts, http:, javascript:, data:, `//host`, backslashes, control characters.
 */
export function safeImageUrl(raw: string | undefined | null): string | undefined {
  const url = parse(raw);
  if (!url) return undefined;
  if (isOwn(url)) return ownPath(url);
  return isPlainHttps(url) && isProviderImageHost(url.hostname) ? url.href : undefined;
}

const TIKTOK_HOST = /(^|\.)tiktok\.com$/;

/** An https: link on tiktok.com, or undefined. */
export function safeTikTokUrl(raw: string | undefined | null): string | undefined {
  const url = parse(raw);
  if (!url || isOwn(url)) return undefined;
  return isPlainHttps(url) && TIKTOK_HOST.test(url.hostname) ? url.href : undefined;
}

/** The public page of a video by its exact (19-digit) id. */
export function tiktokVideoUrl(itemId: string): string | undefined {
  return /^\d+$/.test(itemId) ? `https://www.tiktok.com/video/${itemId}` : undefined;
}
