import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Sql } from './db';

const LOCK_FILE = 'pglite.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite has no server process to arbitrate: two processes on one data directory would corrupt it.
 * A lock file with our pid keeps a second one out (one left by a killed process is taken over).
 */
function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8').trim());
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new Error(
          `${dataDir} is in use by process ${holder}: PGlite serves one process at a time (stop it, or use a PostgreSQL server with DATABASE_URL)`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`cannot lock ${dataDir}`);
}

/**
 * Embedded PostgreSQL (PGlite, WASM) in `dataDir`, or in memory for `memory://`. One process owns a
 * data directory at a time; PGlite runs one statement at a time and a transaction excludes the rest.
 */
export async function openPglite(dataDir: string): Promise<Db> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const unlock = inMemory ? () => {} : lockDataDir(dataDir);
  let pg: PGlite;
  try {
    // The write-ahead log is kept to two 16 MB segments after each checkpoint (PostgreSQL's default
    // keeps up to 1 GB): a year of history for 50 scopes is then ~360 MB on disk instead of ~660 MB.
    pg = await PGlite.create(dataDir, { postgresqlconf: ['max_wal_size = 32MB', 'min_wal_size = 32MB'] });
  } catch (error) {
    unlock();
    throw error;
  }
  const wrap = (target: Pick<PGlite, 'query'>): Sql => ({
    query: async <T>(text: string, params: readonly unknown[] = []) => (await target.query<T>(text, [...params])).rows,
  });
  const db: Db = {
    kind: 'pglite',
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    // A single connection: the session is the database itself.
    session: (fn) => fn(db),
    checkpoint: async () => {
      await pg.query('checkpoint');
    },
    close: async () => {
      try {
        await pg.close();
      } finally {
        unlock();
      }
    },
  };
  return db;
}
