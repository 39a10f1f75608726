import { BoundedMap } from '../bounded-map';
import type { ClientLimits } from '../config';
import type { RateLimiter } from './rate-limiter';

/**
 * Each client's allowance of provider calls: a token bucket holding `upstreamBurst` tokens, refilled
 * continuously at `upstreamRps` per second. Only calls are charged; answers from the cache are free.
 * Remembers at most `maxClients` clients (least recently charged forgotten first: a forgotten client
 * starts again with a full bucket, which is what an idle client has anyway).
 */
export class ClientBudgets {
  private readonly buckets: BoundedMap<string, { tokens: number; at: number }>;

  constructor(
    private readonly limits: ClientLimits,
    private readonly now: () => number,
    maxClients = 100_000,
  ) {
    this.buckets = new BoundedMap(maxClients);
  }

  private current(client: string) {
    const { upstreamRps, upstreamBurst } = this.limits;
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: upstreamBurst, at: now };
    bucket.tokens = Math.min(upstreamBurst, bucket.tokens + ((now - bucket.at) / 1000) * upstreamRps);
    bucket.at = now;
    this.buckets.set(client, bucket);
    return bucket;
  }

  /** Spends one call of `client`'s allowance and returns 0, or returns the milliseconds until it has one. */
  take(client: string): number {
    const bucket = this.current(client);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil(((1 - bucket.tokens) / this.limits.upstreamRps) * 1000));
  }

  /** Gives back a call that was not made after all (its turn never came). */
  refund(client: string): void {
    const bucket = this.current(client);
    bucket.tokens = Math.min(this.limits.upstreamBurst, bucket.tokens + 1);
  }
}

export interface FairQueueLimits {
  /** Calls one client may have waiting for the provider; more are refused at once. */
  maxQueuedPerClient: number;
  /** Calls all clients together may have waiting. */
  maxQueued: number;
  /** How long a call may wait for its turn; one that cannot have it by then is refused early. */
  maxTokenWaitMs: number;
}

/** No turn: the queue is full or the wait would be too long. `waitMs`: when to try again. */
export class TurnRefused extends Error {
  constructor(readonly waitMs: number) {
    super('no turn for a provider call');
    this.name = 'TurnRefused';
  }
}

interface Waiting {
  deadline: number;
  go: () => void;
  refuse: (error: TurnRefused) => void;
}

/**
 * The provider's rate (`limiter`) shared fairly: calls wait in one queue per client, and each token
 * goes to the next client in turn (round robin), not to whoever asked first. One client flooding
 * therefore delays another client's call by at most one turn per waiting client, never by its own
 * backlog. Queues are bounded per client and in total, and waiting is bounded in time, so a flood
 * is refused (429) at once instead of piling up.
 */
export class FairQueue {
  /** Insertion order is the turn order: a served client moves to the back. */
  private readonly queues = new Map<string, Waiting[]>();
  private queued = 0;
  private waking = false;

  constructor(
    private readonly limiter: RateLimiter,
    private readonly limits: FairQueueLimits,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  /** Resolves when `client` may make one provider call (a token is already spent for it), or rejects with TurnRefused. */
  turn(client: string): Promise<void> {
    const queue = this.queues.get(client) ?? [];
    if (queue.length >= this.limits.maxQueuedPerClient || this.queued >= this.limits.maxQueued) {
      return Promise.reject(new TurnRefused(1000));
    }
    return new Promise<void>((go, refuse) => {
      queue.push({ deadline: this.now() + this.limits.maxTokenWaitMs, go, refuse });
      if (queue.length === 1) this.queues.set(client, queue);
      this.queued++;
      this.pump();
    });
  }

  /** Calls waiting now (all clients). */
  get size(): number {
    return this.queued;
  }

  private pump(): void {
    while (this.queued > 0) {
      const wait = this.limiter.tryTake();
      if (wait === 0) {
        this.serveNext();
        continue;
      }
      this.refuseLate(this.now() + wait, wait);
      if (this.queued > 0 && !this.waking) {
        this.waking = true;
        void this.sleep(wait).then(() => {
          this.waking = false;
          this.pump();
        });
      }
      return;
    }
  }

  private serveNext(): void {
    const first = this.queues.entries().next();
    if (first.done) return;
    const [client, queue] = first.value;
    const next = queue.shift();
    this.queues.delete(client);
    if (queue.length > 0) this.queues.set(client, queue);
    this.queued--;
    next?.go();
  }

  /** Refuses every call that cannot have a token before its deadline: the next one comes at `tokenAt`. */
  private refuseLate(tokenAt: number, wait: number): void {
    for (const [client, queue] of this.queues) {
      const keep = queue.filter((waiting) => {
        if (waiting.deadline >= tokenAt) return true;
        waiting.refuse(new TurnRefused(wait));
        return false;
      });
      this.queued -= queue.length - keep.length;
      if (keep.length === 0) this.queues.delete(client);
      else if (keep.length !== queue.length) queue.splice(0, queue.length, ...keep);
    }
  }
}
