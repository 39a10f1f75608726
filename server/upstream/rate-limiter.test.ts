// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fakeClock } from '../test-support/fake-upstream';
import { RateLimiter, acquireToken } from './rate-limiter';
import { retryAfterSeconds } from './retry-after';

describe('RateLimiter', () => {
  it('hands out rps tokens per second and says how long until the next', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(3, clock.now);
    expect([limiter.tryTake(), limiter.tryTake(), limiter.tryTake()]).toEqual([0, 0, 0]);
    expect(limiter.remaining()).toBe(0);
    clock.advance(400);
    expect(limiter.tryTake()).toBe(600);
    clock.advance(600);
    expect(limiter.tryTake()).toBe(0);
  });

  it('waits for a token only as long as allowed', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(1, clock.now);
    expect(await acquireToken(limiter, 0, clock.sleep)).toBe(0);
    expect(await acquireToken(limiter, 500, clock.sleep)).toBe(1000);
    expect(await acquireToken(limiter, 1000, clock.sleep)).toBe(0);
  });
});

describe('retryAfterSeconds', () => {
  const now = Date.UTC(2026, 10, 23, 12, 0, 0);
  it.each([
    ['30', 30],
    ['1.2', 2],
    ['0', 1],
    [new Date(now + 45_000).toUTCString(), 45],
    ['soon', 7],
    [null, 7],
  ])('%s → %i s', (header, seconds) => expect(retryAfterSeconds(header, now, 7)).toBe(seconds));
});
