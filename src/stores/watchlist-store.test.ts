import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  WATCHLIST_MAX,
  WATCHLIST_STORAGE_KEY,
  exportWatchlist,
  importWatchlist,
  readWatchlist,
  removeFromWatchlist,
  resetWatchlistMemory,
  toggleWatch,
} from './watchlist-store';

beforeEach(() => resetWatchlistMemory());
afterEach(() => vi.restoreAllMocks());

const file = (hashtags: unknown[], extra: object = {}) =>
  JSON.stringify({
    format: 'hashtag-watchlist',
    version: 1,
    hashtags,
    exportedAt: '2025-11-12T09:00:00.000Z',
    ...extra,
  });

describe('watchlist store', () => {
  it('stars and unstars, in starring order, normalising "#name"', () => {
    expect(toggleWatch('chatgpt')).toBe('added');
    expect(toggleWatch('#курск ')).toBe('added');
    expect(readWatchlist()).toEqual(['chatgpt', 'курск']);
    expect(toggleWatch('#chatgpt')).toBe('removed');
    expect(readWatchlist()).toEqual(['курск']);
    expect(JSON.parse(localStorage.getItem(WATCHLIST_STORAGE_KEY)!)).toEqual({ version: 1, hashtags: ['курск'] });
    removeFromWatchlist('курск');
    expect(readWatchlist()).toEqual([]);
  });

  it('refuses invalid names and a star beyond the bound', () => {
    expect(toggleWatch('  ')).toBe('invalid');
    expect(toggleWatch('two words')).toBe('invalid');
    for (let i = 0; i < WATCHLIST_MAX; i++) toggleWatch(`tag${i}`);
    expect(toggleWatch('one-more')).toBe('full');
    expect(readWatchlist()).toHaveLength(WATCHLIST_MAX);
  });

  it('returns the same array until the list changes (for useSyncExternalStore)', () => {
    toggleWatch('a');
    expect(readWatchlist()).toBe(readWatchlist());
  });

  it.each([
    ['corrupt JSON', '["a"'],
    ['an old version', JSON.stringify({ version: 0, hashtags: ['a'] })],
    ['a newer version', JSON.stringify({ version: 2, hashtags: [{ name: 'a', note: 'from a later app' }] })],
    ['a wrong shape', JSON.stringify({ version: 1, hashtags: 'a,b' })],
    ['a bare array', JSON.stringify(['a', 'b'])],
  ])(
    'reads %s as an empty watchlist, keeps it under the backup key, and starring never overwrites the copy',
    (_label, raw) => {
      localStorage.setItem(WATCHLIST_STORAGE_KEY, raw);
      expect(readWatchlist()).toEqual([]);
      toggleWatch('b');
      expect(readWatchlist()).toEqual(['b']);
      expect(localStorage.getItem(`${WATCHLIST_STORAGE_KEY}.backup`)).toBe(raw);
      toggleWatch('c');
      resetWatchlistMemory();
      expect(readWatchlist()).toEqual(['b', 'c']);
      expect(localStorage.getItem(`${WATCHLIST_STORAGE_KEY}.backup`)).toBe(raw);
    },
  );

  it('leaves an unreadable record alone when its copy cannot be written, and stars in memory', () => {
    const raw = JSON.stringify({ version: 2, hashtags: ['kept'] });
    localStorage.setItem(WATCHLIST_STORAGE_KEY, raw);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(toggleWatch('a')).toBe('added');
    vi.restoreAllMocks();
    expect(toggleWatch('b')).toBe('added');
    expect(readWatchlist()).toEqual(['a', 'b']);
    expect(localStorage.getItem(WATCHLIST_STORAGE_KEY)).toBe(raw);
    expect(localStorage.getItem(`${WATCHLIST_STORAGE_KEY}.backup`)).toBeNull();
  });

  it('drops invalid, duplicate and surplus stored names instead of failing', () => {
    const many = Array.from({ length: WATCHLIST_MAX + 10 }, (_, i) => `t${i}`);
    localStorage.setItem(
      WATCHLIST_STORAGE_KEY,
      JSON.stringify({ version: 1, hashtags: ['a', 'a', '', 'b c', ...many] }),
    );
    const list = readWatchlist();
    expect(list[0]).toBe('a');
    expect(list).toHaveLength(WATCHLIST_MAX);
    expect(new Set(list).size).toBe(list.length);
  });

  it('keeps working in memory when storage refuses writes', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(toggleWatch('a')).toBe('added');
    expect(readWatchlist()).toEqual(['a']);
  });

  it('never throws when storage throws on read', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(readWatchlist()).toEqual([]);
  });
});

describe('export and import', () => {
  it('exports the documented file shape', () => {
    toggleWatch('a');
    toggleWatch('ラーメン');
    expect(JSON.parse(exportWatchlist(Date.UTC(2025, 10, 12, 9)))).toEqual({
      format: 'hashtag-watchlist',
      version: 1,
      hashtags: ['a', 'ラーメン'],
      exportedAt: '2025-11-12T09:00:00.000Z',
    });
  });

  it('merges an imported file, skipping what is already starred and explaining bad entries', () => {
    toggleWatch('a');
    const result = importWatchlist(file(['#a', 'b', 42, '', 'c d', 'ラーメン', 'b']));
    expect(result.added).toEqual(['b', 'ラーメン']);
    expect(result.errors).toEqual([
      'Entry 3 skipped: not a text.',
      'Entry 4 skipped: empty name.',
      'Entry 5 skipped: not a hashtag name.',
    ]);
    expect(readWatchlist()).toEqual(['a', 'b', 'ラーメン']);
  });

  it.each([
    ['not JSON', 'hello', 'The file is not valid JSON.'],
    ['another format', file(['a'], { format: 'bookmarks' }), 'not a hashtag watchlist file'],
    ['another version', file(['a'], { version: 2 }), 'unsupported version'],
    [
      'hashtags not a list',
      JSON.stringify({ format: 'hashtag-watchlist', version: 1, hashtags: 'a' }),
      '"hashtags" must be a list',
    ],
    ['a huge file', ' '.repeat(200_000), 'too large'],
  ])('refuses %s without touching the watchlist', (_label, text, message) => {
    toggleWatch('keep');
    const result = importWatchlist(text);
    expect(result.added).toEqual([]);
    expect(result.errors.join(' ')).toContain(message);
    expect(readWatchlist()).toEqual(['keep']);
  });

  it('stops at the bound and names what was left out', () => {
    for (let i = 0; i < WATCHLIST_MAX - 1; i++) toggleWatch(`t${i}`);
    const result = importWatchlist(file(['x', 'y', 'z']));
    expect(result.added).toEqual(['x']);
    expect(result.errors).toEqual([`The watchlist holds ${WATCHLIST_MAX} hashtags at most; not added: #y, #z.`]);
  });

  it('round-trips any watchlist through export and import (property)', () => {
    const name = fc
      .string({ minLength: 1, maxLength: 30, unit: 'grapheme' })
      .filter((s) => /^[^\s,#]+$/u.test(s.trim()) && s === s.trim());
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: WATCHLIST_MAX }), (names) => {
        localStorage.clear();
        resetWatchlistMemory();
        names.forEach((n) => toggleWatch(n));
        const exported = exportWatchlist();
        localStorage.clear();
        resetWatchlistMemory();
        const result = importWatchlist(exported);
        expect(result.errors).toEqual([]);
        expect(result.added).toEqual(names);
        expect(readWatchlist()).toEqual(names);
      }),
      { numRuns: 50 },
    );
  });
});
