/**
 * Seconds to wait from a `Retry-After` header: delta-seconds or an HTTP date. Missing or unreadable
 * values fall back to `fallbackSeconds`: a 429 without a hint still deserves a pause.
 */
export function retryAfterSeconds(header: string | null, nowMs: number, fallbackSeconds: number): number {
  if (header) {
    const trimmed = header.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.max(1, Math.ceil(Number(trimmed)));
    const date = Date.parse(trimmed);
    if (!Number.isNaN(date)) return Math.max(1, Math.ceil((date - nowMs) / 1000));
  }
  return fallbackSeconds;
}
