// Minimum BIC over a fixed list of models for many perturbed tables (bootstrap replicates and
// jackknife deletions), without fitting — or even checking — every model on every table.
//
// Each model's maximised log-likelihood ℓ* on a replicate y is bracketed exactly:
//   ℓ* ≥ ℓ(β₀) at the original fit's coefficients (any parameter gives a lower bound);
//   ℓ* ≤ Σ (μ log μ − μ) − Σ log y! for any μ ≥ 0 with the replicate's margins Xᵀμ = Xᵀy
//        (convex duality). μ̃ = μ₀ + (y − y_original) has them, because the original fit matched
//        the original margins (mixed with y itself if a cell would go negative); μ = y always
//        has them, which bounds every model at once by the saturated log-likelihood.
// Both bounds also hold when a term's margin falls to zero in the replicate: the model with that
// term at −∞ attains the supremum of the original parametrisation. The best upper bound among
// models that pass the checks rules out every model whose lower BIC bound exceeds it; only the
// rest are checked and fitted. The chosen model is exactly the one an exhaustive search picks.

import { checkPreparedModel } from './model-check';
import { fitForBic } from './bic-selection';
import type { PoissonFitter } from './poisson-fitter';
import { prepareModel, type PreparedModel } from './prepared-model';

interface OriginalFit {
  interactions: number[];
  prepared: PreparedModel;
  coefficients: Float64Array;
  /** Every term of the model (main effects and interactions) with a non-zero original margin. */
  estimatedTerms: Int32Array;
  /** Linear predictor and fitted means of the original fit on the fitted cells (0 elsewhere). */
  linearPredictor: Float64Array;
  fittedMeans: Float64Array;
  fittedMeanSum: number;
  isUsable: boolean;
}

const UNKNOWN = -1;

/**
 * Returns the estimator: counts (indexed by pattern mask) → Poisson estimate of the total under
 * the model with the lowest BIC among `models` that pass the checks (NaN if none does).
 */
export function createBicEstimator(fitter: PoissonFitter, originalCounts: Float64Array, models: number[][]): (counts: Float64Array) => number {
  fitter.loadCounts(originalCounts);
  const cellCount = fitter.cellCount;
  const originalZeros = zeroPatternKey(originalCounts);
  const originals = models.map((interactions) => fitOriginal(fitter, interactions, cellCount));
  const modelCount = models.length;
  const validityByPattern = new Map<string, Int8Array>();
  const upperBounds = new Float64Array(modelCount);
  const isLayoutChanged = new Uint8Array(modelCount);
  const candidates: Array<{ index: number; lower: number }> = [];
  let scratch = new Float64Array(64);

  return (counts) => {
    fitter.loadCounts(counts);
    const logObserved = Math.log(fitter.total);
    const logFactorials = fitter.logFactorialSum;
    const { margins } = fitter;
    let saturated = 0;
    for (let cell = 1; cell < cellCount; cell += 1) {
      const count = counts[cell]!;
      if (count > 0) saturated += count * Math.log(count) - count;
    }
    const pattern = zeroPatternKey(counts);
    let validity = validityByPattern.get(pattern);
    if (!validity) {
      validity = new Int8Array(modelCount).fill(pattern === originalZeros ? 1 : UNKNOWN);
      validityByPattern.set(pattern, validity);
    }
    const preparedNow: Array<PreparedModel | null> = [];
    const isValid = (index: number): boolean => {
      if (validity![index] === UNKNOWN) {
        const prepared = preparedFor(index);
        validity![index] = prepared && checkPreparedModel(fitter, prepared, true).code === 0 ? 1 : 0;
      }
      return validity![index] === 1;
    };
    const preparedFor = (index: number): PreparedModel | null => {
      const original = originals[index]!;
      if (!isLayoutChanged[index]) return original.prepared;
      preparedNow[index] ??= prepareModel(fitter, original.interactions);
      return preparedNow[index]!;
    };

    // Upper bounds from the original coefficients (valid whether or not a term fell to −∞).
    for (let index = 0; index < modelCount; index += 1) {
      const original = originals[index]!;
      let changed = false;
      for (let k = 0; k < original.estimatedTerms.length && !changed; k += 1) if (margins[original.estimatedTerms[k]!] === 0) changed = true;
      isLayoutChanged[index] = changed ? 1 : 0;
      upperBounds[index] = original.isUsable
        ? original.prepared.totalParameterCount * logObserved - 2 * (logLikelihoodAtOriginal(original, counts, cellCount) - logFactorials)
        : Number.POSITIVE_INFINITY;
    }
    // The lowest upper bound among valid models (usually the first one tried is valid).
    let bestUpper = Number.POSITIVE_INFINITY;
    const rejected = new Uint8Array(modelCount);
    for (;;) {
      let best = -1;
      for (let index = 0; index < modelCount; index += 1) {
        if (rejected[index] === 0 && (best < 0 || upperBounds[index]! < upperBounds[best]!)) best = index;
      }
      if (best < 0 || upperBounds[best] === Number.POSITIVE_INFINITY) break;
      if (isValid(best)) {
        bestUpper = upperBounds[best]!;
        break;
      }
      rejected[best] = 1;
    }
    // Lower bounds: the saturated one first (free), the tighter dual one where it matters.
    candidates.length = 0;
    for (let index = 0; index < modelCount; index += 1) {
      const original = originals[index]!;
      const penalty = original.prepared.totalParameterCount * logObserved;
      let lower = penalty - 2 * (saturated - logFactorials);
      if (lower > bestUpper) continue;
      if (original.isUsable) {
        lower = penalty - 2 * (dualBound(original, counts, originalCounts, cellCount) - logFactorials);
        if (lower > bestUpper) continue;
      }
      candidates.push({ index, lower });
    }
    // Fit the models that could be best, most promising first; ties go to the earlier model.
    candidates.sort((left, right) => left.lower - right.lower || left.index - right.index);
    let bestBic = Number.POSITIVE_INFINITY;
    let bestIndex = -1;
    let bestTotal = Number.NaN;
    for (const { index, lower } of candidates) {
      if (lower > bestUpper || lower > bestBic) break;
      if (!isValid(index)) continue;
      const original = originals[index]!;
      const prepared = preparedFor(index)!;
      const layout = prepared.layout;
      if (scratch.length < layout.parameterCount) scratch = new Float64Array(layout.parameterCount * 2);
      const isWarm = original.isUsable && startFromOriginal(original, layout.parameterMasks, scratch);
      let status = fitter.fit(layout, scratch, isWarm);
      if (status !== 'converged' && isWarm) status = fitter.fit(layout, scratch, false);
      if (status === 'singular') continue;
      const bic = prepared.totalParameterCount * logObserved - 2 * fitter.logLikelihood;
      if (bic < bestBic || (bic === bestBic && index < bestIndex)) {
        bestBic = bic;
        bestIndex = index;
        bestTotal = fitter.total + Math.exp(scratch[0]!);
      }
    }
    return bestTotal;
  };
}

