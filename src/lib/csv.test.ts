import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toCsv } from './csv';
import { fileSlug } from './download';

describe('toCsv', () => {
  it('writes a header row and quotes what needs quoting', () => {
    expect(
      toCsv(
        ['rank', 'hashtag'],
        [
          [1, 'a,b'],
          [2, 'say "hi"'],
          [3, null],
        ],
      ),
    ).toBe('rank,hashtag\r\n1,"a,b"\r\n2,"say ""hi"""\r\n3,\r\n');
  });
  it('neutralises spreadsheet formulas in text cells', () => {
    expect(toCsv(['h'], [['=HYPERLINK("x")'], [-3]])).toBe('h\r\n"\'=HYPERLINK(""x"")"\r\n-3\r\n');
  });
  it('always has one line per row plus the header', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 })), (rows) => {
        const csv = toCsv(['a', 'b'], rows);
        // count record separators outside quotes
        let inQuotes = false;
        let records = 0;
        for (let i = 0; i < csv.length; i++) {
          if (csv[i] === '"') inQuotes = !inQuotes;
          else if (!inQuotes && csv[i] === '\r' && csv[i + 1] === '\n') records++;
        }
        expect(records).toBe(rows.length + 1);
      }),
    );
  });
});

describe('fileSlug', () => {
  it('keeps any script and drops punctuation', () => {
    expect(fileSlug('#ラーメン', 'US', '7 days')).toBe('ラーメン-us-7-days');
    expect(fileSlug('###')).toBe('export');
  });
});
