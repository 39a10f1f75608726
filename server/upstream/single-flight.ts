/** Concurrent calls with the same key share one in-flight promise: 20 identical requests, 1 upstream call. */
export class SingleFlight<V> {
  private readonly inFlight = new Map<string, Promise<V>>();

  /** The call under way for `key`, if any: joining it costs nothing. */
  join(key: string): Promise<V> | undefined {
    return this.inFlight.get(key);
  }

  run(key: string, work: () => Promise<V>): Promise<V> {
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const promise = work().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }
}
