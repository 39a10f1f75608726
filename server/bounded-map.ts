/** An optional second bound: the total weight (e.g. bytes) of the entries kept. */
export interface WeightLimit<K, V> {
  maxWeight: number;
  weigh: (key: K, value: V) => number;
}

/**
 * A Map that forgets its least recently used entries beyond `capacity` entries (and beyond
 * `limit.maxWeight` in total weight, when given). Memo tables and the upstream cache use it so that a
 * crawler walking every country × industry × period cannot grow memory forever. An entry heavier than
 * the whole limit is not kept (it would push out everything else).
 */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, { value: V; weight: number }>();
  private totalWeight = 0;

  constructor(
    private readonly capacity: number,
    private readonly limit?: WeightLimit<K, V>,
  ) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    // Re-insert to mark as recently used: Map iterates in insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V): void {
    this.delete(key);
    const weight = this.limit ? this.limit.weigh(key, value) : 0;
    if (this.limit && weight > this.limit.maxWeight) return;
    this.entries.set(key, { value, weight });
    this.totalWeight += weight;
    while (this.entries.size > this.capacity || (this.limit && this.totalWeight > this.limit.maxWeight)) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
    }
  }

  delete(key: K): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.totalWeight -= entry.weight;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The entries' total weight (0 without a weight limit). */
  get weight(): number {
    return this.totalWeight;
  }
}

/** `compute(key)` once per key while it stays among the `capacity` most recently used. */
export function memoize<V>(capacity: number, compute: (key: string) => V): (key: string) => V {
  const table = new BoundedMap<string, V>(capacity);
  return (key) => {
    const hit = table.get(key);
    if (hit !== undefined) return hit;
    const value = compute(key);
    table.set(key, value);
    return value;
  };
}
