import type { AgeGroup, Sex } from '../cases/vocabulary';

/** One cell of the rescue counts: how many people of a nationality, sex and age group. */
export interface RescueCell {
  nationality: string | null;
  sex: Sex;
  ageGroup: AgeGroup;
}

/** A problem with the counts: the field, a code and a message. */
export interface CountProblem {
  path: string;
  code: string;
  message: string;
}

const cellKey = (cell: RescueCell) => `${cell.nationality ?? '-'}|${cell.sex}|${cell.ageGroup}`;
const describeCell = (cell: RescueCell) => `${cell.nationality ?? 'of unknown nationality'}, ${cell.sex}, aged ${cell.ageGroup}`;

/**
 * Checks that the people rescued add up: the counts by nationality, sex and age group sum to the
 * total; the people listed individually are no more than the total, and no more in any cell than
 * the counts record for it (the counts may include people not yet named, never fewer).
 */
export function checkRescueCounts(rescued: { total: number; breakdown: ReadonlyArray<RescueCell & { count: number }> }, individuals: readonly RescueCell[]): CountProblem[] {
  const problems: CountProblem[] = [];
  const counted = new Map<string, number>();
  rescued.breakdown.forEach((cell, index) => {
    const key = cellKey(cell);
    if (counted.has(key)) problems.push({ path: `rescued.breakdown.${index}`, code: 'duplicate_cell', message: `People ${describeCell(cell)} are counted twice; give each nationality, sex and age group once.` });
    counted.set(key, (counted.get(key) ?? 0) + cell.count);
  });
  const sum = rescued.breakdown.reduce((total, cell) => total + cell.count, 0);
  if (rescued.breakdown.length > 0 && sum !== rescued.total) {
    problems.push({ path: 'rescued.total', code: 'counts_disagree', message: `The counts by nationality, sex and age group add up to ${sum}, but the total rescued is ${rescued.total}.` });
  }
  if (individuals.length > rescued.total) {
    problems.push({ path: 'individuals', code: 'counts_disagree', message: `${individuals.length} people are listed individually, but the rescue count is ${rescued.total}.` });
  }
  if (rescued.breakdown.length > 0) {
    const listed = new Map<string, { cell: RescueCell; count: number }>();
    for (const individual of individuals) {
      const key = cellKey(individual);
      listed.set(key, { cell: individual, count: (listed.get(key)?.count ?? 0) + 1 });
    }
    for (const [key, { cell, count }] of listed) {
      const recorded = counted.get(key) ?? 0;
      if (count > recorded) {
        problems.push({ path: 'individuals', code: 'counts_disagree', message: `${count} ${count === 1 ? 'person' : 'people'} listed individually ${count === 1 ? 'is' : 'are'} ${describeCell(cell)}, but the counts record ${recorded}.` });
      }
    }
  }
  return problems;
}

/** Checks that arrests by nationality do not exceed the arrests in total. */
export function checkArrestCounts(arrests: { total: number; byNationality: ReadonlyArray<{ nationality: string; count: number }> }): CountProblem[] {
  const sum = arrests.byNationality.reduce((total, entry) => total + entry.count, 0);
  if (sum > arrests.total) return [{ path: 'arrests.total', code: 'counts_disagree', message: `Arrests by nationality add up to ${sum}, more than the ${arrests.total} arrested in total.` }];
  const seen = new Set<string>();
  for (const [index, entry] of arrests.byNationality.entries()) {
    if (seen.has(entry.nationality)) return [{ path: `arrests.byNationality.${index}`, code: 'duplicate_cell', message: `${entry.nationality} is counted twice.` }];
    seen.add(entry.nationality);
  }
  return [];
}
