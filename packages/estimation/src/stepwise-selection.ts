// Forward selection of two-list interactions by Poisson p-values (Chan, Silverman and Vincent 2021,
// JASA 116:1297–1306). Start from main effects. For every pair of lists not yet in the model, the
// number of people on both lists has, under the current model, a Poisson distribution whose mean
// is the fitted total of the cells containing both lists; its p-value is the smaller of the two
// one-sided tail probabilities. Add the pair with the smallest p-value if it is below the
// threshold and the enlarged model passes the existence and identifiability check; repeat.

import { poissonLowerTail, poissonUpperTail } from './distributions';
import { listPairs, sumOverSupersets } from './lattice';
import { checkPreparedModel } from './model-check';
import { fitExistingModel, fitExtendedModel, type ModelEstimate } from './model-evaluation';
import type { PoissonFitter } from './poisson-fitter';
import { prepareModel, type PreparedModel } from './prepared-model';

/** One step of a forward selection: the term added and the statistic that admitted it. */
export interface SelectionStep {
  term: number;
  pValue: number;
  /** Information criterion after the step (AIC for the AIC method). */
  criterion?: number;
}

/** A selected model with its fit on the data loaded in the fitter. */
export interface SelectedModel {
  prepared: PreparedModel;
  estimate: ModelEstimate;
  /** Estimated coefficients, aligned with `estimate.layout.parameterMasks`. */
  coefficients: Float64Array;
  steps: SelectionStep[];
}

/** Default p-value threshold of the CSV 2021 stepwise method. */
export const DEFAULT_STEPWISE_THRESHOLD = 0.02;

/**
 * Runs the CSV 2021 stepwise selection on the counts loaded in `fitter`. With threshold 0 the
 * main-effects model is returned; with threshold 1 the model with every pair, if it passes the
 * check. Never throws; an estimate that cannot be fitted is reported in `estimate.status`.
 */
export function selectByPoissonStepwise(fitter: PoissonFitter, threshold: number): SelectedModel {
  const pairs = listPairs(fitter.listCount);
  if (threshold >= 1) {
    const full = prepareModel(fitter, pairs);
    if (checkPreparedModel(fitter, full, false).code === 0) return fitSelected(fitter, full, []);
  }
  const mainEffects = prepareModel(fitter, []);
  let selected = fitSelected(fitter, mainEffects, []);
  if (threshold <= 0 || selected.estimate.status !== 'fitted' || selected.estimate.layout !== mainEffects.layout) return selected;
  const included = new Uint8Array(pairs.length);
  const overlaps = pairs.map((pair) => fitter.margins[pair]!);
  const fittedSums = new Float64Array(fitter.cellCount);
  const pValues = new Float64Array(pairs.length);
  const order = pairs.map((_pair, index) => index);
  for (let cycle = 0; cycle < pairs.length; cycle += 1) {
    fittedSums.set(fitter.fittedMeans);
    sumOverSupersets(fittedSums, fitter.listCount);
    for (let j = 0; j < pairs.length; j += 1) {
      if (included[j]) {
        pValues[j] = 1;
        continue;
      }
      const mean = fittedSums[pairs[j]!]!;
      const observed = overlaps[j]!;
      pValues[j] = Math.min(poissonLowerTail(observed, mean), poissonUpperTail(observed, mean));
    }
    order.sort((left, right) => pValues[left]! - pValues[right]! || left - right);
    let chosen = -1;
    for (const j of order) {
      if (!(pValues[j]! < threshold)) break;
      const candidate = prepareModel(fitter, [...selected.prepared.interactionMasks, pairs[j]!]);
      if (checkPreparedModel(fitter, candidate, false).code === 0) {
        chosen = j;
        selected = fitSelected(fitter, candidate, [...selected.steps, { term: pairs[j]!, pValue: pValues[j]! }], selected.coefficients);
        break;
      }
    }
    if (chosen < 0 || selected.estimate.status !== 'fitted') break;
    included[chosen] = 1;
  }
  return selected;
}

/**
 * Fits a model for a selection method: the ordinary MLE when it exists, else the extended MLE.
 * `previous` coefficients (from the model without the newest term) give a warm start.
 */
export function fitSelected(fitter: PoissonFitter, prepared: PreparedModel, steps: SelectionStep[], previous?: Float64Array): SelectedModel {
  const coefficients = new Float64Array(prepared.layout.parameterCount);
  const check = checkPreparedModel(fitter, prepared, true);
  let estimate: ModelEstimate;
  if (check.exists && check.identifiable) {
    const isWarmStart = previous !== undefined;
    if (previous) coefficients.set(previous.subarray(0, Math.min(previous.length, coefficients.length)));
    estimate = fitExistingModel(fitter, prepared, coefficients, isWarmStart);
  } else {
    estimate = fitExtendedModel(fitter, prepared, coefficients);
  }
  return { prepared, estimate, coefficients: coefficients.subarray(0, estimate.layout.parameterCount), steps };
}
