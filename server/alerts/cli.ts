/**
 * `npm run alerts -- --dry-run`: what the alert rules (ALERTS_FILE) see in the latest recorded
 * ranking of each rule's scope against the one before, and the webhook body that would be posted.
 * Nothing is recorded or sent. Without --dry-run: those events are recorded and every pending event
 * is sent (each once), as after a collection.
 */
import { serviceSettings } from '../collector/service';
import { openStore, storeConfigFromEnv } from '../store/open';
import { eventsForSnapshots, slackBody } from './alerts';
import { redact, runAlerts } from './delivery';
import { runCli } from '../run-cli';

async function main(): Promise<number> {
  const dryRun = process.argv.includes('--dry-run');
  const settings = serviceSettings(process.env);
  if (settings.rules.length === 0) {
    console.log('No alert rules: set ALERTS_FILE to a rules file (see server/README.md).');
    return 0;
  }
  const store = await openStore(storeConfigFromEnv(process.env));
  try {
    const latest = new Set<number>();
    for (const rule of settings.rules) {
      const snapshot = await store.latestSnapshotOf(rule.scope);
      if (snapshot) latest.add(snapshot.id);
    }
    if (dryRun) {
      const events = await eventsForSnapshots(store, settings.rules, [...latest]);
      console.log(
        `${events.length} event(s) in the latest rankings of ${settings.rules.length} rule(s); would post to ${settings.alerts.webhookUrl ? 'ALERT_WEBHOOK_URL' : '(ALERT_WEBHOOK_URL not set)'}:`,
      );
      if (events.length)
        console.log(
          redact(JSON.stringify(slackBody(events, settings.alerts.publicOrigin), null, 2), settings.alerts.secrets),
        );
      return 0;
    }
    const result = await runAlerts(
      {
        store,
        rules: settings.rules,
        ...settings.alerts,
        fetch: globalThis.fetch,
        now: Date.now,
        sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
        log: console.log,
      },
      [...latest],
    );
    console.log(
      `${result.events} new event(s), ${result.sent} sent, ${result.pending} waiting for a retry, ${result.failed} given up`,
    );
    return result.pending || result.failed ? 1 : 0;
  } finally {
    await store.db.close();
  }
}

runCli(main);
