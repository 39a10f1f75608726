import type { HistoryStore } from '../store/history-store';
import { eventsForSnapshots, slackBody, type AlertEvent } from './alerts';
import type { AlertRule } from './rules';

export interface AlertDeps {
  store: HistoryStore;
  rules: readonly AlertRule[];
  /** ALERT_WEBHOOK_URL; absent = events are not recorded nor sent (the dry run still shows them). */
  webhookUrl?: string;
  /** PUBLIC_ORIGIN: where the dashboard's links point. */
  publicOrigin: string;
  fetch: typeof fetch;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  log: (line: string) => void;
  /** Strings that must never appear in a post (the provider key). */
  secrets: readonly string[];
  /** Waits between the tries of one run; the next collection tries again, up to maxAttempts in all. */
  retryDelaysMs?: readonly number[];
  maxAttempts?: number;
}

export const DEFAULT_RETRY_DELAYS_MS = [1_000, 5_000, 30_000];
export const DEFAULT_MAX_ATTEMPTS = 12;
/** Events per post (Slack takes up to 50 blocks in one message). */
const EVENTS_PER_POST = 20;
const POST_TIMEOUT_MS = 10_000;

export function redact(text: string, secrets: readonly string[]): string {
  return secrets.reduce((out, secret) => (secret ? out.split(secret).join('[redacted]') : out), text);
}

/** New events only: the unique key makes a repeated collection, or a restart, record (and so send) nothing twice. */
export async function recordEvents(store: HistoryStore, events: readonly AlertEvent[], now: number): Promise<number> {
  let added = 0;
  for (const e of events) {
    const rows = await store.db.query(
      `insert into alert_events (event_key, rule_id, snapshot_id, payload, created_at)
       values ($1, $2, $3, $4::jsonb, to_timestamp($5::float8 / 1000)) on conflict (event_key) do nothing returning id`,
      [e.key, e.ruleId, e.snapshotId, JSON.stringify(e), now],
    );
    added += rows.length;
  }
  return added;
}

async function post(deps: AlertDeps, body: string): Promise<string | undefined> {
  try {
    const response = await deps.fetch(deps.webhookUrl!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(POST_TIMEOUT_MS),
    });
    await response.body?.cancel().catch(() => {});
    return response.ok ? undefined : `HTTP ${response.status}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Sends the pending events, a batch per post, each batch retried with growing waits. Every try is
 * recorded (attempts, last error); a batch is marked sent as soon as one post succeeds, so it is
 * never sent again; an event that failed `maxAttempts` times is marked failed.
 */
export async function deliverPending(deps: AlertDeps): Promise<{ sent: number; failed: number; pending: number }> {
  const result = { sent: 0, failed: 0, pending: 0 };
  if (!deps.webhookUrl) return result;
  const delays = deps.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const maxAttempts = deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const rows = await deps.store.db.query<{ id: number; payload: AlertEvent; attempts: number }>(
    `select id::float8 as id, payload, attempts from alert_events where status = 'pending' order by id limit 500`,
  );
  for (let start = 0; start < rows.length; start += EVENTS_PER_POST) {
    const batch = rows.slice(start, start + EVENTS_PER_POST);
    const ids = batch.map((r) => r.id);
    const body = redact(
      JSON.stringify(
        slackBody(
          batch.map((r) => r.payload),
          deps.publicOrigin,
        ),
      ),
      deps.secrets,
    );
    let error: string | undefined = 'not tried';
    for (let attempt = 0; attempt <= delays.length; attempt++) {
      if (attempt > 0) await deps.sleep(delays[attempt - 1]!);
      error = await post(deps, body);
      await deps.store.db.query(
        `update alert_events set attempts = attempts + 1, last_attempt_at = to_timestamp($2::float8 / 1000), last_error = $3,
           status = case when $3::text is null then 'sent' when attempts + 1 >= $4 then 'failed' else status end,
           sent_at = case when $3::text is null then to_timestamp($2::float8 / 1000) else sent_at end
         where id = any($1::bigint[])`,
        [ids, deps.now(), error ? redact(error, deps.secrets) : null, maxAttempts],
      );
      if (!error) break;
      deps.log(`[alerts] post of ${batch.length} event(s) failed (try ${attempt + 1}): ${redact(error, deps.secrets)}`);
      if (Math.max(...batch.map((r) => r.attempts)) + attempt + 1 >= maxAttempts) break;
    }
    if (!error) result.sent += batch.length;
    else {
      const [counts] = await deps.store.db.query<{ failed: number; pending: number }>(
        `select count(*) filter (where status = 'failed')::int as failed, count(*) filter (where status = 'pending')::int as pending
         from alert_events where id = any($1::bigint[])`,
        [ids],
      );
      result.failed += counts?.failed ?? 0;
      result.pending += counts?.pending ?? 0;
    }
  }
  return result;
}

/** After a collection: the rules' events about the snapshots it stored are recorded, then everything pending is sent. */
export async function runAlerts(deps: AlertDeps, snapshotIds: readonly number[]) {
  if (deps.rules.length === 0) return { events: 0, sent: 0, failed: 0, pending: 0 };
  const events = await eventsForSnapshots(deps.store, deps.rules, snapshotIds);
  if (!deps.webhookUrl) {
    if (events.length) deps.log(`[alerts] ${events.length} event(s) not sent: ALERT_WEBHOOK_URL is not set`);
    return { events: events.length, sent: 0, failed: 0, pending: 0 };
  }
  const added = await recordEvents(deps.store, events, deps.now());
  return { events: added, ...(await deliverPending(deps)) };
}
