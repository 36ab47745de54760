import { describe, expect, it } from 'vitest';
import { buildContingencyTable, mergeLists, toContingencyTable, validateContingencyTable, type ContingencyTable } from './contingency-table';
import { EstimationError, type EstimationErrorCode } from './estimation-error';

function expectError(table: unknown, code: EstimationErrorCode, message: RegExp) {
  try {
    validateContingencyTable(table as ContingencyTable);
  } catch (error) {
    expect(error).toBeInstanceOf(EstimationError);
    expect((error as EstimationError).code).toBe(code);
    expect((error as EstimationError).message).toMatch(message);
    return;
  }
  throw new Error(`expected ${code}`);
}

const row = (pattern: number[], count: number) => ({ pattern, count });

describe('validateContingencyTable', () => {
  it('indexes counts by capture-pattern mask and totals them', () => {
    const table = validateContingencyTable({ lists: ['A', 'B'], rows: [row([1, 0], 30), row([0, 1], 20), row([1, 1], 10)] });
    expect(Array.from(table.counts)).toEqual([0, 30, 20, 10]);
    expect(table.observedTotal).toBe(60);
    expect(toContingencyTable(table).rows).toHaveLength(3);
  });

  it('refuses fewer than two lists and more than ten, saying how many there are', () => {
    expectError({ lists: ['A'], rows: [row([1], 5)] }, 'TOO_FEW_LISTS', /at least 2 lists; this table has 1/);
    const eleven = Array.from({ length: 11 }, (_value, index) => `L${index}`);
    expectError({ lists: eleven, rows: [] }, 'TOO_MANY_LISTS', /At most 10 lists.*has 11/);
  });

  it('refuses negative, fractional and non-numeric counts, naming the row and pattern', () => {
    expectError({ lists: ['A', 'B'], rows: [row([1, 0], -3)] }, 'INVALID_COUNT', /Row 1 \(A\).*whole number/);
    expectError({ lists: ['A', 'B'], rows: [row([1, 1], 2.5)] }, 'INVALID_COUNT', /Row 1 \(A:B\).*2\.5/);
    expectError({ lists: ['A', 'B'], rows: [{ pattern: [1, 0], count: 'x' }] }, 'INVALID_COUNT', /"x"/);
    expectError({ lists: ['A', 'B'], rows: [row([1, 0], Number.NaN)] }, 'INVALID_COUNT', /Row 1/);
  });

  it('refuses duplicated patterns, bad patterns and the all-absent pattern', () => {
    expectError({ lists: ['A', 'B'], rows: [row([1, 0], 3), row([0, 1], 3), row([1, 0], 4)] }, 'DUPLICATE_PATTERN', /Row 3 repeats the pattern of row 1/);
    expectError({ lists: ['A', 'B'], rows: [row([1, 2], 3)] }, 'INVALID_PATTERN', /must be 0 or 1/);
    expectError({ lists: ['A', 'B'], rows: [row([1], 3)] }, 'INVALID_PATTERN', /one 0\/1 entry for each of the 2 lists/);
    expectError({ lists: ['A', 'B'], rows: [row([0, 0], 3)] }, 'ALL_ABSENT_PATTERN', /hidden number/);
  });

  it('refuses empty tables, empty lists, repeated list names and tables with no overlaps', () => {
    expectError({ lists: ['A', 'B'], rows: [row([1, 0], 0)] }, 'EMPTY_TABLE', /no people/);
    expectError({ lists: ['A', 'B', 'C'], rows: [row([1, 0, 0], 3), row([1, 1, 0], 2)] }, 'EMPTY_LIST', /No one is on "C"/);
    expectError({ lists: ['A', 'A'], rows: [] }, 'DUPLICATE_LIST_NAME', /"A" is used twice/);
    expectError({ lists: ['A', 'B', 'C'], rows: [row([1, 0, 0], 3), row([0, 1, 0], 2), row([0, 0, 1], 9)] }, 'NO_OVERLAPS', /No one appears on more than one list/);
    expectError(null, 'INVALID_TABLE', /lists/);
  });
});

describe('buildContingencyTable and mergeLists', () => {
  it('counts people by the lists they are on', () => {
    const table = buildContingencyTable(['Police', 'Shelter'], [['Police'], ['Police', 'Shelter'], ['Shelter'], ['Police'], []]);
    expect(table.rows).toEqual([row([1, 0], 2), row([0, 1], 1), row([1, 1], 1)]);
    expect(() => buildContingencyTable(['Police'], [['Hotline']])).toThrow(/not one of the lists/);
  });

  it('merges lists into one (a person is on the merged list if on any member)', () => {
    const table = validateContingencyTable({ lists: ['A', 'B', 'C'], rows: [row([1, 0, 0], 5), row([0, 1, 0], 4), row([0, 0, 1], 3), row([1, 1, 0], 2), row([0, 1, 1], 1)] });
    const merged = mergeLists(table, [['B', 'C']], ['BC']);
    expect(merged.listNames).toEqual(['A', 'BC']);
    expect(Array.from(merged.counts)).toEqual([0, 5, 8, 2]);
  });
});
