/**
 * The history side of the Node server (never imported by the edge build): opens the store, runs the
 * collector on its schedule with the alerts after each collection, and backfills demo history on a
 * first start in demo mode. `npm run collect` runs one collection through the same code.
 */
import { Cron } from 'croner';
import { loadAlertRules, type AlertRule } from '../alerts/rules';
import { runAlerts, type AlertDeps } from '../alerts/delivery';
import { StoreStartError } from '../store/db';
import type { HistoryStore } from '../store/history-store';
import { describeStore, openStore, storeConfigFromEnv } from '../store/open';
import { DAY_MS, type HistoryApi } from '../store/types';
import type { TrendsSource } from '../trends-source';
import { collectOnce, type CollectionReport, type CollectorDeps } from './collector';
import { collectorConfigFromEnv, type CollectorConfig } from './config';
import { demoRanking } from './demo-rankings';

export const DEMO_BACKFILL_DAYS = 30;

type Env = Record<string, string | undefined>;

export interface HistoryServiceDeps {
  env: Env;
  source: TrendsSource;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
  fetch?: typeof fetch;
  /** A failed migration once the server is up (the default logs and exits with status 1). */
  onFatal?: (error: Error) => void;
}

/** What a collection and its alerts run with. */
export type RunDeps = Required<Pick<HistoryServiceDeps, 'source' | 'now' | 'sleep' | 'log' | 'fetch'>>;

export interface ServiceSettings {
  collector: CollectorConfig;
  rules: AlertRule[];
  alerts: Pick<AlertDeps, 'webhookUrl' | 'publicOrigin' | 'secrets'>;
  reserveCalls: number;
}

/** Every variable the history side reads, validated: a bad one throws, naming it (the start stops). */
export function serviceSettings(env: Env): ServiceSettings {
  const rps = Number(env.TRENDS_API_RPS) > 0 ? Math.floor(Number(env.TRENDS_API_RPS)) : 5;
  return {
    collector: collectorConfigFromEnv(env),
    rules: env.ALERTS_FILE?.trim() ? loadAlertRules(env.ALERTS_FILE.trim()) : [],
    alerts: {
      webhookUrl: env.ALERT_WEBHOOK_URL?.trim() || undefined,
      publicOrigin: env.PUBLIC_ORIGIN?.trim() || `http://localhost:${Number(env.PORT) || 3000}`,
      secrets: [env.TRENDS_API_KEY ?? ''].filter(Boolean),
    },
    // With a plan of a few calls a second, one call of every second is left to people.
    reserveCalls: Math.min(1, rps - 1),
  };
}

/** What an alert run needs: the store, the rules and webhook settings, and the run's clock and I/O. */
function alertDeps(store: HistoryStore, settings: ServiceSettings, deps: RunDeps): AlertDeps {
  return {
    store,
    rules: settings.rules,
    ...settings.alerts,
    fetch: deps.fetch,
    now: deps.now,
    sleep: deps.sleep,
    log: deps.log,
  };
}

/** A collection, then the alerts about what it recorded, under the one collection lock. */
export async function runCollection(
  store: HistoryStore,
  settings: ServiceSettings,
  deps: RunDeps,
): Promise<CollectionReport> {
  const collector: CollectorDeps = {
    store,
    source: deps.source,
    config: settings.collector,
    now: deps.now,
    sleep: deps.sleep,
    log: deps.log,
    reserveCalls: settings.reserveCalls,
  };
  return collectOnce(collector, async (report) => {
    const stored = report.scopes.filter((s) => s.stored && s.snapshotId !== undefined).map((s) => s.snapshotId!);
    const alerts = await runAlerts(alertDeps(store, settings, deps), stored);
    if (alerts.events || alerts.failed || alerts.pending)
      deps.log(
        `[alerts] ${alerts.events} new event(s), ${alerts.sent} sent, ${alerts.pending} waiting for a retry, ${alerts.failed} given up`,
      );
  });
}

/**
 * Demo mode, first start: 30 days of the demo's dated rankings for the tracked scopes, so history,
 * changes and alerts show at once. Alerts look at the last day only (one day's worth, not 30).
 */
export async function backfillDemo(store: HistoryStore, settings: ServiceSettings, deps: RunDeps): Promise<number> {
  if (deps.source.mode !== 'demo' || (await store.hasSnapshots('demo'))) return 0;
  const now = deps.now();
  let written = 0;
  const lastDay: number[] = [];
  for (let daysAgo = DEMO_BACKFILL_DAYS - 1; daysAgo >= 0; daysAgo--) {
    const at = now - daysAgo * DAY_MS;
    for (const scope of settings.collector.trackScopes) {
      const result = await store.recordSnapshot(scope, demoRanking(scope, at), at, 'demo');
      if (result.stored) written++;
      if (daysAgo === 0 && result.stored) lastDay.push(result.snapshotId);
    }
  }
  await runAlerts(alertDeps(store, settings, deps), lastDay);
  return written;
}

