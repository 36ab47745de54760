// Poisson log-linear fits by Newton's method (which for the canonical log link is exactly the
// iteratively reweighted least squares of a GLM). The design matrix is never formed: XᵀWX and
// Xᵀ(y − μ) come from superset sums over the capture-pattern lattice, and Xβ from a subset sum.
// One fitter owns all work buffers for a number of lists and is reused for every fit, so the
// iterations allocate nothing.

import { factorCholesky, inverseDiagonalEntry, solveCholesky } from './dense-linear-algebra';
import { logFactorial } from './distributions';
import { sumOverSubsets, sumOverSupersets } from './lattice';

/**
 * The estimable part of a model on one data set: which parameters are estimated (bit masks of
 * their lists; mask 0 is the intercept and comes first) and which cells take part in the fit.
 * Cells below a term fixed at −∞ are left out; cell 0 (nobody listed) takes part only in the
 * augmented fits of the profile likelihood.
 */
export interface ModelLayout {
  readonly parameterMasks: Int32Array;
  readonly parameterCount: number;
  readonly isCellFitted: Uint8Array;
  /** unions[i * p + j] = parameterMasks[i] | parameterMasks[j]: XᵀWX[i][j] is the weight sum above it. */
  readonly unions: Int32Array;
}

/** Builds a {@link ModelLayout}; `parameterMasks` must start with the intercept (0). */
export function createModelLayout(parameterMasks: ArrayLike<number>, isCellFitted: Uint8Array): ModelLayout {
  const parameterCount = parameterMasks.length;
  const masks = Int32Array.from(parameterMasks);
  const unions = new Int32Array(parameterCount * parameterCount);
  for (let i = 0; i < parameterCount; i += 1) {
    for (let j = 0; j < parameterCount; j += 1) unions[i * parameterCount + j] = masks[i]! | masks[j]!;
  }
  return { parameterMasks: masks, parameterCount, isCellFitted, unions };
}

/** Outcome of {@link PoissonFitter.fit}. */
export type FitStatus = 'converged' | 'not-converged' | 'singular';

const MAXIMUM_ITERATIONS = 100;
/** Converged when the step just taken is below this (in every coefficient)… */
const STEP_TOLERANCE = 1e-10;
/**
 * …or when the error left after it, estimated from Newton's quadratic convergence as
 * step² / previous step, is below this: one iteration fewer at the same accuracy.
 */
const REMAINING_ERROR_TOLERANCE = 1e-9;

/** Reusable Newton/IRLS fitter for Poisson log-linear models on 2^listCount cells. */
export class PoissonFitter {
  readonly cellCount: number;
  /** Counts per cell; cell 0 holds the unobserved count in augmented fits, else 0. */
  readonly counts: Float64Array;
  /** margins[mask] = Σ counts over cells ⊇ mask: the sufficient statistics of every possible term. */
  readonly margins: Float64Array;
  /** Fitted means after the last fit (0 for cells not fitted). */
  readonly fittedMeans: Float64Array;
  /** Total count of the fitted data (including cell 0 when loaded). */
  total = 0;
  /** −Σ (y log-mean − mean) over fitted cells at the last fit: the objective Newton minimises. */
  objective = Number.NaN;
  iterations = 0;

  private sumCountLogCount = 0;
  private sumLogFactorial = 0;
  private readonly linearPredictor: Float64Array;
  private readonly meanSums: Float64Array;
  private capacity = 0;
  private hessian = new Float64Array(0);
  private gradient = new Float64Array(0);
  private step = new Float64Array(0);
  private trial = new Float64Array(0);
  private scratch = new Float64Array(0);
  private factorLayout: ModelLayout | null = null;

  constructor(readonly listCount: number) {
    this.cellCount = 1 << listCount;
    this.counts = new Float64Array(this.cellCount);
    this.margins = new Float64Array(this.cellCount);
    this.fittedMeans = new Float64Array(this.cellCount);
    this.linearPredictor = new Float64Array(this.cellCount);
    this.meanSums = new Float64Array(this.cellCount);
  }

  /**
   * Loads the counts of cells 1..2^t−1 (index = capture pattern mask; `counts[0]` is ignored) and,
   * for the profile likelihood, the count of the unobserved cell.
   */
  loadCounts(counts: ArrayLike<number>, unobservedCount = 0): void {
    let total = 0;
    let sumCountLogCount = 0;
    let sumLogFactorial = 0;
    for (let cell = 0; cell < this.cellCount; cell += 1) {
      const count = cell === 0 ? unobservedCount : counts[cell]!;
      this.counts[cell] = count;
      total += count;
      if (count > 0) {
        sumCountLogCount += count * Math.log(count);
        sumLogFactorial += Number.isInteger(count) ? logFactorial(count) : 0;
      }
    }
    this.total = total;
    this.sumCountLogCount = sumCountLogCount;
    this.sumLogFactorial = sumLogFactorial;
    this.margins.set(this.counts);
    sumOverSupersets(this.margins, this.listCount);
    this.factorLayout = null;
  }

