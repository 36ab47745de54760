/**
 * A text column encoded for fast comparison. Record r has entries (alternative spellings or
 * scripts of the value) [recordEntry[r], recordEntry[r + 1]); entry e has tokens
 * [entryToken[e], entryToken[e + 1]); token t has characters [tokenChar[t], tokenChar[t + 1]) of
 * `chars`, tokens stored without separators so that an entry's characters are contiguous too.
 * Tokens are interned per column (equal strings, equal ids) and entries are numbered from their
 * token ids, so every equality test is an integer test.
 */
export interface TextColumn {
  type: 'text';
  recordEntry: Int32Array;
  entryToken: Int32Array;
  tokenChar: Int32Array;
  chars: Uint16Array;
  /** Id of the entry's tokens joined by spaces: exact equality and term frequencies. */
  entryValue: Int32Array;
  /** Id of the entry's tokens sorted: equality in any order. */
  entrySorted: Int32Array;
  /** Id of the entry's token phonetic keys, sorted. */
  entryKey: Int32Array;
  /** Id of the entry's token consonant skeletons, sorted. */
  entrySkeleton: Int32Array;
  /** Id of each token. */
  tokenValue: Int32Array;
  /** Id of each token's phonetic key. */
  tokenKey: Int32Array;
  /** Id of each token's consonant skeleton. */
  tokenSkeleton: Int32Array;
  /** Chinese surname groups of each token as a 64-bit mask in two halves. */
  tokenGroupLow: Int32Array;
  tokenGroupHigh: Int32Array;
  /** Term frequency of each value id (share of non-empty records with that entry value). */
  valueFrequency: Float64Array;
  /** An entry holding each value id, from which its text can be rebuilt. */
  valueFirstEntry: Int32Array;
  /**
   * Term frequencies of the equivalence keys (entrySorted, entryKey and entrySkeleton share one id
   * space): the share of non-empty records having the key; with an entry holding each id, its
   * kind (0 sorted tokens, 1 phonetic keys, 2 consonant skeletons) and, per kind, the sum of the
   * squared frequencies (the chance that two random records share a key of that kind).
   */
  equivalenceFrequency: Float64Array;
  equivalenceFirstEntry: Int32Array;
  equivalenceKind: Uint8Array;
  equivalenceSquares: Float64Array;
  /** Number of distinct token strings (token, phonetic key and skeleton ids are below it). */
  dictionarySize: number;
}

/**
 * A date column: year 0 means missing; month or day 0 means unknown; digits -1 when not written in
 * full. `packedDigits` holds the eight written digits as four-bit nibbles (YYYYMMDD), so typing
 * errors and day/month swaps are found with a few bit operations.
 */
export interface DateColumn {
  type: 'date';
  year: Int16Array;
  month: Uint8Array;
  day: Uint8Array;
  digits: Int32Array;
  packedDigits: Int32Array;
}

/** A numeric column; NaN means missing. */
export interface NumberColumn {
  type: 'number';
  values: Float64Array;
}

/** Any encoded column. */
export type EncodedColumn = TextColumn | DateColumn | NumberColumn;

/**
 * The records of a job, encoded column by column in shared memory. For linking two lists the
 * left records come first (indices below `leftCount`) and the right ones after them.
 */
export interface EncodedDataset {
  recordCount: number;
  leftCount: number;
  isLink: boolean;
  columns: Record<string, EncodedColumn>;
}
