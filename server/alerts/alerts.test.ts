// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSource } from '../app';
import { startHistoryService } from '../collector/service';
import { createHistoryStore, type HistoryStore } from '../store/history-store';
import { migrate } from '../store/migrations';
import { DAY_MS, type RankedItem } from '../store/types';
import { US7 } from '../test-support/history';
import { BACKENDS, backendTitle } from '../test-support/store-backends';
import { TEST_KEY } from '../test-support/fake-upstream';
import { eventsForSnapshots, slackBody } from './alerts';
import { runAlerts, type AlertDeps } from './delivery';
import { AlertsFileError, loadAlertRules, parseAlertRules } from './rules';

vi.setConfig({ hookTimeout: 120_000, testTimeout: 60_000 });

/** The example of the issue and the README, verbatim. */
const EXAMPLE = {
  rules: [
    { scope: { country: 'US', industry: 'all', period: 7 }, when: 'new_entry' },
    { scope: { country: 'GB', period: 30 }, when: { enters_top: 10 } },
    { scope: { country: 'US', period: 7 }, when: { moves: 5 }, hashtags: ['ootd', 'booktok'] },
    { scope: { country: 'US', period: 7 }, when: 'leaves' },
  ],
};

const withRule = (rule: unknown, at = 0) => {
  const rules: unknown[] = structuredClone(EXAMPLE.rules);
  rules[at] = rule;
  return { rules };
};

describe('alert rules file', () => {
  it('reads the documented format, with its defaults', () => {
    const rules = parseAlertRules(EXAMPLE);
    expect(rules.map((r) => [r.index, r.scope, r.when])).toEqual([
      [1, { country: 'US', industry: '', period: 7, newOnly: false }, 'new_entry'],
      [2, { country: 'GB', industry: '', period: 30, newOnly: false }, { enters_top: 10 }],
      [3, { country: 'US', industry: '', period: 7, newOnly: false }, { moves: 5 }],
      [4, { country: 'US', industry: '', period: 7, newOnly: false }, 'leaves'],
    ]);
    expect([...rules[2]!.hashtags!]).toEqual(['booktok', 'ootd']);
    expect(new Set(rules.map((r) => r.id)).size).toBe(4);
    // the id is the rule's content, not its place in the file
    expect(parseAlertRules({ rules: [...EXAMPLE.rules].reverse() }).map((r) => r.id)).toEqual(
      rules.map((r) => r.id).reverse(),
    );
  });

  it.each([
    [
      withRule({ scope: { country: 'GB', period: 30 }, when: { enters_top: 0 } }, 1),
      'rule 2, field when.enters_top: enters_top must be at least 1',
    ],
    [
      withRule({ scope: { country: 'US', period: 14 }, when: 'leaves' }, 3),
      'rule 4, field scope.period: period must be one of 7, 30, 120',
    ],
    [
      withRule({ scope: { country: 'us', period: 7 }, when: 'leaves' }),
      'rule 1, field scope.country: country must be a two-letter upper-case code such as US',
    ],
    [
      withRule({ scope: { country: 'US', period: 7 }, when: 'rises' }, 2),
      'rule 3, field when: when must be "new_entry", "leaves", {"enters_top": N} or {"moves": N}',
    ],
    [
      withRule({ scope: { country: 'US', period: 7 }, when: 'leaves', hashtag: ['x'] }, 2),
      'rule 3: unknown key "hashtag"',
    ],
    [
      withRule({ scope: { country: 'US', period: 7, industry: 'beauty' }, when: 'leaves' }),
      'rule 1, field scope.industry: industry must be "all" or an 11-digit industry id',
    ],
    [withRule({ when: 'leaves' }), 'rule 1, field scope: '],
    [{ rule: [] }, 'ALERTS_FILE: field rules: '],
  ])('rejects a bad file, naming the rule and field (%#)', (json, message) => {
    expect(() => parseAlertRules(json)).toThrow(AlertsFileError);
    expect(() => parseAlertRules(json)).toThrow(message);
  });

  it('a bad or unreadable ALERTS_FILE stops the start with that message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alerts-'));
    const bad = join(dir, 'alerts.json');
    writeFileSync(bad, JSON.stringify(withRule({ scope: { country: 'GB', period: 30 }, when: { moves: 2.5 } }, 1)));
    expect(() => loadAlertRules(bad)).toThrow(
      `ALERTS_FILE ${bad}: rule 2, field when.moves: moves must be a whole number`,
    );
    writeFileSync(join(dir, 'broken.json'), '{ "rules": [ ');
    expect(() => loadAlertRules(join(dir, 'broken.json'))).toThrow('not valid JSON');
    expect(() => loadAlertRules(join(dir, 'missing.json'))).toThrow('ALERTS_FILE: cannot read');
    // the server's start: refused before anything is opened
    await expect(
      startHistoryService({
        env: { ALERTS_FILE: bad, COLLECT_CRON: 'off', DATA_DIR: 'memory://' },
        source: createSource({}, {}),
        log: () => {},
      }),
    ).rejects.toThrow('rule 2, field when.moves');
  });
});

