import { StoreStartError, type Db } from './db';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The schema, one version after another. Never edit a released migration: add the next one. Times are
 * always passed in by the caller (the collector's clock), never the database's now().
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'snapshots',
    sql: `
      create table scopes (
        id serial primary key,
        country text not null,
        industry text not null default '',
        period smallint not null,
        new_only boolean not null default false,
        last_opened_at timestamptz,
        unique (country, industry, period, new_only)
      );
      create table hashtags (
        id serial primary key,
        name text not null unique
      );
      create table snapshots (
        id bigserial primary key,
        scope_id integer not null references scopes (id) on delete cascade,
        captured_at timestamptz not null,
        day date not null,
        source text not null,
        fingerprint text not null,
        item_count smallint not null
      );
      create index snapshots_scope_day on snapshots (scope_id, day, captured_at);
      create index snapshots_captured_at on snapshots (captured_at);
      create table snapshot_items (
        snapshot_id bigint not null references snapshots (id) on delete cascade,
        hashtag_id integer not null references hashtags (id),
        rank smallint not null,
        posts bigint not null,
        views bigint not null,
        rank_diff smallint,
        rank_diff_type smallint,
        primary key (snapshot_id, hashtag_id)
      );
      create table api_calls (
        day date primary key,
        calls integer not null default 0
      );
    `,
  },
  {
    version: 2,
    name: 'alert events',
    sql: `
      create table alert_events (
        id bigserial primary key,
        event_key text not null unique,
        rule_id text not null,
        snapshot_id bigint references snapshots (id) on delete set null,
        payload jsonb not null,
        created_at timestamptz not null,
        status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
        attempts integer not null default 0,
        last_attempt_at timestamptz,
        last_error text,
        sent_at timestamptz
      );
      create index alert_events_pending on alert_events (status) where status = 'pending';
    `,
  },
];

/** Any fixed 64-bit key: serialises migrations between instances starting at once. */
const MIGRATION_LOCK = 19_0001;

/**
 * Brings the schema to the newest version in one transaction: either every pending migration is
 * applied, or (any one failing) none is and the start stops with a message naming it.
 */
export async function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  let current: Migration | undefined;
  try {
    return await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.query(
        `create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())`,
      );
      const done = new Set(
        (await tx.query<{ version: number }>('select version from schema_migrations')).map((r) => r.version),
      );
      const applied: number[] = [];
      for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(migration.version)) continue;
        current = migration;
        for (const statement of splitStatements(migration.sql)) await tx.query(statement);
        await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
          migration.version,
          migration.name,
        ]);
        applied.push(migration.version);
      }
      return applied;
    });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    const which = current ? `migration ${current.version} (${current.name})` : 'preparing the migrations';
    throw new StoreStartError(
      `database migration failed at ${which}: ${why}. Nothing was changed; fix the cause and start again.`,
      { cause: error },
    );
  }
}

/** Our migrations hold no functions or quoted semicolons, so `;` ends a statement (extended protocol runs one at a time). */
function splitStatements(sql: string): string[] {
  return sql
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
