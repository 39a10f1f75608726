/**
 * Answers of our API streamed in a page, after the page itself: when the provider is slow, the server
 * sends the page at its data wait (server/pages/render-page.ts) with what it has, the requests still
 * on their way named in a manifest, and each answer in the same response as it arrives. The browser's
 * transport (src/api/streamed-answers.ts) takes them instead of asking again. JSON blocks, never run
 * as scripts: the page's CSP (`script-src 'self'`) is unaffected.
 */

import { jsonScriptText } from './json-script';

/** The id of the block that names the requests whose answers follow in the page. */
export const STREAMED_ANSWERS_ID = 'streamed-answers';
/** The attribute marking a block that holds one answer. */
export const STREAMED_ANSWER_ATTRIBUTE = 'data-streamed-answer';

/** One answer of our API, as the browser's `fetch` would have read it. */
export interface StreamedAnswer {
  /** The request's path and query, as the app asks it (`/api/...?...`). */
  path: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The manifest: the paths whose answers follow. */
export function streamedAnswersManifest(paths: readonly string[]): string {
  return `<script type="application/json" id="${STREAMED_ANSWERS_ID}">${jsonScriptText(paths)}</script>`;
}

/** One answer's block. */
export function streamedAnswerScript(answer: StreamedAnswer): string {
  return `<script type="application/json" ${STREAMED_ANSWER_ATTRIBUTE}>${jsonScriptText(answer)}</script>`;
}
