import { parse } from 'lossless-json';

/**
 * JSON.parse that never rounds: integers beyond Number.MAX_SAFE_INTEGER (TikTok's 19-digit
 * `item_id`s) come back as their exact decimal strings; every other number is a plain number.
 */
export function parseJsonLossless(text: string): unknown {
  return parse(text, null, (digits: string) => {
    const n = Number(digits);
    if (Number.isSafeInteger(n) || !/^-?\d+$/.test(digits)) return n;
    return digits;
  });
}
