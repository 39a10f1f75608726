/**
 * `npm run collect`: one collection and its alerts, then exit (for cron or a Kubernetes CronJob).
 * Same variables as the server. Its provider calls have their own rate limiter (this process's):
 * give it a TRENDS_API_RPS below the plan's when the server runs at the same time, or use the
 * server's in-process schedule (COLLECT_CRON), which shares the server's limiter.
 */
import { createSource } from '../app';
import { configFromEnv } from '../config';
import { openStore, storeConfigFromEnv } from '../store/open';
import { backfillDemo, runCollection, serviceSettings } from './service';
import { runCli } from '../run-cli';

const log = (line: string) => console.log(line);

async function main(): Promise<number> {
  const source = createSource(configFromEnv(process.env), {});
  const settings = serviceSettings(process.env);
  const store = await openStore(storeConfigFromEnv(process.env));
  try {
    const deps = {
      source,
      now: Date.now,
      sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
      log,
      fetch: globalThis.fetch,
    };
    const backfilled = await backfillDemo(store, settings, deps);
    if (backfilled) log(`demo: backfilled ${backfilled} snapshots`);
    const report = await runCollection(store, settings, deps);
    if (report.status === 'busy') {
      log('another collection is running (advisory lock held): nothing done');
      return 0;
    }
    for (const s of report.scopes)
      log(
        `${s.scope}: ${s.error ? `not recorded (${s.error})` : s.stored ? `snapshot ${s.snapshotId}` : 'unchanged since today’s last snapshot'}`,
      );
    log(
      `${report.calls} provider calls${report.budgetExhausted ? ' (daily budget reached)' : ''}, ${report.pruned} old snapshots pruned`,
    );
    return report.scopes.every((s) => !s.error) ? 0 : 1;
  } finally {
    await store.db.close();
  }
}

runCli(main);