export interface HistoryService {
  /** For the app; undefined with HISTORY=off. Until the store is open its calls fail (the routes answer 503). */
  history: HistoryApi | undefined;
  store(): HistoryStore | undefined;
  /** Settles once the store is open (or could not be opened, and will be tried again). */
  ready: Promise<void>;
  stop(): Promise<void>;
}

const CONNECT_RETRY_MS = 30_000;

/**
 * Starts the history side. Throws (the start must stop) on a bad variable or a bad ALERTS_FILE. The
 * store opens in the background so the server answers at once (PGlite's first start takes seconds):
 * a failed migration then calls `onFatal` (the server exits with the reason); a store that cannot be
 * reached does not stop anything: live data is served, the history routes answer 503, and the store
 * is tried again every 30 s. `HISTORY=off`: no store at all.
 */
export async function startHistoryService(deps: HistoryServiceDeps): Promise<HistoryService> {
  const settings = serviceSettings(deps.env);
  if (deps.env.HISTORY?.trim().toLowerCase() === 'off') {
    return { history: undefined, store: () => undefined, ready: Promise.resolve(), stop: async () => {} };
  }
  const storeConfig = storeConfigFromEnv(deps.env);
  const full = {
    source: deps.source,
    now: deps.now ?? Date.now,
    sleep: deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))),
    log: deps.log ?? console.log,
    fetch: deps.fetch ?? globalThis.fetch,
  };
  let store: HistoryStore | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let job: Cron | undefined;
  let stopped = false;

  const open = async (): Promise<void> => {
    try {
      store = await openStore(storeConfig);
    } catch (error) {
      if (error instanceof StoreStartError) throw error;
      full.log(
        `[history] history unavailable: cannot open ${describeStore(storeConfig)} (${error instanceof Error ? error.message : String(error)}); live data is served, trying again in 30 s`,
      );
      if (!stopped)
        retry = setTimeout(
          () => void open().catch((e: unknown) => full.log(`[history] ${e instanceof Error ? e.message : String(e)}`)),
          CONNECT_RETRY_MS,
        );
      return;
    }
    full.log(
      `[history] store: ${describeStore(storeConfig)}; collector ${settings.collector.cron ? `on "${settings.collector.cron}" UTC` : 'off'}; ${settings.rules.length} alert rule(s)`,
    );
    const written = await backfillDemo(store, settings, full);
    if (written) full.log(`[history] demo: backfilled ${DEMO_BACKFILL_DAYS} days of history (${written} snapshots)`);
  };
  const onFatal =
    deps.onFatal ??
    ((error: Error) => {
      console.error(`Cannot start: ${error.message}`);
      process.exit(1);
    });
  const ready = open().catch((error: unknown) => onFatal(error instanceof Error ? error : new Error(String(error))));

  if (settings.collector.cron) {
    job = new Cron(settings.collector.cron, { timezone: 'UTC', protect: true }, async () => {
      if (!store) return full.log('[collector] skipped: the store is not available');
      try {
        const report = await runCollection(store, settings, full);
        if (report.status === 'busy') full.log('[collector] skipped: another collection is running');
        else
          full.log(
            `[collector] ${report.scopes.filter((s) => s.snapshotId !== undefined).length}/${report.scopes.length} scopes recorded, ${report.calls} provider calls${report.budgetExhausted ? ', daily budget reached' : ''}`,
          );
      } catch (error) {
        full.log(`[collector] failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }

  const unavailable = () => Promise.reject(new Error('the store is not open'));
  const history: HistoryApi = {
    hashtagHistory: (params, today) => (store ? store.hashtagHistory(params, today) : unavailable()),
    changes: (params) => (store ? store.changes(params) : unavailable()),
    markOpened: (scope, at) => (store ? store.markOpened(scope, at) : unavailable()),
    recordSnapshot: (scope, items, at, source) =>
      store ? store.recordSnapshot(scope, items, at, source) : unavailable(),
  };
  return {
    history,
    store: () => store,
    ready,
    stop: async () => {
      stopped = true;
      job?.stop();
      clearTimeout(retry);
      await ready;
      await store?.db.close();
    },
  };
}
