import { afterEach, describe, expect, it, vi } from 'vitest';
import { getHashtagDetail } from './hashtag-detail';
import { getHashtagList } from './hashtag-list';
import { ApiError, describeApiError, retryDelay, shouldRetry } from './api-error';
import { REQUEST_TIMEOUT_MS, getJson } from './client';
import { apiUrl } from '../contract/api-routes';
import { hashtagDetailDataSchema } from '../contract/schemas';
import seedText from '../contract/fixtures/seed-hashtag-detail_chatgpt_US.json?raw';

function respond(body: string, init: ResponseInit = {}) {
  const fetchMock = vi.fn(async (_input: RequestInfo | URL) => new Response(body, { headers: { 'content-type': 'application/json' }, ...init }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
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

afterEach(() => vi.unstubAllGlobals());

describe('API client', () => {
  it('builds the URL from parsed filters, leaving out what is unset', () => {
    expect(apiUrl('/x', { a: 'US', b: undefined, c: '', d: 7 })).toBe('/api/x?a=US&d=7');
  });

  it('sends the list parameters by their API names', async () => {
    const fetchMock = respond(JSON.stringify({ code: 0, msg: 'OK', data: { list: [], pagination: { page: 2, size: 20, total: 3, has_more: false } } }));
    await getHashtagList(listQuery);
    expect(fetchMock.mock.calls[0]?.[0]).toBe(
      '/api/tiktok/popular-trend/hashtag?country_code=US&industry_id=25000000000&period=7&page=2&limit=20&filter_by=new_on_board',
    );
  });

  it('parses the seed detail once ids are strings, as our API sends them', async () => {
    const asOurApiSendsIt = seedText.replace(/"item_id":\s*(\d+)/g, '"item_id": "$1"');
    respond(asOurApiSendsIt, { headers: { 'x-data-stale': '1' } });
    const result = await getHashtagDetail(query);
    const ids = [...seedText.matchAll(/"item_id":\s*(\d+)/g)].map((m) => m[1]);
    expect(result.data.info.related_items.map((i) => i.item_id)).toEqual(ids);
    expect(result.requestId).toBe('202503261337426C167DFB052F78254AC7');
    expect(result.stale).toBe(true);
  });

  it('turns a 429 into rate-limited with Retry-After', async () => {
    respond(JSON.stringify({ code: 429, msg: 'Rate limit exceeded', request_id: 'r-429' }), { status: 429, headers: { 'retry-after': '7' } });
    const error = await failure(getHashtagDetail(query));
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, code: 429, requestId: 'r-429', retryAfterSeconds: 7 });
    expect(shouldRetry(0, error)).toBe(true);
    expect(retryDelay(0, error)).toBe(7000);
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
    expect(await failure(getHashtagDetail(query))).toMatchObject({ kind: 'upstream', code: 40101, message: 'no permission', requestId: 'r-1' });
  });

  it('reports malformed JSON as bad-shape', async () => {
    respond('{"code":0,');
    expect((await failure(getHashtagDetail(query))).kind).toBe('bad-shape');
  });

  it('reports a wrong field type with its zod path', async () => {
    respond(JSON.stringify({ code: 0, msg: 'OK', data: { list: [{ hashtag_id: '1', hashtag_name: 'x', publish_cnt: 'many', video_views: 1, rank: 1 }], pagination: { page: 1, size: 20, total: 1, has_more: false } } }));
    const error = await failure(getHashtagList(listQuery));
    expect(error).toMatchObject({ kind: 'bad-shape', issuePath: 'data.list.0.publish_cnt' });
  });

  it('reports a network failure as network', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    expect((await failure(getHashtagDetail(query))).kind).toBe('network');
  });
});

describe('API client timeout', () => {
  /** A fetch that never answers, like a hung server; it rejects once its signal aborts. */
  function hang() {
    const fetchMock = vi.fn(
      (_input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    return fetchMock;
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
    expect(shouldRetry(0, new ApiError({ kind: 'timeout', status: 504, message: 'provider slow' }))).toBe(true);
    expect(describeApiError(error).title).toBe('The server did not answer in time');
  });

  it('also bounds a body that starts but never finishes', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"code":0,'));
            init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
          },
        });
        return new Response(body, { status: 200 });
      }),
    );
    const pending = failure(getJson('/x', {}, hashtagDetailDataSchema, undefined, 50));
    await vi.advanceTimersByTimeAsync(50);
    expect((await pending).kind).toBe('timeout');
  });

  it('a cancellation by the caller stays a cancellation, not a timeout or network error', async () => {
    hang();
    const controller = new AbortController();
    const pending = getHashtagDetail(query, controller.signal);
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('clears its timer once the answer is in', async () => {
    vi.useFakeTimers();
    respond(JSON.stringify({ code: 0, msg: 'OK', data: { list: [], pagination: { page: 1, size: 20, total: 0, has_more: false } } }));
    await getHashtagList(listQuery);
    expect(vi.getTimerCount()).toBe(0);
  });
});
