/**
 * The one interface the store's SQL runs through, whichever PostgreSQL is behind it: PGlite (embedded,
 * the default) or a server reached with `pg` (DATABASE_URL). Same SQL, same placeholders ($1…), same
 * code path; the two adapters only differ in how they connect. Nothing here imports a driver, so the
 * edge build can import the store's types without pulling PGlite in.
 */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Db extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** BEGIN … COMMIT around `fn`; any throw rolls everything back. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /** One connection held for the whole of `fn` (session-level advisory locks live on a connection). */
  session<T>(fn: (conn: Sql) => Promise<T>): Promise<T>;
  /**
   * After a batch of writes (a collection). PGlite runs no checkpointer process, so its write-ahead
   * log only shrinks back to its cap at a CHECKPOINT; a server's own checkpointer does this itself.
   */
  checkpoint(): Promise<void>;
  close(): Promise<void>;
}

/** An error that must stop the server's start (a failed migration), with a message for the operator. */
export class StoreStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreStartError';
  }
}
