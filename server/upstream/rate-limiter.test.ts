// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fakeClock } from '../test-support/fake-upstream';
import { ClientBudgets, FairQueue, TurnRefused } from './fair-share';
import { RateLimiter } from './rate-limiter';
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
});

describe('FairQueue', () => {
  const limits = { maxQueuedPerClient: 10, maxQueued: 100, maxTokenWaitMs: 10_000 };

  it('gives the provider’s tokens to waiting clients in turn, not in order of arrival', async () => {
    const clock = fakeClock();
    const queue = new FairQueue(new RateLimiter(1, clock.now), limits, clock.now, clock.sleep);
    const served: string[] = [];
    const ask = (client: string) => queue.turn(client).then(() => served.push(client));
    // The flooder asks five times before the other client asks once.
    const all = [...Array.from({ length: 5 }, () => ask('flooder')), ask('other')];
    await Promise.all(all);
    expect(served.slice(0, 3)).toEqual(['flooder', 'flooder', 'other']);
  });

  it('refuses at once past the per-client queue bound, and a call that cannot have a token in time', async () => {
    const clock = fakeClock();
    const queue = new FairQueue(
      new RateLimiter(1, clock.now),
      { ...limits, maxQueuedPerClient: 2, maxTokenWaitMs: 1_500 },
      clock.now,
      clock.sleep,
    );
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => queue.turn('a')));
    // 1 served at once, 2 queued (one served a second later, one refused: its deadline comes before the third token), 2 refused as the queue was full.
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected', 'rejected']);
    for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(TurnRefused);
    expect(queue.size).toBe(0);
  });
});

describe('ClientBudgets', () => {
  it('allows a burst, then the steady rate, per client; refunds give a call back', () => {
    const clock = fakeClock();
    const budgets = new ClientBudgets({ upstreamRps: 2, upstreamBurst: 3 }, clock.now);
    expect([budgets.take('a'), budgets.take('a'), budgets.take('a')]).toEqual([0, 0, 0]);
    expect(budgets.take('a')).toBe(500);
    expect(budgets.take('b')).toBe(0);
    clock.advance(500);
    expect(budgets.take('a')).toBe(0);
    expect(budgets.take('a')).toBe(500);
    budgets.refund('a');
    expect(budgets.take('a')).toBe(0);
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
