import { describe, expect, it } from 'vitest';
import { exportDatesText, latestPointTime } from './data-as-of';

const NOV_23_2026 = Date.UTC(2026, 10, 23) / 1000;
const DEC_2_2026_AFTERNOON = Date.UTC(2026, 11, 2, 17, 45);

describe('latestPointTime', () => {
  it('is the latest point of any curve, whatever their order', () => {
    expect(latestPointTime([[{ time: 10 }], [{ time: 30 }, { time: 20 }], []])).toBe(30);
  });
  it('is undefined without points', () => {
    expect(latestPointTime([])).toBeUndefined();
    expect(latestPointTime([[{ time: Number.NaN }]])).toBeUndefined();
  });
});

describe('exportDatesText', () => {
  it('gives the data day and, apart from it, when the export was made', () => {
    expect(exportDatesText(NOV_23_2026, 'downloaded', DEC_2_2026_AFTERNOON, 'en-GB')).toBe(
      'data as of 23 Nov 2026 · downloaded 2 Dec 2026',
    );
    expect(exportDatesText(NOV_23_2026, 'printed', DEC_2_2026_AFTERNOON, 'en-US')).toBe(
      'data as of Nov 23, 2026 · printed Dec 2, 2026',
    );
  });
  it('leaves out a data day it does not know', () => {
    expect(exportDatesText(undefined, 'printed', DEC_2_2026_AFTERNOON, 'en-GB')).toBe('printed 2 Dec 2026');
  });
});
