import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeSpreadsheetCell, toSpreadsheetCsv } from './spreadsheet-csv';

describe('spreadsheet-safe CSV', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+855 12 345 678', "'+855 12 345 678"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['ForcedLabour', 'ForcedLabour'],
    ['18-24', '18-24'],
  ])('escapes %j as %j', (value, escaped) => {
    expect(escapeSpreadsheetCell(value)).toBe(escaped);
  });

  it('writes CSV whose every cell, read back, is the value or its escaped form and never starts a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string({ unit: 'grapheme' })), { maxLength: 20 }), (pairs) => {
        const csv = toSpreadsheetCsv(['a', 'b'], pairs.map(([a, b]) => ({ a, b })));
        const back = parse(csv, { bom: true, relax_column_count: false }) as string[][];
        expect(back[0]).toEqual(['a', 'b']);
        back.slice(1).forEach((row, index) => {
          expect(row).toEqual(pairs[index]!.map(escapeSpreadsheetCell));
          for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        });
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
