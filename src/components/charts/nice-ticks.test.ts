import { describe, expect, it } from 'vitest';
import { niceTicks } from './chart-data';

describe('niceTicks (count axis)', () => {
  it('steps in round numbers up to at least the maximum', () => {
    expect(niceTicks(1623)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(niceTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0.4)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});
