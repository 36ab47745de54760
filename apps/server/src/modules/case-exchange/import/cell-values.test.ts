import { describe, expect, it } from 'vitest';
import { cellText, columnLetter, detectScript, parseAge, parsePartialDate, splitList } from './cell-values';

describe('parsePartialDate', () => {
  it.each([
    ['1998', 'day_first', { precision: 'year', date: '1998' }],
    [1998, 'day_first', { precision: 'year', date: '1998' }],
    ['១៩៩៨', 'day_first', { precision: 'year', date: '1998' }],
    ['1998-03', 'day_first', { precision: 'month', date: '1998-03' }],
    ['03/1998', 'day_first', { precision: 'month', date: '1998-03' }],
    ['March 1998', 'day_first', { precision: 'month', date: '1998-03' }],
    ['មីនា ១៩៩៨', 'day_first', { precision: 'month', date: '1998-03' }],
    ['1998-03-14', 'day_first', { precision: 'day', date: '1998-03-14' }],
    ['1998-03-14T00:00:00Z', 'day_first', { precision: 'day', date: '1998-03-14' }],
    ['14/03/1998', 'day_first', { precision: 'day', date: '1998-03-14' }],
    ['14.03.1998', 'month_first', { precision: 'day', date: '1998-03-14' }],
    ['03/04/1998', 'day_first', { precision: 'day', date: '1998-04-03' }],
    ['03/04/1998', 'month_first', { precision: 'day', date: '1998-03-04' }],
    ['04/14/1998', 'day_first', { precision: 'day', date: '1998-04-14' }],
    ['14 March 1998', 'day_first', { precision: 'day', date: '1998-03-14' }],
    ['March 14, 1998', 'day_first', { precision: 'day', date: '1998-03-14' }],
    ['១៤ មីនា ១៩៩៨', 'day_first', { precision: 'day', date: '1998-03-14' }],
    [new Date(Date.UTC(1998, 2, 14)), 'day_first', { precision: 'day', date: '1998-03-14' }],
  ] as const)('reads %j (%s)', (cell, order, expected) => {
    expect(parsePartialDate(cell, order)).toEqual(expected);
  });

  it.each([
    ['31/02/1999', 'not_a_real_date'],
    ['14/03/99', 'two_digit_year'],
    ['1850', 'year_out_of_range'],
    ['yesterday', 'not_a_date'],
    ['=TODAY()', 'not_a_date'],
    [true, 'not_a_date'],
    [44_000, 'not_a_date'],
    ['13/13/2000', 'not_a_real_date'],
  ] as const)('refuses %j as %s', (cell, problem) => {
    expect(parsePartialDate(cell, 'day_first')).toEqual({ problem });
  });

  it('treats an empty cell as no date', () => {
    expect(parsePartialDate(null, 'day_first')).toBeNull();
    expect(parsePartialDate('   ', 'day_first')).toBeNull();
  });
});

describe('parseAge', () => {
  it.each([[25, 25], ['25', 25], ['25 years', 25], ['~25', 25], ['អាយុ ២៥ ឆ្នាំ', 25], ['0', 0]] as const)('reads %j', (cell, age) => {
    expect(parseAge(cell)).toBe(age);
  });
  it.each([[25.5], ['25.5'], ['121'], ['twenty'], ['12 or 13'], [-1], [true]] as const)('refuses %j', (cell) => {
    expect(parseAge(cell)).toEqual({ problem: 'not_an_age' });
  });
});

describe('cell helpers', () => {
  it('detects the script of a name', () => {
    expect(['ជា សុខា', '陈伟', 'สมชาย ใจดี', 'Nguyễn Thị Lan', 'Chea Sokha', 'Ахмед'].map(detectScript)).toEqual(['khmer', 'han', 'thai', 'vietnamese', 'latin', 'other']);
  });
  it('gives cells as trimmed text, numbers without exponent, never evaluating formulas', () => {
    expect([cellText('  =1+1 '), cellText(12_345_678), cellText(true), cellText('\u200b'), cellText(null)]).toEqual(['=1+1', '12345678', 'TRUE', null, null]);
  });
  it('splits list cells and names columns as spreadsheets do', () => {
    expect(splitList('forced labour; debt bondage / fishing and farm')).toEqual(['forced labour', 'debt bondage', 'fishing', 'farm']);
    expect([0, 25, 26, 51, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
  });
});
