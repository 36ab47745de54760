/**
 * Pairs kept by scoring, in compact columns: pair i joins record left[i] and record right[i]
 * (indices into the input lists; for a link, right indexes the right list) with match weight
 * weights[i]; its level in comparison c is levels[i * comparisons + c].
 */
export interface ScoredPairs {
  count: number;
  comparisons: number;
  left: Int32Array;
  right: Int32Array;
  weights: Float64Array;
  levels: Uint8Array;
}

/** One comparison's part in a pair's score, for explaining a match field by field. */
export interface ComparisonContribution {
  comparison: string;
  column: string;
  /** Level number (0 = missing, last = all other) and its words. */
  level: number;
  label: string;
  /** Evidence in bits (log2 Bayes factor), including any term-frequency adjustment. */
  weight: number;
  termFrequencyAdjustment: number;
  leftValue: string | null;
  rightValue: string | null;
}

/** A scored pair with everything needed to explain it. */
export interface ScoredPair {
  left: number;
  right: number;
  leftId?: string;
  rightId?: string;
  matchWeight: number;
  matchProbability: number;
  /** Prior weight (log2 odds that two random records match): the starting point of the sum. */
  priorWeight: number;
  comparisons: ComparisonContribution[];
}
