import pg from 'pg';
import type { Db } from '../store/db';
import { openPglite } from '../store/pglite-db';
import { openPostgres } from '../store/postgres-db';

/**
 * The two PostgreSQLs every store test runs against: PGlite (always) and a real server when
 * TEST_DATABASE_URL is set (`.ci/run` starts Debian's PostgreSQL 15 and sets it). Without it the
 * PostgreSQL half is skipped, and the skip says why.
 */
export interface Backend {
  name: string;
  /** Why this backend is skipped; undefined = it runs. */
  skip?: string;
  /** A fresh, empty database; `drop()` removes it. */
  open(): Promise<{ db: Db; url?: string; dataDir?: string; drop(): Promise<void> }>;
}

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
let counter = 0;
let shared: Promise<Db> | undefined;

async function emptyDatabase(db: Db): Promise<void> {
  await db.query('drop schema public cascade');
  await db.query('create schema public');
}

async function freshPostgres(): Promise<{ db: Db; url: string; drop(): Promise<void> }> {
  const name = `store_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString());
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.close().catch(() => {});
      const cleanup = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export const BACKENDS: Backend[] = [
  {
    name: 'PGlite',
    // Starting PGlite runs initdb in WASM (seconds on a busy machine): one instance per test file,
    // emptied between tests.
    open: async () => {
      shared ??= openPglite('memory://');
      const db = await shared;
      await emptyDatabase(db);
      return { db, drop: () => emptyDatabase(db) };
    },
  },
  {
    name: 'PostgreSQL',
    skip: TEST_DATABASE_URL ? undefined : 'TEST_DATABASE_URL is not set (.ci/run starts PostgreSQL 15 and sets it)',
    open: freshPostgres,
  },
];

/** The describe title: the backend's name, and why it is skipped when it is. */
export const backendTitle = (b: Backend) => (b.skip ? `${b.name} — skipped: ${b.skip}` : b.name);
