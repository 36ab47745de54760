import { describe, expect, it } from 'vitest';
import { parseContingencyCsv } from './parse-contingency-csv';

describe('parseContingencyCsv', () => {
  it('reads the reference format, tolerating a byte-order mark, CRLF, spaces and blank lines', () => {
    const table = parseContingencyCsv('\uFEFFLA, NG ,count\r\n1,0,54\r\n\r\n0,1,463\r\n1,1,15\r\n');
    expect(table.lists).toEqual(['LA', 'NG']);
    expect(table.rows).toEqual([
      { pattern: [1, 0], count: 54 },
      { pattern: [0, 1], count: 463 },
      { pattern: [1, 1], count: 15 },
    ]);
  });

  it('explains what is wrong and where', () => {
    expect(() => parseContingencyCsv('')).toThrow(/empty/);
    expect(() => parseContingencyCsv('A,B,total\n1,0,3')).toThrow(/Line 1: .*end with a "count" column/);
    expect(() => parseContingencyCsv('A,B,count\n1,0')).toThrow(/Line 2: expected 3 values/);
    expect(() => parseContingencyCsv('A,B,count\n1,2,3')).toThrow(/Line 2: the value for list "B" must be 0 or 1/);
    expect(() => parseContingencyCsv('A,B,count\n1,0,-3')).toThrow(/Line 2: .*cannot be negative/);
    expect(() => parseContingencyCsv('A,B,count\n1,0,2.5')).toThrow(/Line 2: .*whole numbers/);
    expect(() => parseContingencyCsv('A,B,count\n1,0,many')).toThrow(/Line 2: .*not a number/);
    expect(() => parseContingencyCsv('"A",B,count\n1,0,1')).toThrow(/quoted/);
    expect(() => parseContingencyCsv('A,,count\n1,0,1')).toThrow(/column 2 of the header has no list name/);
  });
});
