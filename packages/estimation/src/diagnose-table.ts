// What an analyst should know about a table before trusting an estimate from it: how the lists
// overlap, which lists are small or share no one with others, and what that implies.

import { listTotal, validateContingencyTable, type CaptureTable, type ContingencyTable } from './contingency-table';
import { countBits } from './lattice';

/** One list's size. */
export interface ListSummary {
  name: string;
  total: number;
  /** People on this list and no other. */
  onlyThisList: number;
  /** Share of all observed people on this list. */
  share: number;
}

/** Descriptive diagnostics of a contingency table. */
export interface TableDiagnostics {
  listNames: string[];
  observedTotal: number;
  lists: ListSummary[];
  /** overlaps[i][j]: people on both list i and list j (the diagonal holds the list totals). */
  overlaps: number[][];
  /** Pairs of lists with no one in common. */
  emptyOverlaps: Array<[string, string]>;
  /** Lists holding fewer than `smallListShare` of the observed people. */
  smallLists: string[];
  /** Lists that share no one with any other list. */
  isolatedLists: string[];
  /** Sets of three lists that overlap pairwise; with none, the model with every pair is not identifiable. */
  overlappingTriples: number;
  /** Share of observed people seen on more than one list. */
  multipleListShare: number;
  /** Plain-language caveats. */
  caveats: string[];
}

/** Default share of observed people below which a list counts as small. */
export const DEFAULT_SMALL_LIST_SHARE = 0.1;

/**
 * Computes the diagnostics of a table.
 * @throws EstimationError as validateContingencyTable, for an invalid table.
 */
export function diagnoseTable(input: ContingencyTable | CaptureTable, smallListShare = DEFAULT_SMALL_LIST_SHARE): TableDiagnostics {
  const table = 'counts' in input ? input : validateContingencyTable(input);
  const { listNames, listCount, counts, observedTotal } = table;
  const lists = listNames.map((name, index) => ({
    name,
    total: listTotal(counts, 1 << index),
    onlyThisList: counts[1 << index]!,
    share: listTotal(counts, 1 << index) / observedTotal,
  }));
  const overlaps = listNames.map((_row, i) => listNames.map((_column, j) => listTotal(counts, (1 << i) | (1 << j))));
  const emptyOverlaps: Array<[string, string]> = [];
  for (let i = 0; i < listCount; i += 1) for (let j = i + 1; j < listCount; j += 1) if (overlaps[i]![j] === 0) emptyOverlaps.push([listNames[i]!, listNames[j]!]);
  const isolatedLists = listNames.filter((_name, i) => overlaps[i]!.every((value, j) => j === i || value === 0));
  const smallLists = lists.filter((list) => list.share < smallListShare).map((list) => list.name);
  let overlappingTriples = 0;
  for (let i = 0; i < listCount; i += 1) {
    for (let j = i + 1; j < listCount; j += 1) {
      for (let k = j + 1; k < listCount; k += 1) if (overlaps[i]![j]! > 0 && overlaps[i]![k]! > 0 && overlaps[j]![k]! > 0) overlappingTriples += 1;
    }
  }
  let multiple = 0;
  for (let cell = 1; cell < counts.length; cell += 1) if (countBits(cell) > 1) multiple += counts[cell]!;
  const multipleListShare = multiple / observedTotal;
  const caveats: string[] = [];
  const pairCount = (listCount * (listCount - 1)) / 2;
  if (emptyOverlaps.length > 0) {
    caveats.push(
      `${emptyOverlaps.length} of ${pairCount} pairs of lists have no one in common; models with those interactions fix them at −∞, and estimates can depend strongly on which are included.`,
    );
  }
  if (isolatedLists.length > 0) caveats.push(`${isolatedLists.join(', ')} share${isolatedLists.length === 1 ? 's' : ''} no one with any other list, so ${isolatedLists.length === 1 ? 'it adds' : 'they add'} nothing to the overlap evidence.`);
  if (smallLists.length > 0) caveats.push(`Small lists (${smallLists.join(', ')}) make the estimate sensitive to a few cases; compare with the estimate after merging them.`);
  if (overlappingTriples === 0 && listCount >= 3) caveats.push('No three lists overlap pairwise, so the model with every two-list interaction is not identifiable.');
  if (multipleListShare < 0.05) caveats.push(`Only ${(multipleListShare * 100).toFixed(1)}% of people are on more than one list; the estimate rests on very few overlaps.`);
  return { listNames: [...listNames], observedTotal, lists, overlaps, emptyOverlaps, smallLists, isolatedLists, overlappingTriples, multipleListShare, caveats };
}
