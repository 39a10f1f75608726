import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  CHANGE_MIN_PLACES,
  LAST_VISIT_STORAGE_KEY,
  MAX_FILTER_SETS,
  MAX_NAMES_PER_SNAPSHOT,
  VISIT_GAP_MS,
  compareWithSnapshot,
  lastVisitKey,
  markSeen,
  readSnapshot,
  saveSnapshot,
  type RankedRow,
} from './last-visit-store';

const KEY = 'US|all|7|new0';
const T0 = Date.UTC(2025, 10, 12, 9, 0);
const LATER = T0 + VISIT_GAP_MS + 1;
const rows = (...names: string[]): RankedRow[] => names.map((hashtag_name, i) => ({ hashtag_name, rank: i + 1 }));
const ranked = (pairs: [string, number][]): RankedRow[] =>
  pairs.map(([hashtag_name, rank]) => ({ hashtag_name, rank }));

afterEach(() => vi.restoreAllMocks());

describe('lastVisitKey', () => {
  it('holds the filters but not the page', () => {
    expect(lastVisitKey({ country: 'US', period: 7, newOnly: false })).toBe('US|all|7|new0');
    expect(lastVisitKey({ country: 'GB', industry: '25000000000', period: 30, newOnly: true })).toBe(
      'GB|25000000000|30|new1',
    );
    expect(lastVisitKey({ country: 'US', industry: '', period: 7, newOnly: false })).toBe('US|all|7|new0');
  });
});

describe('visits', () => {
  it('has no baseline on a first visit, and the first visit becomes the baseline of the next', () => {
    expect(readSnapshot(KEY, T0)).toBeUndefined();
    saveSnapshot(KEY, rows('a', 'b'), T0);
    expect(readSnapshot(KEY, T0 + 1000)).toBeUndefined(); // same visit: not against what it just wrote
    const baseline = readSnapshot(KEY, LATER);
    expect(baseline?.savedAt).toBe(T0);
    expect([...(baseline?.ranks ?? [])]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('keeps comparing against the previous visit for the whole of this one (reload, back from a detail page)', () => {
    saveSnapshot(KEY, rows('a', 'b'), T0);
    saveSnapshot(KEY, rows('b', 'a'), LATER);
    saveSnapshot(KEY, rows('b', 'a'), LATER + 60_000);
    expect(readSnapshot(KEY, LATER + 120_000)?.savedAt).toBe(T0);
    expect(readSnapshot(KEY, LATER + 60_000 + VISIT_GAP_MS + 1)?.ranks.get('b')).toBe(1);
  });

  it('merges the pages seen during one visit, replacing the ranks a page covers', () => {
    saveSnapshot(
      KEY,
      ranked([
        ['a', 1],
        ['b', 2],
      ]),
      T0,
    );
    saveSnapshot(
      KEY,
      ranked([
        ['c', 3],
        ['d', 4],
      ]),
      T0 + 1000,
    );
    saveSnapshot(
      KEY,
      ranked([
        ['x', 1],
        ['a', 2],
      ]),
      T0 + 2000,
    );
    expect(Object.fromEntries(readSnapshot(KEY, LATER + 5000)?.ranks ?? [])).toEqual({ x: 1, a: 2, c: 3, d: 4 });
  });

  it('"mark as seen" makes what is on screen the baseline', () => {
    saveSnapshot(KEY, rows('a', 'b'), T0);
    saveSnapshot(KEY, rows('c', 'a'), LATER);
    expect(readSnapshot(KEY, LATER + 1)?.savedAt).toBe(T0);
    markSeen(KEY, rows('c', 'a'), LATER + 2);
    const baseline = readSnapshot(KEY, LATER + 3);
    expect(compareWithSnapshot(baseline!, rows('c', 'a')).markers.size).toBe(0);
  });

  it('keeps filter sets apart and treats hashtag names as plain data', () => {
    saveSnapshot(KEY, rows('__proto__', 'constructor'), T0);
    saveSnapshot('GB|all|7|new0', rows('z'), T0);
    const us = readSnapshot(KEY, LATER)!;
    expect(us.ranks.get('__proto__')).toBe(1);
    expect(us.ranks.get('constructor')).toBe(2);
    expect(us.ranks.has('z')).toBe(false);
    expect(compareWithSnapshot(us, rows('toString')).markers.get('toString')).toEqual({ kind: 'new' });
  });
});

describe('compareWithSnapshot', () => {
  const snapshot = {
    savedAt: T0,
    ranks: new Map(
      ranked([
        ['a', 1],
        ['b', 2],
        ['c', 3],
        ['d', 10],
        ['e', 12],
        ['f', 20],
      ]).map((r) => [r.hashtag_name, r.rank]),
    ),
  };

  it(`marks new rows, and climbs or falls of ${CHANGE_MIN_PLACES}+ places`, () => {
    const now = ranked([
      ['d', 1],
      ['a', 2],
      ['new', 3],
      ['b', 4],
      ['c', 8],
      ['e', 16],
      ['f', 19],
    ]);
    const { markers, since } = compareWithSnapshot(snapshot, now);
    expect(Object.fromEntries(markers)).toEqual({
      d: { kind: 'climbed', places: 9 },
      new: { kind: 'new' },
      c: { kind: 'fell', places: 5 },
    });
    expect(since).toBe(T0);
  });

  it('lists names that left the range of ranks on screen, by their old rank', () => {
    const { droppedOut, range } = compareWithSnapshot(
      snapshot,
      ranked([
        ['a', 1],
        ['x', 2],
        ['y', 3],
        ['d', 4],
        ['e', 5],
      ]),
    );
    expect(range).toEqual({ from: 1, to: 5 });
    expect(droppedOut).toEqual([
      { name: 'b', rank: 2 },
      { name: 'c', rank: 3 },
    ]);
  });

  it('does not call rows "new" on positions the previous visit never saw (another page)', () => {
    const { markers, droppedOut } = compareWithSnapshot(
      snapshot,
      ranked([
        ['p', 41],
        ['q', 42],
      ]),
    );
    expect(markers.size).toBe(0);
    expect(droppedOut).toEqual([]);
  });

  it('handles an empty page', () => {
    expect(compareWithSnapshot(snapshot, [])).toEqual({ markers: new Map(), droppedOut: [], since: T0 });
  });
});

describe('storage that cannot be trusted', () => {
  it.each([
    ['corrupt JSON', '{"version":1,"entries":'],
    [
      'an old version',
      JSON.stringify({ version: 0, entries: { [KEY]: { current: { savedAt: T0, ranks: [['a', 1]] } } } }),
    ],
    ['a future version', JSON.stringify({ version: 2, entries: {} })],
    [
      'a wrong shape',
      JSON.stringify({ version: 1, entries: { [KEY]: { current: { savedAt: 'yesterday', ranks: {} } } } }),
    ],
    ['not an object', '42'],
  ])('ignores %s, keeps it under the backup key, and saves never overwrite the copy', (_label, raw) => {
    localStorage.setItem(LAST_VISIT_STORAGE_KEY, raw);
    expect(readSnapshot(KEY, LATER)).toBeUndefined();
    saveSnapshot(KEY, rows('a'), T0);
    expect(readSnapshot(KEY, LATER)?.ranks.get('a')).toBe(1);
    expect(JSON.parse(localStorage.getItem(LAST_VISIT_STORAGE_KEY)!)).toMatchObject({ version: 1 });
    expect(localStorage.getItem(`${LAST_VISIT_STORAGE_KEY}.backup`)).toBe(raw);
    saveSnapshot('other', rows('b'), T0 + 1);
    markSeen(KEY, rows('a'), T0 + 2);
    expect(localStorage.getItem(`${LAST_VISIT_STORAGE_KEY}.backup`)).toBe(raw);
  });

  it('leaves an unreadable record alone when its copy cannot be written', () => {
    const raw = JSON.stringify({ version: 2, entries: { [KEY]: { seen: ['a'] } } });
    localStorage.setItem(LAST_VISIT_STORAGE_KEY, raw);
    const real = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key.endsWith('.backup')) throw new DOMException('full', 'QuotaExceededError');
      real.call(this, key, value);
    });
    saveSnapshot(KEY, rows('a'), T0);
    markSeen(KEY, rows('a'), T0 + 1);
    expect(localStorage.getItem(LAST_VISIT_STORAGE_KEY)).toBe(raw);
  });

  it('is a no-op when storage throws on every access', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => saveSnapshot(KEY, rows('a'), T0)).not.toThrow();
    expect(() => markSeen(KEY, rows('a'), T0)).not.toThrow();
    expect(readSnapshot(KEY, LATER)).toBeUndefined();
  });

  it('keeps the newest half when the quota is exceeded', () => {
    for (let i = 0; i < 10; i++) saveSnapshot(`K${i}`, rows('a'), T0 + i);
    const real = Storage.prototype.setItem;
    let calls = 0;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      calls += 1;
      if (calls === 1) throw new DOMException('full', 'QuotaExceededError');
      real.call(this, key, value);
    });
    saveSnapshot('K10', rows('a'), T0 + 10);
    const stored = JSON.parse(localStorage.getItem(LAST_VISIT_STORAGE_KEY)!) as { entries: Record<string, unknown> };
    expect(Object.keys(stored.entries).sort()).toEqual(['K10', 'K6', 'K7', 'K8', 'K9']);
  });
});

