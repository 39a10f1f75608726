/** Hashtag names as they travel in `?tags=` (compare, present, watchlist links). */

/** The API's own limit on a hashtag name; longer parts of `tags` are dropped. */
export const MAX_TAG_LENGTH = 200;

/** One hashtag name as people type it: trimmed, without a leading "#". */
export function cleanTagName(raw: string): string {
  return raw.replace(/^[\s#]+/, '').trim(); // "# #a" is "a": no "#" survives a second pass
}

/**
 * The `tags` parameter as a list: split on commas, trimmed, "#" dropped, empties dropped and
 * duplicates removed case-insensitively (the first spelling wins). `raw` is the value as
 * URLSearchParams decoded it, which never throws on a stray "%" the way decodeURIComponent does.
 */
export function parseTagsParam(raw: string | null): string[] {
  if (!raw) return [];
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of raw.split(',')) {
    const name = cleanTagName(part);
    const key = name.toLocaleLowerCase();
    if (!name || name.length > MAX_TAG_LENGTH || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/** `a,b,c`: each name percent-encoded ("#" dropped), the separating commas left readable. */
export function tagsValue(names: readonly string[]): string {
  return names.map((n) => encodeURIComponent(cleanTagName(n))).join(',');
}

/** `tags=a,b,c` */
export function tagsParam(names: readonly string[]): string {
  return `tags=${tagsValue(names)}`;
}

/** Case-insensitive membership, the same rule as the de-duplication. */
export function hasTag(names: readonly string[], name: string): boolean {
  const key = name.toLocaleLowerCase();
  return names.some((n) => n.toLocaleLowerCase() === key);
}
