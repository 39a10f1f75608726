import type { DehydratedState } from '@tanstack/react-query';
import { jsonScriptText } from '../contract/json-script';

/** The id of the JSON script block holding the query cache a page was rendered with. */
export const QUERY_STATE_ID = 'query-state';

/**
 * The `<script type="application/json">` block for `state`. JSON is not HTML: every `<` is written as
 * `\u003c` (a hashtag named `</script>` cannot end the block), and U+2028/U+2029 escaped too. Not run
 * as a script, so the page's CSP (`script-src 'self'`) is unaffected.
 */
export function queryStateScript(state: DehydratedState): string {
  return `<script type="application/json" id="${QUERY_STATE_ID}">${jsonScriptText(state)}</script>`;
}

/** The state the server rendered the page with; undefined when there is none or it does not parse. */
export function readQueryState(document: Document): DehydratedState | undefined {
  const element = document.getElementById(QUERY_STATE_ID);
  if (!element?.textContent) return undefined;
  try {
    return JSON.parse(element.textContent) as DehydratedState;
  } catch {
    return undefined;
  }
}