  /** Σ log y! over the loaded counts (the constant part of the Poisson log-likelihood). */
  get logFactorialSum(): number {
    return this.sumLogFactorial;
  }

  /** Poisson log-likelihood of the last fit, including the −log y! terms. */
  get logLikelihood(): number {
    return -this.objective - this.sumLogFactorial;
  }

  /** Residual deviance of the last fit: 2 Σ [y log(y/μ) − (y − μ)] over fitted cells. */
  get deviance(): number {
    return 2 * (this.sumCountLogCount + this.objective - this.total);
  }

  /**
   * Fits the model. `coefficients` (length ≥ p) holds the starting values when `isWarmStart`, and
   * receives the estimates. Without a warm start the first step is the weighted least squares fit
   * of R's glm (working response log μ + (y − μ)/μ at μ = y + 0.1).
   *
   * `stopping` 'exact' iterates to full precision. 'glm' reproduces R's glm.fit digit for digit:
   * its start, its iterates, and its rule of stopping once the deviance changes by less than
   * 1e-8 relatively — the published figures come from such fits, which can differ from the exact
   * maximum in the sixth significant digit. Its covariance is then, as R's, the inverse
   * information at the previous iterate.
   */
  fit(layout: ModelLayout, coefficients: Float64Array, isWarmStart: boolean, stopping: 'exact' | 'glm' = 'exact'): FitStatus {
    const p = layout.parameterCount;
    this.ensureCapacity(p);
    this.factorLayout = null;
    const isGlm = stopping === 'glm';
    if ((!isWarmStart || isGlm) && !this.startByWeightedLeastSquares(layout, coefficients)) return 'singular';
    let objective = this.evaluate(layout, coefficients);
    let previousDeviance = isGlm ? this.startingDeviance(layout) : Number.NaN;
    const { gradient, hessian, step, trial } = this;
    let previousStep = Number.POSITIVE_INFINITY;
    for (let iteration = 1; iteration <= MAXIMUM_ITERATIONS; iteration += 1) {
      this.iterations = iteration;
      if (isGlm) {
        // R's first iteration is the starting least-squares fit itself.
        const deviance = 2 * (this.sumCountLogCount + objective - this.total);
        if (Math.abs(deviance - previousDeviance) / (Math.abs(deviance) + 0.1) < 1e-8) {
          this.objective = objective;
          return 'converged';
        }
        previousDeviance = deviance;
      }
      if (!this.assembleNewtonSystem(layout)) return 'singular';
      this.factorLayout = layout;
      for (let i = 0; i < p; i += 1) step[i] = gradient[i]!;
      solveCholesky(hessian, p, step);
      let largestStep = 0;
      for (let i = 0; i < p; i += 1) {
        const size = Math.abs(step[i]!);
        if (size > largestStep) largestStep = size;
      }
      // Step halving guards against overshooting far from the optimum (never needed near it).
      let scale = 1;
      let trialObjective = Number.NaN;
      for (let halving = 0; halving < 50; halving += 1) {
        for (let i = 0; i < p; i += 1) trial[i] = coefficients[i]! + scale * step[i]!;
        trialObjective = this.evaluate(layout, trial);
        // R halves only when the deviance is not finite; the exact mode also when it rises.
        if (isGlm ? Number.isFinite(trialObjective) : trialObjective <= objective + 1e-12 * Math.abs(objective)) break;
        scale *= 0.5;
      }
      if (!Number.isFinite(trialObjective)) return 'singular';
      for (let i = 0; i < p; i += 1) coefficients[i] = trial[i]!;
      const improvement = objective - trialObjective;
      objective = trialObjective;
      const taken = largestStep * scale;
      const isQuadratic = scale === 1 && taken < 1e-3 && (taken * taken) / previousStep < REMAINING_ERROR_TOLERANCE;
      if (!isGlm && (taken < STEP_TOLERANCE || isQuadratic || (scale < 1 && improvement <= 1e-15 * Math.abs(objective)))) {
        this.objective = objective;
        this.factorLayout = null;
        return 'converged';
      }
      previousStep = taken;
    }
    this.objective = objective;
    return 'not-converged';
  }

