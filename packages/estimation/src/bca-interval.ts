// Efron's bias-corrected and accelerated (BCa) bootstrap interval (Efron 1987; DiCiccio and Efron
// 1996) as Chan, Silverman and Vincent apply it: bias correction z0 from the share of bootstrap
// estimates below the point estimate, acceleration from the delete-one jackknife over observed
// people (each cell's deletion weighted by its count), endpoints from the type-8 sample quantiles
// of the bootstrap estimates (Hyndman and Fan 1996, R's `quantile(type = 8)`).

import { normalCdf, normalQuantile } from './distributions';

/** One BCa endpoint: null when it cannot be given (unbounded replicates, or BCa undefined). */
export interface BcaEndpoint {
  probability: number;
  value: number | null;
}

/** Outcome of {@link computeBcaEndpoints}. */
export interface BcaResult {
  endpoints: BcaEndpoint[];
  acceleration: number | null;
  biasCorrection: number | null;
  /** Replicates used (those where some model could be fitted). */
  usableReplicates: number;
  /** Replicates whose estimate was unbounded (they count as larger than any finite one). */
  unboundedReplicates: number;
  /** Why endpoints are missing, if they are. */
  problem: string | null;
}

/**
 * Jackknife acceleration â = Σ c_i d_i³ / (6 (Σ c_i d_i²)^{3/2}), d_i = weighted mean − θ_(i).
 * Returns null if any deletion estimate is not finite, 0 when all are equal.
 */
export function computeJackknifeAcceleration(values: ArrayLike<number>, weights: ArrayLike<number>): number | null {
  let weightSum = 0;
  let weightedSum = 0;
  for (let i = 0; i < values.length; i += 1) {
    if (!Number.isFinite(values[i]!)) return null;
    weightSum += weights[i]!;
    weightedSum += weights[i]! * values[i]!;
  }
  const mean = weightedSum / weightSum;
  let squares = 0;
  let cubes = 0;
  for (let i = 0; i < values.length; i += 1) {
    const difference = mean - values[i]!;
    squares += weights[i]! * difference * difference;
    cubes += weights[i]! * difference * difference * difference;
  }
  if (!(squares > 0)) return 0;
  return cubes / (6 * Math.pow(squares, 1.5));
}

/**
 * BCa endpoints at the given cumulative probabilities (e.g. 0.025 and 0.975 for a 95% interval).
 * `bootstrapEstimates` may contain +Infinity (unbounded) and NaN (no model; left out).
 */
export function computeBcaEndpoints(
  bootstrapEstimates: ArrayLike<number>,
  pointEstimate: number,
  acceleration: number | null,
  probabilities: readonly number[],
): BcaResult {
  const usable: number[] = [];
  let unboundedReplicates = 0;
  let below = 0;
  for (let i = 0; i < bootstrapEstimates.length; i += 1) {
    const value = bootstrapEstimates[i]!;
    if (Number.isNaN(value)) continue;
    if (value === Number.POSITIVE_INFINITY) unboundedReplicates += 1;
    usable.push(value);
    if (value < pointEstimate) below += 1;
  }
  const missing = (problem: string, biasCorrection: number | null = null): BcaResult => ({
    endpoints: probabilities.map((probability) => ({ probability, value: null })),
    acceleration,
    biasCorrection,
    usableReplicates: usable.length,
    unboundedReplicates,
    problem,
  });
  if (usable.length < 2) return missing('fewer than two bootstrap replicates could be fitted');
  if (acceleration === null) return missing('the jackknife acceleration is undefined (a deletion estimate is unbounded or could not be fitted)');
  if (below === 0 || below === usable.length) {
    return missing(`every bootstrap estimate lies ${below === 0 ? 'at or above' : 'below'} the point estimate, so the bias correction is infinite`);
  }
  usable.sort((left, right) => left - right);
  const biasCorrection = normalQuantile(below / usable.length);
  const endpoints = probabilities.map((probability) => {
    const zAlpha = normalQuantile(probability);
    const shifted = biasCorrection + zAlpha;
    const adjusted = normalCdf(biasCorrection + shifted / (1 - acceleration * shifted));
    const value = quantileType8(usable, adjusted);
    return { probability, value: Number.isFinite(value) ? value : null };
  });
  const hasUnbounded = endpoints.some((endpoint) => endpoint.value === null);
  return {
    endpoints,
    acceleration,
    biasCorrection,
    usableReplicates: usable.length,
    unboundedReplicates,
    problem: hasUnbounded ? 'an endpoint falls among bootstrap replicates whose estimate is unbounded' : null,
  };
}

/**
 * Sample quantile of type 8 (median-unbiased, Hyndman and Fan 1996) of `sorted` values at
 * probability `probability`, with R's tolerance for rounding in the index.
 */
export function quantileType8(sorted: readonly number[], probability: number): number {
  const n = sorted.length;
  const fuzz = 4 * Number.EPSILON;
  const position = n * probability + (probability + 1) / 3;
  const lowerIndex = Math.floor(position + fuzz);
  let fraction = position - lowerIndex;
  if (Math.abs(fraction) < fuzz) fraction = 0;
  const lower = sorted[Math.min(Math.max(lowerIndex, 1), n) - 1]!;
  const upper = sorted[Math.min(Math.max(lowerIndex + 1, 1), n) - 1]!;
  if (fraction === 0) return lower;
  if (lower === upper) return lower;
  return (1 - fraction) * lower + fraction * upper;
}
