// The input of every estimate: for t lists (2 ≤ t ≤ 10), how many people were seen on each
// combination of lists. Patterns not given have count 0; the pattern "on no list" is the hidden
// figure and cannot be given.

import { EstimationError } from './estimation-error';
import { countBits, listPairs, nameTerm } from './lattice';

/** Fewest lists the engine accepts. */
export const MINIMUM_LIST_COUNT = 2;
/** Most lists the engine accepts (2^10 − 1 = 1,023 observable capture patterns). */
export const MAXIMUM_LIST_COUNT = 10;

/** One observed capture pattern: 1 (or true) where the person is on the list, in `lists` order. */
export interface ContingencyRow {
  pattern: ReadonlyArray<number | boolean>;
  count: number;
}

/** A contingency table as plain data, e.g. from {@link parseContingencyCsv} or from linkage. */
export interface ContingencyTable {
  lists: readonly string[];
  rows: readonly ContingencyRow[];
}

/**
 * A validated table: counts indexed by capture-pattern bit mask (bit i = list i), cell 0 unused.
 */
export interface CaptureTable {
  readonly listNames: readonly string[];
  readonly listCount: number;
  /** Length 2^listCount; counts[0] is always 0. */
  readonly counts: Float64Array;
  /** Number of distinct people observed (n). */
  readonly observedTotal: number;
}

/**
 * Checks a table and converts it to a {@link CaptureTable}.
 * @throws EstimationError TOO_FEW_LISTS, TOO_MANY_LISTS, INVALID_LIST_NAME, DUPLICATE_LIST_NAME,
 *   INVALID_PATTERN, ALL_ABSENT_PATTERN, DUPLICATE_PATTERN, INVALID_COUNT, EMPTY_TABLE, EMPTY_LIST
 *   or NO_OVERLAPS, with a message naming the list, row or pattern at fault.
 */
export function validateContingencyTable(table: ContingencyTable): CaptureTable {
  if (table === null || typeof table !== 'object' || !Array.isArray(table.lists) || !Array.isArray(table.rows)) {
    throw new EstimationError('INVALID_TABLE', 'A contingency table needs a "lists" array of list names and a "rows" array of patterns with counts.');
  }
  const listNames = table.lists.map((name) => (typeof name === 'string' ? name.trim() : name));
  const listCount = listNames.length;
  if (listCount < MINIMUM_LIST_COUNT) {
    throw new EstimationError('TOO_FEW_LISTS', `Multiple systems estimation needs at least ${MINIMUM_LIST_COUNT} lists; this table has ${listCount}.`, { listCount });
  }
  if (listCount > MAXIMUM_LIST_COUNT) {
    throw new EstimationError(
      'TOO_MANY_LISTS',
      `At most ${MAXIMUM_LIST_COUNT} lists are supported (2^${MAXIMUM_LIST_COUNT} − 1 capture patterns); this table has ${listCount}. Merge small or similar lists first.`,
      { listCount },
    );
  }
  const seenNames = new Set<string>();
  listNames.forEach((name, index) => {
    if (typeof name !== 'string' || name.length === 0) {
      throw new EstimationError('INVALID_LIST_NAME', `List ${index + 1} has no name.`, { list: index + 1 });
    }
    if (seenNames.has(name)) throw new EstimationError('DUPLICATE_LIST_NAME', `The list name "${name}" is used twice.`, { list: name });
    seenNames.add(name);
  });
  const names = listNames as string[];
  const counts = new Float64Array(1 << listCount);
  const rowOfPattern = new Map<number, number>();
  table.rows.forEach((row, rowIndex) => {
    const label = `Row ${rowIndex + 1}`;
    const pattern = row?.pattern;
    if (!Array.isArray(pattern) || pattern.length !== listCount) {
      throw new EstimationError('INVALID_PATTERN', `${label}: the pattern must have one 0/1 entry for each of the ${listCount} lists.`, { row: rowIndex + 1 });
    }
    let mask = 0;
    pattern.forEach((entry, listIndex) => {
      if (entry === 1 || entry === true) mask |= 1 << listIndex;
      else if (entry !== 0 && entry !== false) {
        throw new EstimationError('INVALID_PATTERN', `${label}: the entry for list "${names[listIndex]}" must be 0 or 1, not ${JSON.stringify(entry)}.`, {
          row: rowIndex + 1,
          list: names[listIndex],
        });
      }
    });
    if (mask === 0) {
      throw new EstimationError(
        'ALL_ABSENT_PATTERN',
        `${label}: the pattern with no list is the hidden number being estimated and cannot be given as data.`,
        { row: rowIndex + 1 },
      );
    }
    const count = row.count;
    if (typeof count !== 'number' || !Number.isFinite(count) || count < 0 || !Number.isInteger(count)) {
      throw new EstimationError('INVALID_COUNT', `${label} (${nameTerm(mask, names)}): the count must be a whole number of people, 0 or more, not ${JSON.stringify(count)}.`, {
        row: rowIndex + 1,
      });
    }
    if (count > Number.MAX_SAFE_INTEGER / 4) {
      throw new EstimationError('INVALID_COUNT', `${label}: the count ${count} is too large.`, { row: rowIndex + 1 });
    }
    const earlier = rowOfPattern.get(mask);
    if (earlier !== undefined) {
      throw new EstimationError('DUPLICATE_PATTERN', `${label} repeats the pattern of row ${earlier + 1} (${nameTerm(mask, names)}); give each pattern once.`, {
        row: rowIndex + 1,
        firstRow: earlier + 1,
      });
    }
    rowOfPattern.set(mask, rowIndex);
    counts[mask] = count;
  });
  let observedTotal = 0;
  for (const count of counts) observedTotal += count;
  if (observedTotal === 0) throw new EstimationError('EMPTY_TABLE', 'The table has no people in it (every count is 0).');
  const emptyLists = names.filter((_name, index) => listTotal(counts, 1 << index) === 0);
  if (emptyLists.length > 0) {
    throw new EstimationError('EMPTY_LIST', `No one is on ${emptyLists.map((name) => `"${name}"`).join(', ')}; remove ${emptyLists.length === 1 ? 'that list' : 'those lists'} and try again.`, {
      lists: emptyLists,
    });
  }
  const hasOverlap = listPairs(listCount).some((pair) => listTotal(counts, pair) > 0);
  if (!hasOverlap) {
    throw new EstimationError(
      'NO_OVERLAPS',
      'No one appears on more than one list, so the lists say nothing about how many people were missed: an estimate is impossible.',
    );
  }
  return { listNames: names, listCount, counts, observedTotal };
}

