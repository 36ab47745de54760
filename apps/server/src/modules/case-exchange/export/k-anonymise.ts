/**
 * k-anonymity by generalisation, then suppression (the method of IOM's Counter Trafficking Data
 * Collaborative, which publishes only combinations shared by at least 11 records). Pure: records
 * in, the records kept and how far each quasi-identifier was generalised out.
 */

/** A quasi-identifier: an attribute someone could know about a person, with its generalisation hierarchy. */
export interface QuasiIdentifier<R> {
  name: string;
  /** How many levels the hierarchy has; the last one must say nothing ("*"). */
  levels: number;
  /** How much analysis gains from each level of detail (higher: specialised first). */
  weight: number;
  /** The record's value at a level (0: as recorded). */
  valueAt(record: R, level: number): string;
}

/** What anonymising gave. */
export interface Anonymised<R> {
  /** Records kept, each with its generalised quasi-identifier values (in the order of the quasi-identifiers). */
  kept: Array<{ record: R; values: string[] }>;
  /** Level reached by each quasi-identifier, by name. */
  levels: Record<string, number>;
  /** Records withheld because their combination was shared by fewer than k. */
  suppressed: number;
}

/** Options of {@link kAnonymise}. */
export interface KAnonymityOptions {
  /** Smallest number of records that may share a combination (the Collaborative uses 11). */
  k: number;
  /**
   * Share of records that may be suppressed rather than generalising further: below it,
   * suppressing a few rare records costs less information than coarsening every record.
   */
  maxSuppressedShare: number;
}

const SEPARATOR = '\u0001';

/**
 * Makes every combination of quasi-identifiers shared by at least k records, by top-down
 * specialisation (after Fung, Wang and Yu, 2005): start with every quasi-identifier fully
 * generalised, then repeatedly give back one level of detail to the most valuable
 * quasi-identifier (highest weight; ties: the one leaving fewer records in small classes) for
 * which the records left in classes smaller than k stay within the suppression budget; stop
 * when no level can be given back; suppress the records still in small classes. Whatever the
 * input, no kept combination is shared by fewer than k records (fewer than k records in all:
 * none is kept).
 */
export function kAnonymise<R>(records: readonly R[], quasiIdentifiers: ReadonlyArray<QuasiIdentifier<R>>, options: KAnonymityOptions): Anonymised<R> {
  // Every record's value at every level, computed once.
  const table = quasiIdentifiers.map((quasi) => Array.from({ length: quasi.levels }, (_, level) => records.map((record) => quasi.valueAt(record, level))));
  const keysAt = (levels: readonly number[]) => records.map((_, index) => levels.map((level, quasi) => table[quasi]![level]![index]).join(SEPARATOR));
  const smallClassRecords = (levels: readonly number[]) => {
    const counts = new Map<string, number>();
    for (const key of keysAt(levels)) counts.set(key, (counts.get(key) ?? 0) + 1);
    let small = 0;
    for (const count of counts.values()) if (count < options.k) small += count;
    return small;
  };

  const budget = Math.floor(records.length * options.maxSuppressedShare);
  const levels = quasiIdentifiers.map((quasi) => quasi.levels - 1);
  for (;;) {
    let best: { quasi: number; small: number } | null = null;
    quasiIdentifiers.forEach((quasi, index) => {
      if (levels[index]! === 0) return;
      const trial = levels.map((level, position) => (position === index ? level - 1 : level));
      const small = smallClassRecords(trial);
      if (small > budget) return;
      const current: { quasi: number; small: number } | null = best;
      if (current === null || quasi.weight > quasiIdentifiers[current.quasi]!.weight || (quasi.weight === quasiIdentifiers[current.quasi]!.weight && small < current.small)) best = { quasi: index, small };
    });
    if (best === null) break;
    const chosen: { quasi: number; small: number } = best;
    levels[chosen.quasi]! -= 1;
  }

  const keys = keysAt(levels);
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const kept: Anonymised<R>['kept'] = [];
  records.forEach((record, index) => {
    if ((counts.get(keys[index]!) ?? 0) >= options.k) kept.push({ record, values: levels.map((level, quasi) => table[quasi]![level]![index]!) });
  });
  return { kept, levels: Object.fromEntries(quasiIdentifiers.map((quasi, index) => [quasi.name, levels[index]!])), suppressed: records.length - kept.length };
}
