import { describe, expect, it } from 'vitest';
import { analyseSensitivity } from './analyse-sensitivity';
import { validateContingencyTable } from './contingency-table';
import { diagnoseTable } from './diagnose-table';

const table = validateContingencyTable({
  lists: ['A', 'B', 'C', 'D'],
  rows: [
    { pattern: [1, 0, 0, 0], count: 120 },
    { pattern: [0, 1, 0, 0], count: 90 },
    { pattern: [0, 0, 1, 0], count: 6 },
    { pattern: [0, 0, 0, 1], count: 5 },
    { pattern: [1, 1, 0, 0], count: 25 },
    { pattern: [1, 0, 1, 0], count: 2 },
    { pattern: [0, 1, 0, 1], count: 1 },
  ],
});

describe('diagnoseTable', () => {
  it('gives the overlap matrix, empty overlaps, small lists and caveats', () => {
    const diagnostics = diagnoseTable(table);
    expect(diagnostics.overlaps).toEqual([
      [147, 25, 2, 0],
      [25, 116, 0, 1],
      [2, 0, 8, 0],
      [0, 1, 0, 6],
    ]);
    expect(diagnostics.emptyOverlaps).toEqual([
      ['A', 'D'],
      ['B', 'C'],
      ['C', 'D'],
    ]);
    expect(diagnostics.smallLists).toEqual(['C', 'D']);
    expect(diagnostics.isolatedLists).toEqual([]);
    expect(diagnostics.overlappingTriples).toBe(0);
    expect(diagnostics.caveats.join(' ')).toMatch(/3 of 6 pairs of lists have no one in common/);
    expect(diagnostics.caveats.join(' ')).toMatch(/not identifiable/);
  });
});

describe('analyseSensitivity', () => {
  it('re-estimates at other thresholds and with the small lists merged', () => {
    const report = analyseSensitivity(table, { method: 'stepwise' }, [0.01, 0.02, 0.05]);
    expect(report.settings.map((point) => point.setting)).toEqual(['threshold 0.01', 'threshold 0.02', 'threshold 0.05']);
    for (const point of report.settings) expect(point.estimate === null ? point.problem : point.estimate).toBeTruthy();
    expect(report.mergedSmallLists?.merged).toEqual(['C', 'D']);
    expect(report.mergedSmallLists?.estimate ?? report.mergedSmallLists?.problem).toBeTruthy();
  });

  it('varies the maximum order for BIC', () => {
    const report = analyseSensitivity(table, { method: 'bic' });
    expect(report.settings.map((point) => point.setting)).toEqual(['maximum order 1', 'maximum order 2', 'maximum order 3']);
  });
});
