/**
 * A token bucket holding `rps` tokens where each spent token comes back exactly one second after it
 * was spent. Unlike a bucket refilled continuously (which allows a burst of `rps` plus the refill,
 * almost 2×rps inside one second), this never lets more than `rps` calls into any one-second window,
 * which is how providers count.
 */
export class RateLimiter {
  private readonly spentAt: number[] = [];

  constructor(
    private readonly rps: number,
    private readonly now: () => number,
  ) {}

  private reclaim(): void {
    const cutoff = this.now() - 1000;
    while (this.spentAt.length > 0 && (this.spentAt[0] ?? 0) <= cutoff) this.spentAt.shift();
  }

  /** Takes a token and returns 0, or returns the milliseconds until one comes back. */
  tryTake(): number {
    this.reclaim();
    if (this.spentAt.length < Math.max(1, Math.floor(this.rps))) {
      this.spentAt.push(this.now());
      return 0;
    }
    return Math.max(1, (this.spentAt[0] ?? 0) + 1000 - this.now());
  }

  remaining(): number {
    this.reclaim();
    return Math.max(0, Math.floor(this.rps) - this.spentAt.length);
  }
}
