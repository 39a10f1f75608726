import { BoundedMap } from '../bounded-map';

export interface CachePolicy {
  /** Served as is (X-Cache: HIT), no upstream call. */
  freshMs: number;
  /** After fresh: served at once while one background call refreshes it. */
  staleWhileRevalidateMs: number;
  /** After that: only served when the upstream fails (X-Data-Stale: 1). Then forgotten. */
  staleIfErrorMs: number;
  maxEntries: number;
}

export type Freshness = 'fresh' | 'revalidate' | 'error-only';

interface Entry<V> {
  value: V;
  storedAt: number;
}

/** Upstream answers by normalised query, with their age classified by the policy's windows. */
export class ResponseCache<V> {
  private readonly entries: BoundedMap<string, Entry<V>>;

  constructor(
    private readonly policy: CachePolicy,
    private readonly now: () => number,
  ) {
    this.entries = new BoundedMap(policy.maxEntries);
  }

  lookup(key: string): { value: V; freshness: Freshness } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const age = this.now() - entry.storedAt;
    const { freshMs, staleWhileRevalidateMs, staleIfErrorMs } = this.policy;
    if (age < freshMs) return { value: entry.value, freshness: 'fresh' };
    if (age < freshMs + staleWhileRevalidateMs) return { value: entry.value, freshness: 'revalidate' };
    if (age < freshMs + staleWhileRevalidateMs + staleIfErrorMs) return { value: entry.value, freshness: 'error-only' };
    this.entries.delete(key);
    return undefined;
  }

  store(key: string, value: V): void {
    this.entries.set(key, { value, storedAt: this.now() });
  }
}
