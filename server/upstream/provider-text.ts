/** The most of any provider text (`msg`, `request_id`, ...) that reaches a response or a log line. */
export const MAX_PROVIDER_TEXT = 200;

/**
 * C0/C1 control characters (newlines, ESC, NUL...), the Unicode line and paragraph separators, and
 * the bidirectional overrides and isolates that make a log line read differently from what it holds.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/**
 * The base64 text that any occurrence of `secret` inside a larger base64-encoded string contains,
 * whatever its byte offset: for each of the 3 alignments, the characters fed by the secret's bytes
 * alone (the ones at either end also depend on the neighbouring bytes).
 */
function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const forms: string[] = [];
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    const core = encoded.slice(Math.ceil((8 * shift) / 6), Math.floor((8 * (shift + bytes.length)) / 6));
    if (core.length >= 4) forms.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return forms;
}

/** Every spelling of the key we redact: raw, URL-encoded (both flavours, any hex case), base64 (standard and URL-safe). */
export function secretForms(secret: string): string[] {
  if (!secret) return [];
  const encoded = encodeURIComponent(secret);
  const forms = [
    secret,
    encoded,
    encoded.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
    new URLSearchParams({ k: secret }).toString().slice(2),
    ...base64Forms(secret),
  ];
  // Longest first, so a form containing another is replaced whole.
  return [...new Set(forms)].filter(Boolean).sort((a, b) => b.length - a.length);
}

/**
 * Provider text made safe to show or log: one line (control characters, newlines and bidi controls
 * become a space), the key in any spelling replaced by `[redacted]`, at most 200 characters (code
 * points, so an emoji is never cut in half). Redaction runs on the whole text before the cut, so a key
 * cannot survive as a prefix at the end.
 */
export function cleanProviderText(text: string, secret: string, max = MAX_PROVIDER_TEXT): string {
  let clean = text.replace(UNSAFE, ' ');
  for (const form of secretForms(secret)) clean = clean.split(form).join('[redacted]');
  clean = clean.replace(/ {2,}/g, ' ').trim();
  const chars = Array.from(clean);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}
