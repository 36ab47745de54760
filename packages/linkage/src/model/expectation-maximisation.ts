/** Pattern counts of comparison vectors: pattern p has level levels[p * comparisons + c] in comparison c. */
export interface PatternCounts {
  comparisons: number;
  levels: Uint8Array;
  counts: Float64Array;
}

/**
 * How a comparison takes part in one EM session:
 * - 'estimate': m is estimated, u stays as sampled from random pairs;
 * - 'conditional': the pairs were blocked on this comparison's column, so its levels inside the
 *   block say little about u; m is known from an earlier session and held (restricted to the
 *   levels the block contains), and u is estimated inside the block. It helps tell matches apart
 *   without being estimated from pairs chosen for agreeing on it;
 * - 'fixed': m and u both held — it only helps tell matches apart;
 * - 'excluded': blocked on and not yet known — it takes no part.
 */
export type ComparisonRole = 'estimate' | 'conditional' | 'fixed' | 'excluded';

/** Result of one EM session. */
export interface ExpectationMaximisationResult {
  m: number[][];
  probabilityMatch: number;
  iterations: number;
  converged: boolean;
}

const smallestProbability = 1e-6;

function normalise(values: number[]): number[] {
  let sum = 0;
  for (let level = 1; level < values.length; level++) sum += values[level]!;
  if (sum <= 0) return values.map(() => 0);
  return values.map((value, level) => (level === 0 ? 0 : Math.max(value / sum, smallestProbability)));
}

/**
 * Estimates m (P(level | match)) and the share of matches among the pairs by expectation–
 * maximisation on comparison-vector patterns with their counts, each comparison playing the role
 * given (see ComparisonRole; by default every comparison is estimated). Level 0 is the missing
 * level: it adds no evidence and is not estimated. Probabilities are kept at or above 1e-6 so that
 * no weight becomes infinite. Deterministic.
 */
export function runExpectationMaximisation(
  patterns: PatternCounts, u: number[][], initialM: number[][], roles: ReadonlyArray<ComparisonRole | boolean>,
  initialProbability: number, maximumIterations = 200, tolerance = 1e-6,
): ExpectationMaximisationResult {
  const comparisonCount = patterns.comparisons;
  const patternCount = patterns.counts.length;
  const role = roles.map((value) => (value === true ? 'estimate' : value === false ? 'excluded' : value));
  const m = initialM.map((levels) => [...levels]);
  const uInBlock = u.map((levels) => [...levels]);
  // Conditional comparisons: m restricted to the levels present in the block; u starts as the
  // block's own level distribution (pairs in a block are mostly non-matches).
  for (let c = 0; c < comparisonCount; c++) {
    if (role[c] !== 'conditional') continue;
    const present = new Array<number>(m[c]!.length).fill(0);
    for (let p = 0; p < patternCount; p++) present[patterns.levels[p * comparisonCount + c]!]! += patterns.counts[p]!;
    m[c] = normalise(m[c]!.map((value, level) => (present[level]! > 0 ? value : 0)));
    uInBlock[c] = normalise(present);
  }
  let probability = initialProbability;
  let iterations = 0;
  let converged = false;
  const matchMass = m.map((levels) => new Float64Array(levels.length));
  const otherMass = m.map((levels) => new Float64Array(levels.length));
  const ratioOf = (c: number, level: number) => (level === 0 ? 1 : m[c]![level]! / uInBlock[c]![level]!);
  const ratios = m.map((levels, c) => Float64Array.from(levels, (_, level) => ratioOf(c, level)));
  while (iterations < maximumIterations) {
    iterations++;
    for (const mass of matchMass) mass.fill(0);
    for (const mass of otherMass) mass.fill(0);
    let matches = 0;
    let total = 0;
    for (let p = 0; p < patternCount; p++) {
      let bayesFactor = 1;
      const base = p * comparisonCount;
      for (let c = 0; c < comparisonCount; c++) {
        if (role[c] !== 'excluded') bayesFactor *= ratios[c]![patterns.levels[base + c]!]!;
      }
      const numerator = probability * bayesFactor;
      const posterior = Number.isFinite(numerator) ? numerator / (numerator + 1 - probability) : 1;
      const count = patterns.counts[p]!;
      matches += count * posterior;
      total += count;
      for (let c = 0; c < comparisonCount; c++) {
        const level = patterns.levels[base + c]!;
        matchMass[c]![level]! += count * posterior;
        otherMass[c]![level]! += count * (1 - posterior);
      }
    }
    let change = Math.abs(matches / total - probability);
    probability = Math.min(Math.max(matches / total, 1e-9), 1 - 1e-9);
    for (let c = 0; c < comparisonCount; c++) {
      if (role[c] === 'excluded' || role[c] === 'fixed') continue;
      const isEstimated = role[c] === 'estimate';
      const next = normalise(Array.from(isEstimated ? matchMass[c]! : otherMass[c]!));
      if (next.every((value) => value === 0)) continue;
      const target = isEstimated ? m[c]! : uInBlock[c]!;
      for (let level = 1; level < next.length; level++) {
        change = Math.max(change, Math.abs(next[level]! - target[level]!));
        target[level] = next[level]!;
      }
      for (let level = 1; level < next.length; level++) ratios[c]![level] = ratioOf(c, level);
    }
    if (change < tolerance) {
      converged = true;
      break;
    }
  }
  return { m, probabilityMatch: probability, iterations, converged };
}
