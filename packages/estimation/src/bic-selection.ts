// Model choice by BIC among hierarchical log-linear models (Silverman, Chan and Vincent 2024,
// Statistics and Computing 34:44): either every model up to a maximum interaction order, or the
// greedy downhill search from main effects for many lists. Models failing the existence or
// identifiability check are left out; terms with no cases are fixed at −∞ and still counted in
// the penalty.

import { EstimationError } from './estimation-error';
import { enumerateHierarchicalModels, findNeighbourModels, modelKey } from './hierarchical-models';
import { checkPreparedModel } from './model-check';
import { computeBic, fitExistingModel } from './model-evaluation';
import type { PoissonFitter } from './poisson-fitter';
import { prepareModel, type PreparedModel } from './prepared-model';
import type { SelectedModel } from './stepwise-selection';

/** A model that passed the checks, with its BIC and estimate on the data it was fitted to. */
export interface RankedModel {
  interactions: number[];
  bic: number;
  logLikelihood: number;
  /** Poisson estimate of the total population under this model. */
  total: number;
  totalParameterCount: number;
}

/** Outcome of an exhaustive BIC search. */
export interface BicSelection {
  selected: SelectedModel;
  /** Valid models by increasing BIC (ties keep enumeration order). */
  ranking: RankedModel[];
  /** Number of hierarchical models considered, valid or not. */
  modelCount: number;
}

/**
 * Fits `interactions` if it passes the check (empty lists allowed at −∞, as SCV 2024), returning
 * null otherwise. `start` (main-effects coefficients) gives a warm start.
 */
export function fitForBic(
  fitter: PoissonFitter,
  interactions: readonly number[],
  start: Float64Array | null,
): { prepared: PreparedModel; coefficients: Float64Array; ranked: RankedModel } | null {
  const prepared = prepareModel(fitter, interactions);
  if (checkPreparedModel(fitter, prepared, true).code !== 0) return null;
  const coefficients = new Float64Array(prepared.layout.parameterCount);
  if (start) coefficients.set(start.subarray(0, Math.min(start.length, coefficients.length)));
  const estimate = fitExistingModel(fitter, prepared, coefficients, start !== null);
  if (estimate.status !== 'fitted') return null;
  const observedTotal = fitter.total;
  return {
    prepared,
    coefficients,
    ranked: {
      interactions: [...interactions],
      bic: computeBic(estimate.logLikelihood, prepared.totalParameterCount, observedTotal),
      logLikelihood: estimate.logLikelihood,
      total: observedTotal + Math.exp(estimate.logHiddenFigure),
      totalParameterCount: prepared.totalParameterCount,
    },
  };
}

/** Coefficients of the main-effects fit, the warm start for every other model on the same data. */
export function fitMainEffectsStart(fitter: PoissonFitter): Float64Array | null {
  const fitted = fitForBic(fitter, [], null);
  return fitted ? fitted.coefficients : null;
}

/**
 * Fits every hierarchical model with interactions of at most `maxOrder` lists and returns the
 * ranking by BIC and the best model (refitted so that the fitter holds it).
 * @throws EstimationError NO_VALID_MODEL when no model passes the checks; TOO_MANY_MODELS.
 */
export function selectByBic(fitter: PoissonFitter, maxOrder: number): BicSelection {
  const models = enumerateHierarchicalModels(fitter.listCount, maxOrder);
  const start = fitMainEffectsStart(fitter);
  const ranking: RankedModel[] = [];
  for (const interactions of models) {
    const fitted = fitForBic(fitter, interactions, start);
    if (fitted) ranking.push(fitted.ranked);
  }
  if (ranking.length === 0) {
    throw new EstimationError('NO_VALID_MODEL', `None of the ${models.length} hierarchical models has an estimate that exists and is identifiable for this table.`);
  }
  // Array.prototype.sort is stable, so equal BICs keep the enumeration order.
  ranking.sort((left, right) => left.bic - right.bic);
  const best = fitForBic(fitter, ranking[0]!.interactions, start)!;
  return { selected: toSelectedModel(fitter, best), ranking, modelCount: models.length };
}

/** Outcome of the downhill search: the local BIC minimum and the models visited. */
export interface DownhillSelection {
  selected: SelectedModel;
  /** Models the search moved through, from main effects to the optimum. */
  path: RankedModel[];
  /** Every valid model evaluated, by increasing BIC. */
  evaluated: RankedModel[];
}

/**
 * Greedy downhill search among hierarchical models (SCV 2024): from main effects, evaluate all
 * neighbours not yet seen, move to the best if it lowers BIC, stop otherwise (at most 20 moves).
 * @throws EstimationError NO_VALID_MODEL when even the main-effects model fails the checks.
 */
export function selectByDownhill(fitter: PoissonFitter, maxOrder: number, maximumMoves = 20): DownhillSelection {
  const start = fitMainEffectsStart(fitter);
  const origin = fitForBic(fitter, [], start);
  if (!origin || !start) {
    throw new EstimationError('NO_VALID_MODEL', 'The main-effects model has no estimate that exists and is identifiable, so the downhill search cannot start.');
  }
  const seen = new Set<string>([modelKey([])]);
  let current = origin.ranked;
  const path = [current];
  const evaluated = [current];
  for (let move = 0; move < maximumMoves; move += 1) {
    const fresh = findNeighbourModels(current.interactions, fitter.listCount, maxOrder).filter((model) => !seen.has(modelKey(model)));
    if (fresh.length === 0) break;
    let best: RankedModel | null = null;
    for (const interactions of fresh) {
      seen.add(modelKey(interactions));
      const fitted = fitForBic(fitter, interactions, start);
      if (!fitted) continue;
      evaluated.push(fitted.ranked);
      if (best === null || fitted.ranked.bic < best.bic) best = fitted.ranked;
    }
    if (best === null || best.bic >= current.bic) break;
    current = best;
    path.push(current);
  }
  evaluated.sort((left, right) => left.bic - right.bic);
  const chosen = fitForBic(fitter, current.interactions, start)!;
  return { selected: toSelectedModel(fitter, chosen), path, evaluated };
}

function toSelectedModel(fitter: PoissonFitter, fitted: { prepared: PreparedModel; coefficients: Float64Array }): SelectedModel {
  return {
    prepared: fitted.prepared,
    coefficients: fitted.coefficients,
    estimate: { status: 'fitted', layout: fitted.prepared.layout, logLikelihood: fitter.logLikelihood, logHiddenFigure: fitted.coefficients[0]! },
    steps: [],
  };
}
