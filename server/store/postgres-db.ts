import pg from 'pg';
import type { Db, Sql } from './db';

/** A PostgreSQL server through `pg`'s pool (DATABASE_URL). */
export async function openPostgres(connectionString: string, options: { max?: number } = {}): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 5, connectionTimeoutMillis: 5_000 });
  // An idle client losing its server must not crash the process: the next query reports it.
  pool.on('error', () => {});
  const wrap = (target: pg.Pool | pg.PoolClient): Sql => ({
    query: async <T>(text: string, params: readonly unknown[] = []) =>
      (await target.query(text, [...params])).rows as T[],
  });
  async function session<T>(fn: (conn: Sql) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      return await fn(wrap(client));
    } catch (error) {
      broken = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      // A client whose session may hold locks or an open transaction is not given back to the pool.
      client.release(broken);
    }
  }
  // Fail now (unreachable, bad credentials) rather than on the first request.
  await pool.query('select 1');
  return {
    kind: 'postgres',
    ...wrap(pool),
    transaction: (fn) =>
      session(async (conn) => {
        await conn.query('begin');
        try {
          const result = await fn(conn);
          await conn.query('commit');
          return result;
        } catch (error) {
          await conn.query('rollback').catch(() => {});
          throw error;
        }
      }),
    session,
    // The server's checkpointer keeps its write-ahead log within max_wal_size.
    checkpoint: async () => {},
    close: () => pool.end(),
  };
}
