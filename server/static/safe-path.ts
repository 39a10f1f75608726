import { resolve, sep } from 'node:path';

/**
 * The file under `root` that a URL path names, or undefined when it would leave `root`, name a dotfile,
 * or is not decodable. `new URL` already folds `/../` and `%2e%2e`; the decoded-segment check below
 * also stops encoded slashes (`..%2f`), backslashes and NUL bytes.
 */
export function resolveUnder(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter(Boolean);
  if (segments.some((segment) => segment.startsWith('.'))) return undefined;
  const base = resolve(root);
  const target = resolve(base, ...segments);
  return target === base || target.startsWith(base + sep) ? target : undefined;
}