/** Number of people on every list of `mask` (whatever other lists they are on). */
export function listTotal(counts: Float64Array, mask: number): number {
  let total = 0;
  for (let cell = 1; cell < counts.length; cell += 1) if ((cell & mask) === mask) total += counts[cell]!;
  return total;
}

/**
 * Builds a contingency table from people's list memberships (each person: the names of the lists
 * they are on, as the linkage module reports them). People on no list are ignored.
 * @throws EstimationError INVALID_LIST_NAME when a person is on a list not in `lists`.
 */
export function buildContingencyTable(lists: readonly string[], memberships: Iterable<readonly string[]>): ContingencyTable {
  const indexOf = new Map(lists.map((name, index) => [name, index] as const));
  const countsByMask = new Map<number, number>();
  for (const membership of memberships) {
    let mask = 0;
    for (const name of membership) {
      const index = indexOf.get(name);
      if (index === undefined) throw new EstimationError('INVALID_LIST_NAME', `A person is on "${name}", which is not one of the lists.`, { list: name });
      mask |= 1 << index;
    }
    if (mask !== 0) countsByMask.set(mask, (countsByMask.get(mask) ?? 0) + 1);
  }
  const rows = [...countsByMask.entries()]
    .sort(([left], [right]) => countBits(left) - countBits(right) || left - right)
    .map(([mask, count]) => ({ pattern: lists.map((_name, index) => ((mask >>> index) & 1) as number), count }));
  return { lists: [...lists], rows };
}

/** The table as plain rows (every pattern with a positive count), e.g. for export. */
export function toContingencyTable(table: CaptureTable): ContingencyTable {
  const rows: ContingencyRow[] = [];
  for (let mask = 1; mask < table.counts.length; mask += 1) {
    const count = table.counts[mask]!;
    if (count > 0) rows.push({ pattern: table.listNames.map((_name, index) => (mask >>> index) & 1), count });
  }
  return { lists: [...table.listNames], rows };
}

/**
 * Merges groups of lists into single lists (a person is on the merged list if on any of its
 * members), as analysts do with small lists. Lists in no group are kept as they are.
 * @throws EstimationError INVALID_LIST_NAME for unknown or repeated names.
 */
export function mergeLists(table: CaptureTable, groups: ReadonlyArray<readonly string[]>, mergedNames?: readonly string[]): CaptureTable {
  const groupOfList = new Map<number, number>();
  groups.forEach((group, groupIndex) => {
    for (const name of group) {
      const index = table.listNames.indexOf(name);
      if (index < 0) throw new EstimationError('INVALID_LIST_NAME', `Cannot merge "${name}": there is no such list.`, { list: name });
      if (groupOfList.has(index)) throw new EstimationError('INVALID_LIST_NAME', `Cannot merge "${name}" twice.`, { list: name });
      groupOfList.set(index, groupIndex);
    }
  });
  // New lists in the order of their first member in the table.
  const newNames: string[] = [];
  const newIndexOfGroup = new Map<number, number>();
  const newIndexOfList: number[] = [];
  table.listNames.forEach((name, index) => {
    const group = groupOfList.get(index);
    if (group === undefined) {
      newIndexOfList[index] = newNames.length;
      newNames.push(name);
      return;
    }
    let newIndex = newIndexOfGroup.get(group);
    if (newIndex === undefined) {
      newIndex = newNames.length;
      newIndexOfGroup.set(group, newIndex);
      newNames.push(mergedNames?.[group] ?? groups[group]!.join(''));
    }
    newIndexOfList[index] = newIndex;
  });
  const rows: ContingencyRow[] = [];
  const countsByMask = new Map<number, number>();
  for (let mask = 1; mask < table.counts.length; mask += 1) {
    const count = table.counts[mask]!;
    if (count === 0) continue;
    let merged = 0;
    for (let index = 0; index < table.listCount; index += 1) if ((mask >>> index) & 1) merged |= 1 << newIndexOfList[index]!;
    countsByMask.set(merged, (countsByMask.get(merged) ?? 0) + count);
  }
  for (const [mask, count] of countsByMask) rows.push({ pattern: newNames.map((_name, index) => (mask >>> index) & 1), count });
  return validateContingencyTable({ lists: newNames, rows });
}
