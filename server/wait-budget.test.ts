// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_UPSTREAM_TIMEOUT_MS, FETCH_BUDGET_MS, REQUEST_TIMEOUT_MS } from '../src/contract/wait-budget';
import { createApp } from './app';
import { configFromEnv } from './config';
import { fakeUpstream, neverAnswers } from './test-support/fake-upstream';

afterEach(() => vi.useRealTimers());

describe('the wait a person is given', () => {
  it('with the default TRENDS_API_TIMEOUT_MS, a hung provider is a 504 well before the browser gives up on the request', async () => {
    vi.useFakeTimers();
    const { upstream } = configFromEnv({ TRENDS_API_BASE_URL: 'https://upstream.test/v1', TRENDS_API_KEY: 'k' });
    expect(upstream?.timeoutMs).toBe(DEFAULT_UPSTREAM_TIMEOUT_MS);
    const provider = fakeUpstream(neverAnswers);
    const app = createApp({ upstream }, { fetch: provider.fetch });
    let status: number | undefined;
    const pending = Promise.resolve(app.request('/api/tiktok/popular-trend/hashtag?country_code=GB&period=30')).then(
      (r) => (status = r.status),
    );
    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS - 1_000);
    await pending;
    expect(status).toBe(504);
    expect(DEFAULT_UPSTREAM_TIMEOUT_MS).toBeLessThan(REQUEST_TIMEOUT_MS);
    expect(REQUEST_TIMEOUT_MS).toBeLessThanOrEqual(FETCH_BUDGET_MS);
  });
});