function fitOriginal(fitter: PoissonFitter, interactions: number[], cellCount: number): OriginalFit {
  const fitted = fitForBic(fitter, interactions, null);
  const prepared = fitted?.prepared ?? prepareModel(fitter, interactions);
  const fittedMeans = new Float64Array(cellCount);
  const linearPredictor = new Float64Array(cellCount);
  let fittedMeanSum = 0;
  if (fitted) {
    for (let cell = 1; cell < cellCount; cell += 1) {
      if (prepared.layout.isCellFitted[cell] === 0) continue;
      const mean = fitter.fittedMeans[cell]!;
      fittedMeans[cell] = mean;
      linearPredictor[cell] = Math.log(mean);
      fittedMeanSum += mean;
    }
  }
  return {
    interactions,
    prepared,
    coefficients: fitted?.coefficients ?? new Float64Array(0),
    estimatedTerms: prepared.layout.parameterMasks.subarray(1),
    linearPredictor,
    fittedMeans,
    fittedMeanSum,
    isUsable: fitted !== null,
  };
}

/** Copies the original coefficients of the parameters still estimated; false if one is new. */
function startFromOriginal(original: OriginalFit, parameterMasks: Int32Array, start: Float64Array): boolean {
  const originalMasks = original.prepared.layout.parameterMasks;
  for (let i = 0; i < parameterMasks.length; i += 1) {
    const position = originalMasks.indexOf(parameterMasks[i]!);
    if (position < 0) return false;
    start[i] = original.coefficients[position]!;
  }
  return true;
}

/** ℓ(β₀) on the replicate, without the −Σ log y! constant. */
function logLikelihoodAtOriginal(original: OriginalFit, counts: Float64Array, cellCount: number): number {
  const { linearPredictor, fittedMeanSum } = original;
  const isCellFitted = original.prepared.layout.isCellFitted;
  let sum = 0;
  for (let cell = 1; cell < cellCount; cell += 1) if (isCellFitted[cell] !== 0) sum += counts[cell]! * linearPredictor[cell]!;
  return sum - fittedMeanSum;
}

/** Σ (μ log μ − μ) at a feasible μ with the replicate's margins: an upper bound on ℓ* + Σ log y!. */
function dualBound(original: OriginalFit, counts: Float64Array, originalCounts: Float64Array, cellCount: number): number {
  const { fittedMeans } = original;
  const isCellFitted = original.prepared.layout.isCellFitted;
  let mixing = 0;
  for (let cell = 1; cell < cellCount; cell += 1) {
    if (isCellFitted[cell] === 0) continue;
    const count = counts[cell]!;
    const shifted = fittedMeans[cell]! + count - originalCounts[cell]!;
    // Smallest weight on y keeping s·y + (1 − s)·μ̃ non-negative in every cell.
    if (shifted < 0) mixing = Math.max(mixing, -shifted / (count - shifted));
  }
  let bound = 0;
  for (let cell = 1; cell < cellCount; cell += 1) {
    if (isCellFitted[cell] === 0) continue;
    const count = counts[cell]!;
    const shifted = fittedMeans[cell]! + count - originalCounts[cell]!;
    const mean = mixing > 0 ? mixing * count + (1 - mixing) * shifted : shifted;
    if (mean > 0) bound += mean * Math.log(mean) - mean;
  }
  return bound;
}

/** Which cells are zero, as a compact string key. */
function zeroPatternKey(counts: Float64Array): string {
  let key = '';
  let word = 0;
  for (let cell = 1; cell < counts.length; cell += 1) {
    if (counts[cell] === 0) word |= 1 << (cell & 31);
    if ((cell & 31) === 31 || cell === counts.length - 1) {
      key += word.toString(36) + '.';
      word = 0;
    }
  }
  return key;
}
