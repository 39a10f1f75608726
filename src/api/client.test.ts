import { HttpResponse, delay, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getHashtagDetail } from './hashtag-detail';
import { getHashtagList } from './hashtag-list';
import { ApiError, describeApiError, retryDelay, shouldRetry } from './api-error';
import { FETCH_BUDGET_MS, REQUEST_TIMEOUT_MS, getJson } from './client';
import { hashtagDetailOptions } from './hashtag-detail';
import { createQueryClient } from '../app/query-client';
import { focusManager } from '@tanstack/react-query';
import { apiUrl } from '../contract/api-routes';
import { hashtagDetailDataSchema } from '../contract/schemas';
import { SEED_DETAIL_API_TEXT, SEED_ITEM_IDS } from '../testing/fixtures';
import { pathAndQuery, recordRequests, server } from '../testing/server';

/** Any route of our API, as an MSW pattern: these tests are about the client, whatever it asks. */
const ANY_API_ROUTE = '*/api/*';

/** Our API answers every request with `body`; returns the requests made from now on. */
function respond(body: string, init: ResponseInit = {}) {
  server.use(
    http.get(ANY_API_ROUTE, () => new HttpResponse(body, { headers: { 'content-type': 'application/json' }, ...init })),
  );
  return recordRequests();
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

const query = { name: 'chatgpt', country: 'US', period: 30 as const };
const listQuery = { country: 'US', period: 7 as const, newOnly: true, page: 2, limit: 20, industry: '25000000000' };

describe('API client', () => {
  it('builds the URL from parsed filters, leaving out what is unset', () => {
    expect(apiUrl('/x', { a: 'US', b: undefined, c: '', d: 7 })).toBe('/api/x?a=US&d=7');
  });

  it('sends the list parameters by their API names', async () => {
    const requests = respond(
      JSON.stringify({
        code: 0,
        msg: 'OK',
        data: { list: [], pagination: { page: 2, size: 20, total: 3, has_more: false } },
      }),
    );
    await getHashtagList(listQuery);
    expect(requests.map(pathAndQuery)[0]).toBe(
      '/api/tiktok/popular-trend/hashtag?country_code=US&industry_id=25000000000&period=7&page=2&limit=20&filter_by=new_on_board',
    );
  });

  it('parses the seed detail once ids are strings, as our API sends them', async () => {
    respond(SEED_DETAIL_API_TEXT, { headers: { 'x-data-stale': '1' } });
    const result = await getHashtagDetail(query);
    expect(result.data.info.related_items.map((i) => i.item_id)).toEqual(SEED_ITEM_IDS);
    expect(result.requestId).toBe('202503261337426C167DFB052F78254AC7');
    expect(result.stale).toBe(true);
  });

  it('turns a 429 into rate-limited with Retry-After', async () => {
    respond(JSON.stringify({ code: 429, msg: 'Rate limit exceeded', request_id: 'r-429' }), {
      status: 429,
      headers: { 'retry-after': '7' },
    });
    const error = await failure(getHashtagDetail(query));
    expect(error).toMatchObject({
      kind: 'rate-limited',
      status: 429,
      code: 429,
      requestId: 'r-429',
      retryAfterSeconds: 7,
    });
    expect(shouldRetry(0, error)).toBe(true);
    expect(retryDelay(0, error)).toBe(7000);
    // Once only, and only when the wait still leaves time for the retry inside the fetch's budget.
    expect(shouldRetry(1, error)).toBe(false);
    error.budgetLeftMs = 8_000;
    expect(shouldRetry(0, error)).toBe(false);
  });

  it('does not retry a 429 blindly: without Retry-After it is not retried', async () => {
    respond(JSON.stringify({ code: 429, msg: 'Rate limit exceeded' }), { status: 429 });
    const error = await failure(getHashtagDetail(query));
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: undefined });
    expect(shouldRetry(0, error)).toBe(false);
  });

  it('turns a 400 into invalid-request that is never retried', async () => {
    respond(JSON.stringify({ code: 400, msg: 'period must be one of 7, 30, 120' }), { status: 400 });
    const error = await failure(getHashtagDetail(query));
    expect(error).toMatchObject({ kind: 'invalid-request', message: 'period must be one of 7, 30, 120' });
    expect(shouldRetry(0, error)).toBe(false);
  });

  it.each([
    [502, 'upstream'],
    [504, 'timeout'],
    [500, 'server'],
    [404, 'not-found'],
  ] as const)('maps HTTP %i to %s', async (status, kind) => {
    respond(JSON.stringify({ code: status, msg: 'bad' }), { status });
    expect((await failure(getHashtagDetail(query))).kind).toBe(kind);
  });

  it('backs off on 5xx and stops after three tries', async () => {
    const e = new ApiError({ kind: 'upstream', message: 'x' });
    expect(shouldRetry(0, e)).toBe(true);
    expect(shouldRetry(1, e)).toBe(true);
    expect(shouldRetry(2, e)).toBe(false);
    expect(retryDelay(1, e)).toBeGreaterThan(retryDelay(0, e));
  });

  it('reports a code != 0 inside HTTP 200 as upstream with its msg', async () => {
    respond(JSON.stringify({ code: 40101, msg: 'no permission', request_id: 'r-1' }));
    expect(await failure(getHashtagDetail(query))).toMatchObject({
      kind: 'upstream',
      code: 40101,
      message: 'no permission',
      requestId: 'r-1',
    });
  });

  it('reports malformed JSON as bad-shape', async () => {
    respond('{"code":0,');
    expect((await failure(getHashtagDetail(query))).kind).toBe('bad-shape');
  });

  it('reports a wrong field type with its zod path', async () => {
    respond(
      JSON.stringify({
        code: 0,
        msg: 'OK',
        data: {
          list: [{ hashtag_id: '1', hashtag_name: 'x', publish_cnt: 'many', video_views: 1, rank: 1 }],
          pagination: { page: 1, size: 20, total: 1, has_more: false },
        },
      }),
    );
    const error = await failure(getHashtagList(listQuery));
    expect(error).toMatchObject({ kind: 'bad-shape', issuePath: 'data.list.0.publish_cnt' });
  });

  it('reports a network failure as network', async () => {
    server.use(http.get(ANY_API_ROUTE, () => HttpResponse.error()));
    expect((await failure(getHashtagDetail(query))).kind).toBe('network');
  });
});

