// The multinomial profile likelihood of the population size N, as Rcapture computes it
// (Baillargeon and Rivest 2007; Cormack 1992). For a trial N the log-linear model is refitted to the
// complete table with N − n people in the unobserved cell; the multinomial log-likelihood is then
// −deviance/2 plus Cormack's correction term log[n0^n0 N! / (N^N n0!)] (in its Stirling form for
// N > 100). Its maximiser is the profile estimate (a little below the Poisson estimate) and the
// interval is where it lies within χ²₁(level)/2 of the maximum.

import { chiSquaredOneQuantile, logGamma } from './distributions';
import { createModelLayout, PoissonFitter, type ModelLayout } from './poisson-fitter';
import { findRoot, minimizeOnInterval } from './univariate-solvers';

/** One profile-likelihood interval. `upper` is null when it lies beyond the search range. */
export interface ProfileInterval {
  level: number;
  lower: number;
  upper: number | null;
}

/** Profile estimate and intervals. */
export interface ProfileLikelihoodResult {
  estimate: number;
  intervals: ProfileInterval[];
}

/** Rcapture searches for the upper limit up to this multiple of the Poisson estimate. */
const UPPER_SEARCH_FACTOR = 3;

/**
 * Profile likelihood of N for the fitted model `layout` on `counts` (observed cells), starting the
 * refits from `coefficients`. `poissonTotal` is the Poisson estimate n + exp(intercept).
 */
export function computeProfileLikelihood(
  counts: Float64Array,
  listCount: number,
  layout: ModelLayout,
  coefficients: Float64Array,
  observedTotal: number,
  poissonTotal: number,
  levels: readonly number[],
): ProfileLikelihoodResult {
  const fitter = new PoissonFitter(listCount);
  const isCellFitted = Uint8Array.from(layout.isCellFitted);
  isCellFitted[0] = 1;
  const augmented = createModelLayout(layout.parameterMasks, isCellFitted);
  const working = Float64Array.from(coefficients);
  let hasStart = true;
  const logLikelihoodAt = (total: number): number => {
    const unobserved = Math.max(total - observedTotal, 0);
    fitter.loadCounts(counts, unobserved);
    let status = fitter.fit(augmented, working, hasStart);
    if (status !== 'converged') status = fitter.fit(augmented, working, false);
    hasStart = status === 'converged';
    return -fitter.deviance / 2 + cormackCorrection(unobserved, total);
  };
  const searchLimit = UPPER_SEARCH_FACTOR * poissonTotal;
  const tolerance = 1e-9 * poissonTotal;
  const estimate = minimizeOnInterval((total) => -logLikelihoodAt(total), observedTotal, searchLimit, tolerance);
  const maximum = logLikelihoodAt(estimate);
  const intervals = levels.map((level) => {
    const target = maximum - chiSquaredOneQuantile(level) / 2;
    const excess = (total: number) => logLikelihoodAt(total) - target;
    const lower = excess(observedTotal) > 0 ? observedTotal : findRoot(excess, observedTotal, estimate, tolerance);
    const upper = excess(searchLimit) > 0 ? null : findRoot(excess, estimate, searchLimit, tolerance);
    return { level, lower, upper };
  });
  return { estimate, intervals };
}

/** Cormack's (1992) correction turning the Poisson deviance into the multinomial log-likelihood. */
export function cormackCorrection(unobserved: number, total: number): number {
  if (total > 100) {
    if (unobserved === 0 || unobserved === 1) return -total + 0.5 * Math.log(2 * Math.PI * total);
    return unobserved - total - 0.5 * Math.log(unobserved / total);
  }
  const unobservedTerm = unobserved > 0 ? unobserved * Math.log(unobserved) : 0;
  return unobservedTerm + logGamma(total + 1) - total * Math.log(total) - logGamma(unobserved + 1);
}