const T0 = Date.UTC(2026, 10, 20, 6);
const ranking = (names: readonly string[]): RankedItem[] =>
  names.map((name, i) => ({ name, rank: i + 1, posts: 10, views: 100 }));

describe.each(BACKENDS)('alerts on $name', (backend) => {
  describe.skipIf(Boolean(backend.skip))(backendTitle(backend), () => {
    let store: HistoryStore;
    let drop: () => Promise<void>;
    let posts: { url: string; body: string }[];
    let status: number[];
    let sleeps: number[];

    beforeEach(async () => {
      const opened = await backend.open();
      drop = opened.drop;
      await migrate(opened.db);
      store = createHistoryStore(opened.db);
      posts = [];
      status = [];
      sleeps = [];
    });
    afterEach(async () => drop());

    const deps = (overrides: Partial<AlertDeps> = {}): AlertDeps => ({
      store,
      rules: parseAlertRules(EXAMPLE),
      webhookUrl: 'https://hooks.example.test/services/T/B/X',
      publicOrigin: 'https://trends.example.test/',
      fetch: (async (url: string, init: RequestInit) => {
        posts.push({ url, body: String(init.body) });
        return new Response('ok', { status: status.shift() ?? 200 });
      }) as typeof fetch,
      now: () => T0 + DAY_MS,
      sleep: async (ms) => void sleeps.push(ms),
      log: () => {},
      secrets: [TEST_KEY],
      ...overrides,
    });

    /** Two rankings of US 7 days: ootd climbs 6, booktok 2, "gone" leaves, "fresh" enters. */
    async function twoRankings() {
      await store.recordSnapshot(US7, ranking(['a', 'b', 'c', 'd', 'e', 'f', 'ootd', 'booktok', 'gone']), T0, 'demo');
      const { snapshotId } = await store.recordSnapshot(
        US7,
        ranking(['ootd', 'a', 'b', 'c', 'd', 'e', 'booktok', 'f', 'fresh']),
        T0 + DAY_MS,
        'demo',
      );
      return snapshotId;
    }

    it('finds each rule’s events between a scope’s last two rankings', async () => {
      const id = await twoRankings();
      const events = await eventsForSnapshots(store, parseAlertRules(EXAMPLE), [id]);
      expect(events.map((e) => [e.ruleIndex, e.kind, e.hashtag, e.oldRank, e.rank])).toEqual([
        [1, 'new_entry', 'fresh', null, 9],
        [3, 'moves', 'ootd', 7, 1],
        [4, 'leaves', 'gone', 9, null],
      ]);
      // the first ranking of a scope has nothing to compare with
      const first = await store.recordSnapshot({ ...US7, country: 'GB', period: 30 }, ranking(['x']), T0, 'demo');
      expect(await eventsForSnapshots(store, parseAlertRules(EXAMPLE), [first.snapshotId])).toEqual([]);
    });

    it('posts a Slack-compatible body with links from PUBLIC_ORIGIN, each event once, across repeats and restarts', async () => {
      const id = await twoRankings();
      expect(await runAlerts(deps(), [id])).toEqual({ events: 3, sent: 3, failed: 0, pending: 0 });
      expect(posts).toHaveLength(1);
      const body = JSON.parse(posts[0]!.body) as { text: string; blocks: { type: string; text: { text: string } }[] };
      expect(body.text).toContain('TikTok hashtag alerts: 3 changes');
      expect(body.text).toContain(
        '#fresh entered the top 100 at #9 in United States · 7 days (2026-11-21): https://trends.example.test/hashtag/fresh',
      );
      expect(body.blocks[0]).toEqual({
        type: 'header',
        text: { type: 'plain_text', text: 'TikTok hashtag alerts: 3 changes' },
      });
      expect(body.blocks[2]!.text.text).toContain('*#ootd climbed 6 places to #1 (was #7)*');
      expect(body.blocks[2]!.text.text).toContain('<https://trends.example.test/hashtag/ootd|rank history>');
      expect(body.blocks[2]!.text.text).toContain(
        '<https://trends.example.test/?since=2026-11-20|changes since 2026-11-20>',
      );
      // the same collection again, and a "restarted" server (new deps, same database): nothing is sent twice
      expect(await runAlerts(deps(), [id])).toEqual({ events: 0, sent: 0, failed: 0, pending: 0 });
      expect(
        await runAlerts(deps({ rules: parseAlertRules({ rules: [...EXAMPLE.rules].reverse() }) }), [id]),
      ).toMatchObject({ events: 0, sent: 0 });
      expect(posts).toHaveLength(1);
    });

    it('retries a failed post with growing waits, records every try, and sends it once it goes through', async () => {
      const id = await twoRankings();
      status = [500, 502];
      expect(await runAlerts(deps(), [id])).toMatchObject({ sent: 3, pending: 0 });
      expect(posts).toHaveLength(3);
      expect(sleeps).toEqual([1_000, 5_000]);
      expect(await store.db.query(`select status, attempts, last_error from alert_events order by id`)).toEqual(
        Array(3).fill({ status: 'sent', attempts: 3, last_error: null }),
      );
    });

    it('keeps a post that keeps failing for the next collection, and gives up after maxAttempts', async () => {
      const id = await twoRankings();
      status = Array(20).fill(503);
      expect(await runAlerts(deps({ retryDelaysMs: [10, 20], maxAttempts: 5 }), [id])).toMatchObject({
        sent: 0,
        pending: 3,
        failed: 0,
      });
      expect(await store.db.query(`select distinct status, attempts, last_error from alert_events`)).toEqual([
        { status: 'pending', attempts: 3, last_error: 'HTTP 503' },
      ]);
      // next collection: two more tries, then it is given up
      expect(await runAlerts(deps({ retryDelaysMs: [10, 20], maxAttempts: 5 }), [])).toMatchObject({
        sent: 0,
        pending: 0,
        failed: 3,
      });
      expect(posts).toHaveLength(5);
      expect(await store.db.query(`select distinct status, attempts from alert_events`)).toEqual([
        { status: 'failed', attempts: 5 },
      ]);
      await runAlerts(deps(), []);
      expect(posts).toHaveLength(5);
    });

    it('never puts the provider key in a post, even when a name carries it', async () => {
      const key = TEST_KEY.toLowerCase(); // names are stored in lower case
      await store.recordSnapshot(US7, ranking(['a']), T0, 'live');
      const { snapshotId } = await store.recordSnapshot(US7, ranking(['a', `leak${key}`]), T0 + DAY_MS, 'live');
      await runAlerts(deps({ secrets: [key] }), [snapshotId]);
      expect(posts).toHaveLength(1);
      expect(posts[0]!.body).not.toContain(key);
      expect(posts[0]!.body).toContain('[redacted]');
    });
  });
});

describe('slack body', () => {
  it('escapes mrkdwn and encodes unicode names in links', () => {
    const body = slackBody(
      [
        {
          key: 'k',
          ruleId: 'r',
          ruleIndex: 1,
          snapshotId: 1,
          scope: { country: 'JP', industry: '14000000000', period: 30, newOnly: true },
          hashtag: 'a<b>&ラーメン',
          kind: 'new_entry',
          rank: 3,
          oldRank: null,
          date: '2026-11-21',
          sinceDate: '2026-11-20',
        },
      ],
      'https://x.test',
    );
    const text = body.blocks[1]!.text.text;
    expect(text).toContain('*#a&lt;b&gt;&amp;ラーメン entered the top 100 at #3*');
    expect(text).toContain(
      `<https://x.test/hashtag/${encodeURIComponent('a<b>&ラーメン')}?country=JP&period=30|rank history>`,
    );
    expect(text).toContain(
      '<https://x.test/?country=JP&period=30&industry=14000000000&new=1&since=2026-11-20|changes since 2026-11-20>',
    );
    expect(body.text.split('\n')[0]).toBe('TikTok hashtag alert');
  });
});
