/**
 * Seconds to wait from a `Retry-After` header: delta-seconds or an HTTP date. Missing or unreadable
 * values fall back to `fallbackSeconds`: a 429 without a hint still deserves a pause.
 */
export function retryAfterSeconds(header: string | null, nowMs: number, fallbackSeconds: number): number {
  if (header) {
    const trimmed = header.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed)) return clamp(Math.ceil(Number(trimmed)));
    const date = Date.parse(trimmed);
    if (!Number.isNaN(date)) return clamp(Math.ceil((date - nowMs) / 1000));
  }
  return fallbackSeconds;
}

/**
 * No provider hint blocks us for more than an hour: a 400-digit number (Infinity) or a date in the
 * year 9999 would otherwise stop every upstream call until a restart and put "Infinity" in our header.
 */
export const MAX_RETRY_AFTER_SECONDS = 3_600;

function clamp(seconds: number): number {
  return Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, seconds));
}
