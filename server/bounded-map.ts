/**
 * A Map that forgets its least recently used entry beyond `capacity`. Memo tables and the upstream
 * cache use it so that a crawler walking every country × industry × period cannot grow memory forever.
 */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, V>();
  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Re-insert to mark as recently used: Map iterates in insertion order.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
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
