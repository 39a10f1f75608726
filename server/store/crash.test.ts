// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BACKENDS, backendTitle } from '../test-support/store-backends';
import { createHistoryStore } from './history-store';
import { openStore } from './open';

vi.setConfig({ testTimeout: 240_000 });

const CHILD = fileURLToPath(new URL('../test-support/crash-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Runs the endless collector until it has committed `snapshots`, then kills it with SIGKILL mid-way. */
async function killMidCollection(
  env: Record<string, string>,
  snapshots: number,
): Promise<{ lastId: number; lastRows: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let last = { lastId: 0, lastRows: 0 };
  let seen = 0;
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  for await (const line of createInterface({ input: child.stdout })) {
    const match = /^committed (\d+) (\d+)$/.exec(line);
    if (!match) continue;
    last = { lastId: Number(match[1]), lastRows: Number(match[2]) };
    // a few more rows are on their way: the next snapshot's transaction is open or about to be
    if (++seen === snapshots) {
      child.kill('SIGKILL');
      break;
    }
  }
  expect(await exited).toBe('SIGKILL');
  return last;
}

describe.each(BACKENDS)('kill -9 during a collection, $name', (backend) => {
  describe.skipIf(Boolean(backend.skip))(backendTitle(backend), () => {
    it('leaves the last complete snapshot intact and no partial one; the next collection can take the lock', async () => {
      let env: Record<string, string>;
      let drop = async () => {};
      if (backend.name === 'PGlite') {
        const dir = mkdtempSync(join(tmpdir(), 'store-crash-'));
        dirs.push(dir);
        env = { DATA_DIR: join(dir, 'data') };
      } else {
        const opened = await backend.open();
        env = { DATABASE_URL: opened.url! };
        drop = opened.drop;
        await opened.db.close();
      }
      try {
        const { lastId, lastRows } = await killMidCollection(env, 9);
        expect(lastRows).toBe(100);
        const store = await openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR ?? '', historyDays: 400 });
        try {
          // every snapshot holds exactly the rows it was written with: none is partial
          const partial = await store.db.query(
            `select s.id from snapshots s left join snapshot_items i on i.snapshot_id = s.id group by s.id, s.item_count having count(i.snapshot_id) <> s.item_count`,
          );
          expect(partial).toEqual([]);
          const [count] = await store.db.query<{ n: number }>('select count(*)::int as n from snapshots');
          expect(count!.n).toBeGreaterThanOrEqual(9);
          expect((await store.items(lastId)).map((i) => i.rank)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
          // the dead collector's lock died with its connection
          const again = createHistoryStore(store.db);
          expect(await again.withCollectionLock(async () => 'mine')).toEqual({ locked: true, result: 'mine' });
        } finally {
          await store.db.close();
        }
      } finally {
        await drop();
      }
    });
  });
});
