import { BoundedMap } from '../bounded-map';

export interface CachePolicy {
  /** Served as is (X-Cache: HIT), no upstream call. */
  freshMs: number;
  /** After fresh: served at once while one background call refreshes it. */
  staleWhileRevalidateMs: number;
  /** After that: only served when the upstream fails (X-Data-Stale: 1). Then forgotten. */
  staleIfErrorMs: number;
  /** How long a provider's refusal (bad parameter, not found) is answered from the cache. Then forgotten. */
  refusalMs: number;
  maxEntries: number;
  /** Bound on the cached answers' total size: UTF-8 bytes of each key and answer (`CACHE_MAX_BYTES`). */
  maxBytes: number;
}

export type Freshness = 'fresh' | 'revalidate' | 'error-only';

/** Data goes through fresh → revalidate → error-only; a refusal is only ever fresh. */
export type Lifetime = 'data' | 'refusal';

interface Entry<V> {
  value: V;
  storedAt: number;
  lifetime: Lifetime;
}

/**
 * Upstream answers by normalised query, with their age classified by the policy's windows. Bounded
 * by entries and by bytes (`size(value)`), least recently used out first.
 */
export class ResponseCache<V> {
  private readonly entries: BoundedMap<string, Entry<V>>;

  constructor(
    private readonly policy: CachePolicy,
    private readonly now: () => number,
    size: (value: V) => number,
  ) {
    this.entries = new BoundedMap(policy.maxEntries, {
      maxWeight: policy.maxBytes,
      weigh: (key, entry) => Buffer.byteLength(key) + size(entry.value),
    });
  }

  lookup(key: string): { value: V; freshness: Freshness; lifetime: Lifetime } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const age = this.now() - entry.storedAt;
    const { freshMs, staleWhileRevalidateMs, staleIfErrorMs, refusalMs } = this.policy;
    const found = (freshness: Freshness) => ({ value: entry.value, freshness, lifetime: entry.lifetime });
    if (entry.lifetime === 'refusal') {
      if (age < refusalMs) return found('fresh');
    } else {
      if (age < freshMs) return found('fresh');
      if (age < freshMs + staleWhileRevalidateMs) return found('revalidate');
      if (age < freshMs + staleWhileRevalidateMs + staleIfErrorMs) return found('error-only');
    }
    this.entries.delete(key);
    return undefined;
  }

  store(key: string, value: V, lifetime: Lifetime = 'data'): void {
    this.entries.set(key, { value, storedAt: this.now(), lifetime });
  }

  /** Total bytes held (the bound's measure). */
  get bytes(): number {
    return this.entries.weight;
  }

  get size(): number {
    return this.entries.size;
  }
}
