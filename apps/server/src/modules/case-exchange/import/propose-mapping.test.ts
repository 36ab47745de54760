import { describe, expect, it } from 'vitest';
import { CASE_VOCABULARY, detectHeaderRow, proposeColumns, proposeDateOrder } from './propose-mapping';

describe('proposing a mapping', () => {
  it('finds the header row below a title and maps headers in Khmer, English and HTCDS names', () => {
    const rows = [
      ['Shelter intake register', null, null, null],
      [null, null, null, null],
      ['ឈ្មោះ', 'prs_Gender', 'Date of birth', 'ខេត្ត'],
      ['ជា សុខា', 'F', '1999', 'Takeo'],
    ];
    expect(detectHeaderRow(rows, CASE_VOCABULARY)).toBe(3);
    expect(proposeColumns(rows, 3, CASE_VOCABULARY).map((column) => [column.letter, column.proposedField, column.reason])).toEqual([
      ['A', 'full_name', 'header'],
      ['B', 'sex', 'header'],
      ['C', 'birth_date', 'header'],
      ['D', 'home_province', 'header'],
    ]);
  });

  it('guesses unnamed columns from their content, and proposes each field once', () => {
    const rows = [
      ['Col1', 'Col2', 'Col3', 'Sex', 'Gender'],
      ['ជា សុខា', 'ស្រី', 'Kandal', 'F', 'F'],
      ['សុខ ដារ៉ា', 'ប្រុស', 'Takeo', 'M', 'M'],
      ['កែវ បុប្ផា', 'ស្រី', 'Siem Reap', 'F', 'F'],
    ];
    expect(proposeColumns(rows, 1, CASE_VOCABULARY).map((column) => column.proposedField)).toEqual(['khmer_name', 'sex', 'home_province', null, null]);
  });

  it('reads slashed dates day first unless the sheet proves otherwise', () => {
    const dayFirst = [['Date identified'], ['03/04/2020'], ['25/04/2020']];
    const monthFirst = [['Date identified'], ['03/04/2020'], ['04/25/2020']];
    const unproven = [['Date identified'], ['03/04/2020']];
    expect([dayFirst, monthFirst, unproven].map((rows) => proposeDateOrder(rows, 1, [0]))).toEqual(['day_first', 'month_first', 'day_first']);
  });
});
