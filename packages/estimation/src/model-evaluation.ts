// Fitting one model to the data loaded in a fitter and reading off what the selection methods
// compare: log-likelihood, AIC, BIC, the hidden figure and the Wald statistics of its terms.

import { findNullSpace } from './dense-linear-algebra';
import { normalCdf } from './distributions';
import { buildGram, findEscapeDirection } from './model-check';
import { createModelLayout, type ModelLayout, type PoissonFitter } from './poisson-fitter';
import type { PreparedModel } from './prepared-model';

/** The estimate a fitted model gives, with the numbers the selection methods need. */
export interface ModelEstimate {
  /** 'unbounded' when the likelihood rises without limit as the hidden figure grows. */
  status: 'fitted' | 'unbounded' | 'failed';
  /** The layout actually fitted (smaller than the model's when the ordinary MLE does not exist). */
  layout: ModelLayout;
  logLikelihood: number;
  /** Log of the hidden figure (the intercept). */
  logHiddenFigure: number;
}

/** Fits a model whose MLE exists. `coefficients` holds warm-start values when `isWarmStart`. */
export function fitExistingModel(fitter: PoissonFitter, prepared: PreparedModel, coefficients: Float64Array, isWarmStart: boolean): ModelEstimate {
  const layout = prepared.layout;
  let status = fitter.fit(layout, coefficients, isWarmStart);
  // A warm start far from the optimum can, rarely, end badly where the standard start does not.
  if (status !== 'converged' && isWarmStart) status = fitter.fit(layout, coefficients, false);
  if (status === 'singular') return { status: 'failed', layout, logLikelihood: Number.NaN, logHiddenFigure: Number.NaN };
  return { status: 'fitted', layout, logLikelihood: fitter.logLikelihood, logHiddenFigure: coefficients[0]! };
}

/**
 * Fits the extended maximum-likelihood estimate (Fienberg and Rinaldo 2012) of a model whose
 * ordinary MLE does not exist: cells the likelihood drives to zero are dropped (the facial set)
 * and the model is fitted on the rest. When the escape direction raises the intercept, or the
 * intercept is not identified on the facial set, the hidden figure has no finite estimate and
 * the result is 'unbounded'.
 */
export function fitExtendedModel(fitter: PoissonFitter, prepared: PreparedModel, coefficients: Float64Array): ModelEstimate {
  let layout = prepared.layout;
  const unbounded = (): ModelEstimate => ({ status: 'unbounded', layout, logLikelihood: Number.NaN, logHiddenFigure: Number.POSITIVE_INFINITY });
  for (let round = 0; round < 64; round += 1) {
    const escape = findEscapeDirection(fitter, layout);
    if (escape === null) break;
    if (escape.isInterceptIncreasing) return unbounded();
    if (escape.cellsForcedToZero.length === 0) break;
    const isCellFitted = Uint8Array.from(layout.isCellFitted);
    for (const cell of escape.cellsForcedToZero) isCellFitted[cell] = 0;
    layout = createModelLayout(layout.parameterMasks, isCellFitted);
  }
  const p = layout.parameterCount;
  const nullSpace = findNullSpace(buildGram(fitter, layout.parameterMasks, p, layout.isCellFitted, false), p, p);
  if (nullSpace.dimension > 0) {
    for (let j = 0; j < nullSpace.dimension; j += 1) if (Math.abs(nullSpace.basis[j]!) > 1e-9) return unbounded();
    layout = createModelLayout(
      nullSpace.pivotColumns.map((column) => layout.parameterMasks[column]!),
      layout.isCellFitted,
    );
  }
  const status = fitter.fit(layout, coefficients, false);
  if (status === 'singular') return { status: 'failed', layout, logLikelihood: Number.NaN, logHiddenFigure: Number.NaN };
  return { status: 'fitted', layout, logLikelihood: fitter.logLikelihood, logHiddenFigure: coefficients[0]! };
}

/** Akaike's criterion, counting every parameter of the model including those at −∞. */
export function computeAic(logLikelihood: number, totalParameterCount: number): number {
  return 2 * totalParameterCount - 2 * logLikelihood;
}

/** Schwarz's criterion with the number of observed people as sample size (as SCV 2024 and Rcapture). */
export function computeBic(logLikelihood: number, totalParameterCount: number, observedTotal: number): number {
  return totalParameterCount * Math.log(observedTotal) - 2 * logLikelihood;
}

/**
 * Two-sided Wald p-value of the parameter with bit mask `mask` in the last fit; 1 when the term is
 * fixed at −∞ or not estimable (its standard error is then infinite).
 */
export function computeWaldPValue(fitter: PoissonFitter, layout: ModelLayout, coefficients: Float64Array, mask: number): number {
  const index = layout.parameterMasks.indexOf(mask);
  if (index < 0) return 1;
  const variance = fitter.inverseInformationDiagonal(layout, index);
  if (!(variance > 0) || !Number.isFinite(variance)) return 1;
  const z = Math.abs(coefficients[index]!) / Math.sqrt(variance);
  return 2 * normalCdf(-z);
}