  /**
   * Diagonal entry of the inverse information matrix (the unscaled covariance) of parameter
   * `index` at the last fit. Returns NaN when the information matrix is singular.
   */
  inverseInformationDiagonal(layout: ModelLayout, index: number): number {
    if (this.factorLayout !== layout) {
      if (!this.assembleNewtonSystem(layout)) return Number.NaN;
      this.factorLayout = layout;
    }
    return inverseDiagonalEntry(this.hessian, layout.parameterCount, index, this.scratch);
  }

  private ensureCapacity(p: number): void {
    if (p <= this.capacity) return;
    this.capacity = p;
    this.hessian = new Float64Array(p * p);
    this.gradient = new Float64Array(p);
    this.step = new Float64Array(p);
    this.trial = new Float64Array(p);
    this.scratch = new Float64Array(p);
  }

  /** Computes η = Xβ, μ = exp(η) and the objective Σ (μ − yη) over fitted cells; Infinity on overflow. */
  private evaluate(layout: ModelLayout, coefficients: Float64Array): number {
    const { linearPredictor, fittedMeans, counts, cellCount } = this;
    const { parameterMasks, parameterCount, isCellFitted } = layout;
    linearPredictor.fill(0);
    for (let i = 0; i < parameterCount; i += 1) linearPredictor[parameterMasks[i]!] = coefficients[i]!;
    sumOverSubsets(linearPredictor, this.listCount);
    let objective = 0;
    for (let cell = 0; cell < cellCount; cell += 1) {
      if (isCellFitted[cell] === 0) {
        fittedMeans[cell] = 0;
        continue;
      }
      const eta = linearPredictor[cell]!;
      const mean = Math.exp(eta);
      fittedMeans[cell] = mean;
      objective += mean - counts[cell]! * eta;
    }
    return Number.isNaN(objective) ? Number.POSITIVE_INFINITY : objective;
  }

  /** Gradient Xᵀ(y − μ) and Cholesky factor of XᵀWX at the current means; false if singular. */
  private assembleNewtonSystem(layout: ModelLayout): boolean {
    const { meanSums, margins, gradient, hessian } = this;
    const { parameterMasks, parameterCount, unions } = layout;
    meanSums.set(this.fittedMeans);
    sumOverSupersets(meanSums, this.listCount);
    for (let i = 0; i < parameterCount; i += 1) {
      const mask = parameterMasks[i]!;
      gradient[i] = margins[mask]! - meanSums[mask]!;
    }
    const entries = parameterCount * parameterCount;
    for (let k = 0; k < entries; k += 1) hessian[k] = meanSums[unions[k]!]!;
    return factorCholesky(hessian, parameterCount);
  }

  /** Deviance at R's starting means μ = y + 0.1. */
  private startingDeviance(layout: ModelLayout): number {
    let deviance = 0;
    for (let cell = 0; cell < this.cellCount; cell += 1) {
      if (layout.isCellFitted[cell] === 0) continue;
      const count = this.counts[cell]!;
      const mean = count + 0.1;
      deviance += 2 * ((count > 0 ? count * Math.log(count / mean) : 0) - (count - mean));
    }
    return deviance;
  }

  private startByWeightedLeastSquares(layout: ModelLayout, coefficients: Float64Array): boolean {
    const { meanSums, linearPredictor, counts, cellCount, gradient, hessian } = this;
    const { parameterMasks, parameterCount, isCellFitted, unions } = layout;
    // Working weights w = μ = y + 0.1 and working response z = log μ + (y − μ)/μ: sums of w and w·z above each term.
    for (let cell = 0; cell < cellCount; cell += 1) {
      if (isCellFitted[cell] === 0) {
        meanSums[cell] = 0;
        linearPredictor[cell] = 0;
        continue;
      }
      const weight = counts[cell]! + 0.1;
      meanSums[cell] = weight;
      linearPredictor[cell] = weight * Math.log(weight) - 0.1;
    }
    sumOverSupersets(meanSums, this.listCount);
    sumOverSupersets(linearPredictor, this.listCount);
    for (let i = 0; i < parameterCount; i += 1) gradient[i] = linearPredictor[parameterMasks[i]!]!;
    const entries = parameterCount * parameterCount;
    for (let k = 0; k < entries; k += 1) hessian[k] = meanSums[unions[k]!]!;
    if (!factorCholesky(hessian, parameterCount)) return false;
    for (let i = 0; i < parameterCount; i += 1) coefficients[i] = gradient[i]!;
    solveCholesky(hessian, parameterCount, coefficients);
    return true;
  }
}
