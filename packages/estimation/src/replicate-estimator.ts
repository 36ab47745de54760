// Re-running a whole model-selection method on perturbed counts (bootstrap replicates and
// jackknife deletions). The configuration is plain data so that it can be sent to a worker thread.

import { selectByAicStepwise } from './aic-stepwise-selection';
import { selectByDownhill } from './bic-selection';
import { createBicEstimator } from './bic-replicate-estimator';
import { isEstimationError } from './estimation-error';
import { PoissonFitter } from './poisson-fitter';
import { prepareModel } from './prepared-model';
import { fitSelected, selectByPoissonStepwise, type SelectedModel } from './stepwise-selection';

/** What to redo for each perturbed table. */
export type ReplicateMethod =
  | { kind: 'stepwise'; threshold: number }
  | { kind: 'aic'; threshold: number }
  | { kind: 'fixed'; interactions: number[] }
  | { kind: 'downhill'; maxOrder: number }
  /** Minimum BIC among `models` (the original data's best models, best first). */
  | { kind: 'bic'; models: number[][] };

/** Everything a worker needs to compute replicates: plain, structured-clonable data. */
export interface ReplicateConfiguration {
  listCount: number;
  /** Original counts indexed by capture-pattern mask (length 2^listCount). */
  counts: number[];
  method: ReplicateMethod;
  seed: number;
}

/**
 * Returns a function giving the total-population estimate for a table of counts (indexed by
 * pattern mask): +Infinity when the estimate is unbounded, NaN when no model can be fitted.
 */
export function createReplicateEstimator(configuration: ReplicateConfiguration): (counts: Float64Array) => number {
  const fitter = new PoissonFitter(configuration.listCount);
  const method = configuration.method;
  const totalOf = (selected: SelectedModel): number => {
    if (selected.estimate.status === 'unbounded') return Number.POSITIVE_INFINITY;
    if (selected.estimate.status !== 'fitted') return Number.NaN;
    return fitter.total + Math.exp(selected.estimate.logHiddenFigure);
  };
  switch (method.kind) {
    case 'stepwise':
      return (counts) => {
        fitter.loadCounts(counts);
        return totalOf(selectByPoissonStepwise(fitter, method.threshold));
      };
    case 'aic':
      return (counts) => {
        fitter.loadCounts(counts);
        return totalOf(selectByAicStepwise(fitter, method.threshold));
      };
    case 'fixed':
      return (counts) => {
        fitter.loadCounts(counts);
        return totalOf(fitSelected(fitter, prepareModel(fitter, method.interactions), []));
      };
    case 'downhill':
      return (counts) => {
        fitter.loadCounts(counts);
        try {
          const selection = selectByDownhill(fitter, method.maxOrder);
          return fitter.total + Math.exp(selection.selected.coefficients[0]!);
        } catch (error) {
          if (isEstimationError(error, 'NO_VALID_MODEL')) return Number.NaN;
          throw error;
        }
      };
    case 'bic':
      return createBicEstimator(fitter, Float64Array.from(configuration.counts), method.models);
  }
}
