import { resolve } from 'node:path';
import type { Db } from './db';
import { createHistoryStore, DEFAULT_HISTORY_DAYS, type HistoryStore } from './history-store';
import { migrate } from './migrations';

export interface StoreConfig {
  /** A PostgreSQL server; absent = embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  /** PGlite's data directory (DATA_DIR, default ./data), or `memory://` for tests. */
  dataDir: string;
  historyDays: number;
}

export function storeConfigFromEnv(env: Record<string, string | undefined>): StoreConfig {
  const days = Number(env.HISTORY_DAYS);
  return {
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    dataDir: env.DATA_DIR?.trim() || './data',
    historyDays: Number.isInteger(days) && days > 0 ? days : DEFAULT_HISTORY_DAYS,
  };
}

/** Where the store is, for logs: never the connection string (it may hold a password). */
export function describeStore(config: StoreConfig): string {
  return config.databaseUrl
    ? 'PostgreSQL (DATABASE_URL)'
    : `PGlite in ${config.dataDir.startsWith('memory://') ? 'memory' : resolve(config.dataDir)}`;
}

/** Connects (drivers loaded on demand, so nothing here weighs on a build without a store). */
export async function connect(config: Pick<StoreConfig, 'databaseUrl' | 'dataDir'>): Promise<Db> {
  if (config.databaseUrl) {
    const { openPostgres } = await import('./postgres-db');
    return openPostgres(config.databaseUrl);
  }
  const { openPglite } = await import('./pglite-db');
  return openPglite(config.dataDir);
}

/**
 * Opens the store and migrates it. Throws a StoreStartError when a migration fails (the start must
 * stop); any other throw means the database could not be reached.
 */
export async function openStore(config: StoreConfig): Promise<HistoryStore> {
  const db = await connect(config);
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return createHistoryStore(db, { historyDays: config.historyDays });
}
