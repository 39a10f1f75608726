import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Sql } from './db';

/**
 * Embedded PostgreSQL (PGlite, WASM) in `dataDir`, or in memory for `memory://`. One process owns a
 * data directory at a time; PGlite runs one statement at a time and a transaction excludes the rest.
 */
export async function openPglite(dataDir: string): Promise<Db> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir);
  const wrap = (target: Pick<PGlite, 'query'>): Sql => ({
    query: async <T>(text: string, params: readonly unknown[] = []) => (await target.query<T>(text, [...params])).rows,
  });
  const db: Db = {
    kind: 'pglite',
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    // A single connection: the session is the database itself.
    session: (fn) => fn(db),
    close: () => pg.close(),
  };
  return db;
}
