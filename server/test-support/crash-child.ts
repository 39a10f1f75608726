/**
 * A collector that runs day after day until it is killed (server/store/crash.test.ts kills it with
 * SIGKILL). After each snapshot it prints `committed <id> <rows>`; the store is DATABASE_URL or DATA_DIR.
 */
import { createSource } from '../app';
import { collectOnce } from '../collector/collector';
import { parseScopes } from '../collector/config';
import { openStore, storeConfigFromEnv } from '../store/open';
import { DAY_MS } from '../store/types';
import { DEMO_AS_OF } from '../collector/demo-rankings';

const store = await openStore(storeConfigFromEnv(process.env));
const source = createSource({}, {});
const config = { cron: null, trackScopes: parseScopes('US:all:7,GB:all:30,FR:all:7,DE:all:120'), maxScopes: 50 };
let at = DEMO_AS_OF - 200 * DAY_MS;
const watched = {
  ...store,
  recordSnapshot: async (...args: Parameters<typeof store.recordSnapshot>) => {
    const result = await store.recordSnapshot(...args);
    if (result.stored) console.log(`committed ${result.snapshotId} ${args[1].length}`);
    return result;
  },
};
console.log('ready');
for (;;) {
  await collectOnce({ store: watched, source, config, now: () => at, sleep: async () => {}, log: () => {} });
  at += DAY_MS;
}
