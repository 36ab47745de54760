// Turning a model (its interaction terms) and a data set into what the fitter needs. Terms whose
// sufficient statistic is zero — for a two-list term, no case seen on both lists — have their
// maximum-likelihood value at −∞: the term is fixed there and every cell below it is dropped
// from the fit (Chan, Silverman and Vincent 2021; Silverman, Chan and Vincent 2024).

import { createModelLayout, type ModelLayout, type PoissonFitter } from './poisson-fitter';

/** A model made ready for one data set. */
export interface PreparedModel {
  /** The model's interaction terms (bit masks, two or more lists each). */
  readonly interactionMasks: readonly number[];
  /** Terms (interactions, and main effects of lists with no case) fixed at −∞. */
  readonly minusInfinityMasks: readonly number[];
  /** Lists with no case at all in this data set (their main effect is at −∞). */
  readonly emptyListMasks: readonly number[];
  /** Estimated parameters and fitted cells. */
  readonly layout: ModelLayout;
  /** Intercept + main effects + interactions, counting the terms fixed at −∞ (the AIC/BIC penalty). */
  readonly totalParameterCount: number;
}

/**
 * Prepares a model for the data loaded in `fitter`. Main effects of lists with no case are always
 * fixed at −∞ here (that is the fitted limit); whether such a model is acceptable is for the
 * existence check to say.
 */
export function prepareModel(fitter: PoissonFitter, interactionMasks: readonly number[]): PreparedModel {
  const { listCount, cellCount, margins } = fitter;
  const isBelowMinusInfinity = new Uint8Array(cellCount);
  const minusInfinityMasks: number[] = [];
  const emptyListMasks: number[] = [];
  const parameterMasks: number[] = [0];
  for (let list = 0; list < listCount; list += 1) {
    const mask = 1 << list;
    if (margins[mask] === 0) {
      emptyListMasks.push(mask);
      minusInfinityMasks.push(mask);
      isBelowMinusInfinity[mask] = 1;
    } else {
      parameterMasks.push(mask);
    }
  }
  for (const mask of interactionMasks) {
    if (margins[mask] === 0) {
      minusInfinityMasks.push(mask);
      isBelowMinusInfinity[mask] = 1;
    } else {
      parameterMasks.push(mask);
    }
  }
  // A cell is dropped when it lies above (contains) any −∞ term.
  for (let cell = 1; cell < cellCount; cell += 1) {
    if (isBelowMinusInfinity[cell] !== 0) continue;
    for (const mask of minusInfinityMasks) {
      if ((cell & mask) === mask) {
        isBelowMinusInfinity[cell] = 1;
        break;
      }
    }
  }
  const isCellFitted = new Uint8Array(cellCount);
  for (let cell = 1; cell < cellCount; cell += 1) isCellFitted[cell] = isBelowMinusInfinity[cell] === 0 ? 1 : 0;
  return {
    interactionMasks,
    minusInfinityMasks,
    emptyListMasks,
    layout: createModelLayout(parameterMasks, isCellFitted),
    totalParameterCount: 1 + listCount + interactionMasks.length,
  };
}

/** The same model with the unobserved cell (nobody listed) added to the fit, for the profile likelihood. */
export function withUnobservedCell(prepared: PreparedModel): ModelLayout {
  const isCellFitted = Uint8Array.from(prepared.layout.isCellFitted);
  isCellFitted[0] = 1;
  return createModelLayout(prepared.layout.parameterMasks, isCellFitted);
}

/** The same layout restricted to fewer cells (the facial set of an extended maximum-likelihood fit). */
export function restrictCells(layout: ModelLayout, isCellFitted: Uint8Array): ModelLayout {
  return createModelLayout(layout.parameterMasks, isCellFitted);
}
