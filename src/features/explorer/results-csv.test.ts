import { describe, expect, it } from 'vitest';
import { LIST_PAGE_ITEMS as list } from '../../testing/fixtures';
import { csvBlob } from '../../lib/csv';
import { RESULTS_CSV_HEADER, resultsCsv, resultsCsvFileName } from './results-csv';
import { rankChangeWords } from '../../contract/constants';

const lines = (csv: string) => csv.split('\r\n').slice(0, -1);

describe('resultsCsv', () => {
  const csv = resultsCsv(list, { country: 'US', period: 7 });

  it('starts with the header row and has one line per hashtag, CRLF-terminated', () => {
    expect(lines(csv)[0]).toBe('rank,hashtag,industry,posts,views,rank change,promoted,country,period');
    expect(RESULTS_CSV_HEADER).toHaveLength(9);
    expect(lines(csv)).toHaveLength(list.length + 1);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes exact counts, industry names, rank change in words and promoted as yes/no', () => {
    const rows = lines(csv);
    expect(rows[1]).toBe('1,robloxtrend,Games,88003,1063334597,up 30,no,United States,7 days');
    expect(rows[4]).toBe('4,solotraveldaily,Travel,364923,446665408,down 2,no,United States,7 days');
    expect(rows[5]).toBe('5,parrottips,Pets,35510,305954090,down 2,yes,United States,7 days');
    expect(rows[6]).toBe('6,laundryinspo,Household Products,200513,319818973,no change,no,United States,7 days');
    expect(rows[7]).toBe('7,selfcaretok,Health,17490,310137662,new,no,United States,7 days');
  });

  it('keeps names in any script and leaves unknown values empty', () => {
    const rows = lines(csv);
    expect(rows[3]).toMatch(/^3,курск,News & Entertainment,/);
    expect(rows[9]).toMatch(/^9,ラーメン,Food & Beverage,/);
    expect(rows[15]).toBe('15,kpopcheck,News & Entertainment,29464,191338593,,no,United States,7 days'); // rank_diff_type 0
    expect(rows[17]).toMatch(/^17,truckscheck,,10862,/); // no industry_info
  });

  it('quotes commas and neutralises formulas in names', () => {
    const [first] = list;
    const tricky = [{ ...first!, hashtag_name: '=cmd|x', industry_info: { id: '1', value: 'A, B' } }];
    expect(lines(resultsCsv(tricky, { country: 'GB', period: 30 }))[1]).toBe(
      '1,\'=cmd|x,"A, B",88003,1063334597,up 30,no,United Kingdom,30 days',
    );
  });

  it('writes just the header for no rows', () => {
    expect(resultsCsv([], { country: 'US', period: 7 })).toBe(`${RESULTS_CSV_HEADER.join(',')}\r\n`);
  });
});

describe('resultsCsvFileName', () => {
  it('names the filters', () => {
    expect(resultsCsvFileName({ country: 'US', period: 7 })).toBe('trending-hashtags-us-7-days.csv');
    expect(resultsCsvFileName({ country: 'JP', period: 120, industry: '25000000000' })).toBe(
      'trending-hashtags-jp-120-days-games.csv',
    );
  });
});

describe('rankChangeWords', () => {
  it('covers the four types and ignores anything else', () => {
    expect([
      rankChangeWords(1, 3),
      rankChangeWords(3, 2),
      rankChangeWords(2, 0),
      rankChangeWords(4, undefined),
      rankChangeWords(9, 1),
    ]).toEqual(['up 3', 'down 2', 'no change', 'new', undefined]);
    expect(rankChangeWords(1, undefined)).toBe('up');
  });
});

describe('csvBlob', () => {
  it('is UTF-8 CSV with a byte-order mark for Excel', async () => {
    const blob = csvBlob('a\r\nラーメン\r\n');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
