/**
 * MSW handlers that answer like our /api (src/contract/api-routes.ts) from the real fixtures: the
 * recorded list page for the list, the seed detail renamed to the hashtag asked for, demo mode for
 * /api/meta, recorded demo history for the history routes. Item ids travel as strings, as our server sends them. A test changes an answer with
 * `server.use(http.get(API.detail, …))` (src/testing/server.ts); what no handler answers fails the test.
 */
import { http, HttpResponse } from 'msw';
import { DETAIL_PATH, LIST_PATH } from '../contract/api-routes';
import { HISTORY_CHANGES_PATH, HISTORY_HASHTAG_PATH } from '../contract/history';
import { HISTORY_CHANGES_US7, HISTORY_HASHTAG_GAPS, detailBodyText, listPageText } from './fixtures';

/** Our routes as MSW patterns (any origin: the page under test is jsdom's http://localhost:3000/). */
export const API = {
  list: `*/api${LIST_PATH}`,
  detail: `*/api${DETAIL_PATH}`,
  meta: '*/api/meta',
  history: `*/api${HISTORY_HASHTAG_PATH}`,
  changes: `*/api${HISTORY_CHANGES_PATH}`,
} as const;

/** A JSON response as our API writes it; `body` is sent as is when it is text (lossless ids, broken JSON). */
export function apiJson(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}) {
  return new HttpResponse(typeof body === 'string' ? body : JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
}

/** Our API's error body `{code, msg}` with that HTTP status. */
export function apiError(status: number, msg: string, extra: Record<string, unknown> = {}) {
  return apiJson({ code: status, msg, ...extra }, { status });
}

/** A request's query parameter, '' when absent. */
export const param = (request: Request, name: string) => new URL(request.url).searchParams.get(name) ?? '';

export const handlers = [
  http.get(API.meta, () => apiJson({ mode: 'demo' })),
  http.get(API.list, ({ request }) => apiJson(listPageText(Number(param(request, 'page') || 1)))),
  http.get(API.detail, ({ request }) => apiJson(detailBodyText(param(request, 'hashtag_name')))),
  http.get(API.history, () => apiJson(HISTORY_HASHTAG_GAPS)),
  http.get(API.changes, () => apiJson(HISTORY_CHANGES_US7)),
];