describe('bounds (property)', () => {
  it(`never stores more than ${MAX_FILTER_SETS} filter sets or ${MAX_NAMES_PER_SNAPSHOT} names each, evicting the least recently saved`, () => {
    const saves = fc.array(
      fc.record({
        key: fc.integer({ min: 0, max: 60 }).map((n) => `K${n}`),
        names: fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 150 }),
      }),
      { minLength: 1, maxLength: 50 },
    );
    fc.assert(
      fc.property(saves, (list) => {
        localStorage.clear();
        list.forEach((save, i) =>
          saveSnapshot(
            save.key,
            save.names.map((hashtag_name, r) => ({ hashtag_name, rank: r + 1 })),
            T0 + i * (VISIT_GAP_MS + 1),
          ),
        );
        const stored = JSON.parse(localStorage.getItem(LAST_VISIT_STORAGE_KEY)!) as {
          entries: Record<string, { current: { ranks: unknown[] }; baseline?: { ranks: unknown[] } }>;
        };
        const keys = Object.keys(stored.entries);
        expect(keys.length).toBeLessThanOrEqual(MAX_FILTER_SETS);
        for (const e of Object.values(stored.entries)) {
          expect(e.current.ranks.length).toBeLessThanOrEqual(MAX_NAMES_PER_SNAPSHOT);
          expect((e.baseline?.ranks ?? []).length).toBeLessThanOrEqual(MAX_NAMES_PER_SNAPSHOT);
        }
        // The most recent save always survives.
        expect(keys).toContain(list.at(-1)!.key);
      }),
      { numRuns: 60 },
    );
  });

  it('never throws on arbitrary stored text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        localStorage.setItem(LAST_VISIT_STORAGE_KEY, raw);
        expect(() => readSnapshot(KEY, LATER)).not.toThrow();
        expect(() => saveSnapshot(KEY, rows('a'), T0)).not.toThrow();
      }),
    );
  });
});
