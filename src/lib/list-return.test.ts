import { describe, expect, it } from 'vitest';
import { fromListState, readFromListState } from './list-return';
import { listHref } from '../contract/filter-params';

describe('list-return', () => {
  it('carries the list URL (filters and page) as router state', () => {
    expect(fromListState({ pathname: '/', search: '?page=3&country=GB' })).toEqual({ from: '/?page=3&country=GB' });
    expect(readFromListState({ from: '/?page=3&country=GB' })).toBe('/?page=3&country=GB');
  });

  it('ignores anything that is not one of our own paths', () => {
    for (const state of [
      null,
      undefined,
      'x',
      {},
      { from: 3 },
      { from: '//evil.example/' },
      { from: 'https://evil.example/' },
      { from: 'javascript:alert(1)' },
    ]) {
      expect(readFromListState(state)).toBeUndefined();
    }
  });

  it('falls back to the list under the same country and period, defaults left out', () => {
    expect(listHref({ country: 'US', period: 7 })).toBe('/');
    expect(listHref({ country: 'GB', period: 30 })).toBe('/?country=GB&period=30');
  });
});
