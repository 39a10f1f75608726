/**
 * How long a person waits for data, from the provider to the page, written once for both sides.
 * A fetch (retries included) ends in data or in a plain-words error within FETCH_BUDGET_MS; a single
 * request to our API is given REQUEST_TIMEOUT_MS; the server's default bound on one provider call
 * (TRENDS_API_TIMEOUT_MS) is shorter still, so its 504 arrives, and is explained, before the browser
 * gives up on its own.
 */
export const FETCH_BUDGET_MS = 15_000;
export const REQUEST_TIMEOUT_MS = 12_000;
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 8_000;
/** After this long without data the page says it is taking longer than usual. */
export const SLOW_NOTICE_AFTER_MS = 3_000;
