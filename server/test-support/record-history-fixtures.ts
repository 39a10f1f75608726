/**
 * Records the history routes' answers that the browser's component tests read
 * (src/testing/fixtures/history-*.json): the real app over a PGlite store in memory, backfilled with the
 * demo's 30 days for the default tracked scopes as a first start in demo mode does, on the demo's
 * as-of day (2026-11-23). Run: `npx tsx server/test-support/record-history-fixtures.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApp, createSource } from '../app';
import { backfillDemo, serviceSettings } from '../collector/service';
import { DEMO_AS_OF } from '../collector/demo-rankings';
import { createHistoryStore } from '../store/history-store';
import { migrate } from '../store/migrations';
import { openPglite } from '../store/pglite-db';

const now = DEMO_AS_OF + 6 * 3_600_000;
const db = await openPglite('memory://');
await migrate(db);
const store = createHistoryStore(db);
const source = createSource({}, {});
await backfillDemo(store, serviceSettings({}), { source, now: () => now, sleep: async () => {}, log: () => {}, fetch });
const app = createApp({}, { history: store, now: () => now, source });

async function answer(path: string): Promise<unknown> {
  const response = await app.request(path);
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** A hashtag of the US 7-day chart that was out of the top 100 on some recorded days: its history has gaps. */
async function hashtagWithGaps(): Promise<string> {
  const latest = await store.latestSnapshotOf({ country: 'US', industry: '', period: 7, newOnly: false });
  for (const item of await store.items(latest!.id)) {
    const body = (await answer(
      `/api/history/hashtag?hashtag_name=${encodeURIComponent(item.name)}&country_code=US&period=7`,
    )) as { data: { info: { points: { rank: number | null }[] } } };
    const ranks = body.data.info.points.map((p) => p.rank);
    // a gap between two recorded ranks: the line must break there
    const firstGap = ranks.indexOf(null);
    if (firstGap > 0 && ranks.slice(firstGap).some((r) => r !== null)) return item.name;
  }
  throw new Error('no hashtag with a gap in the demo history');
}

const out = (name: string) => fileURLToPath(new URL(`../../src/testing/fixtures/${name}`, import.meta.url));
const save = (name: string, body: unknown) => writeFileSync(out(name), `${JSON.stringify(body, null, 2)}\n`);

const gappy = await hashtagWithGaps();
save(
  'history-hashtag-gaps-us-7d.json',
  await answer(`/api/history/hashtag?hashtag_name=${encodeURIComponent(gappy)}&country_code=US&period=7`),
);
save('history-changes-us-7d-since-2026-11-16.json', await answer('/api/history/changes?since=2026-11-16'));
save(
  'history-changes-gb-30d-untracked.json',
  await answer('/api/history/changes?since=2026-11-16&country_code=GB&period=30'),
);
console.log(`recorded: #${gappy}`);
await db.close();
