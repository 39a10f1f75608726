/**
 * `value` as the text of a `<script type="application/json">`: every `<` written as `\u003c` (a text
 * such as `</script>` cannot end the block), U+2028 and U+2029 escaped too. Such a block is data, never
 * run: the page's CSP (`script-src 'self'`) is unaffected.
 */
export function jsonScriptText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