describe('API client timeout', () => {
  /** A server that never answers, like a hung one; the request fails once its signal aborts. */
  function hang() {
    server.use(http.get(ANY_API_ROUTE, () => new Promise<never>(() => {})));
  }

  afterEach(() => vi.useRealTimers());

  it('gives up on a hung request after REQUEST_TIMEOUT_MS, without retrying (it already waited)', async () => {
    vi.useFakeTimers();
    hang();
    const pending = failure(getHashtagDetail(query));
    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS - 1);
    let settled = false;
    void pending.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await pending;
    expect(error).toMatchObject({ kind: 'timeout', status: undefined });
    expect(shouldRetry(0, error)).toBe(false);
    // Nor a 504: the server already waited its whole bound for the provider.
    expect(shouldRetry(0, new ApiError({ kind: 'timeout', status: 504, message: 'provider slow' }))).toBe(false);
    expect(describeApiError(error).title).toBe('The server did not answer in time');
  });

  it('also bounds a body that starts but never finishes', async () => {
    vi.useFakeTimers();
    server.use(
      http.get(ANY_API_ROUTE, ({ request }) => {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"code":0,'));
            request.signal.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
          },
        });
        return new HttpResponse(body, { status: 200 });
      }),
    );
    const pending = failure(getJson('/x', {}, hashtagDetailDataSchema, {}, 50));
    await vi.advanceTimersByTimeAsync(50);
    expect((await pending).kind).toBe('timeout');
  });

  it('a cancellation by the caller stays a cancellation, not a timeout or network error', async () => {
    hang();
    const controller = new AbortController();
    const pending = getHashtagDetail(query, { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('clears its timer once the answer is in', async () => {
    vi.useFakeTimers();
    respond(
      JSON.stringify({
        code: 0,
        msg: 'OK',
        data: { list: [], pagination: { page: 1, size: 20, total: 0, has_more: false } },
      }),
    );
    await getHashtagList(listQuery);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('one fetch, retries included, ends within FETCH_BUDGET_MS', () => {
  afterEach(() => vi.useRealTimers());

  /** Our API answering each request with `answer` after `afterMs`, as a slow server would; returns the requests. */
  function serverAnswers(answer: () => Response, afterMs: number) {
    server.use(
      http.get(ANY_API_ROUTE, async () => {
        await delay(afterMs);
        return answer();
      }),
    );
    return recordRequests();
  }
  const status =
    (code: number, headers: Record<string, string> = {}) =>
    () =>
      new Response(JSON.stringify({ code, msg: `HTTP ${code}` }), {
        status: code,
        headers: { 'content-type': 'application/json', ...headers },
      });

  /** Fetches through the app's QueryClient (its retry policy) and reports when the error came. */
  async function fetchUntilError() {
    vi.useFakeTimers();
    focusManager.setFocused(true);
    const client = createQueryClient();
    const start = Date.now();
    let endedAt: number | undefined;
    const pending = client.fetchQuery(hashtagDetailOptions(query)).then(
      () => undefined,
      (error: unknown) => {
        endedAt = Date.now();
        return error;
      },
    );
    await vi.advanceTimersByTimeAsync(FETCH_BUDGET_MS + 20_000);
    const error = await pending;
    expect(error).toBeInstanceOf(ApiError);
    return { error: error as ApiError, elapsed: (endedAt ?? Infinity) - start };
  }

  it('a hung server: one request, the error at REQUEST_TIMEOUT_MS', async () => {
    const requests = serverAnswers(status(200), 60_000);
    const { error, elapsed } = await fetchUntilError();
    expect(requests).toHaveLength(1);
    expect(error.kind).toBe('timeout');
    expect(elapsed).toBe(REQUEST_TIMEOUT_MS);
    expect(elapsed).toBeLessThanOrEqual(FETCH_BUDGET_MS);
  });

  it('a provider timeout (504 from our server): one request, not three', async () => {
    const requests = serverAnswers(status(504), 8_000);
    const { error, elapsed } = await fetchUntilError();
    expect(requests).toHaveLength(1);
    expect(describeApiError(error).title).toBe('The trends provider did not answer in time');
    expect(elapsed).toBe(8_000);
  });

  it('slow 500s are retried only while a retry fits: the error comes at 15 s, not after three full waits', async () => {
    const requests = serverAnswers(status(500), 5_000);
    const { elapsed } = await fetchUntilError();
    expect(requests.length).toBeGreaterThan(1);
    expect(elapsed).toBeLessThanOrEqual(FETCH_BUDGET_MS);
  });

  it('a 429 waits for its Retry-After, then tries once more; without one it does not retry', async () => {
    const withHeader = serverAnswers(status(429, { 'retry-after': '2' }), 0);
    const told = await fetchUntilError();
    expect(withHeader).toHaveLength(2);
    expect(told.elapsed).toBeGreaterThanOrEqual(2_000);
    expect(told.elapsed).toBeLessThan(2_100);
    const without = serverAnswers(status(429), 0);
    const blind = await fetchUntilError();
    expect(without).toHaveLength(1);
    expect(blind.elapsed).toBeLessThan(100);
  });
});
