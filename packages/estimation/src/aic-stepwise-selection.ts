// Forward selection by AIC as used for the UK Home Office estimate (Bales, Hesketh and Silverman
// 2015; modslavmse's MSEfit): from main effects, try adding each two-list interaction, take the one
// with the lowest AIC if it lowers AIC, and keep it only if its Wald p-value is at most the
// threshold. A pair with no overlap enters at −∞ (its Wald p-value is 1, which stops the search,
// as the diverging coefficient of R's glm does).

import { listPairs } from './lattice';
import { checkPreparedModel } from './model-check';
import { computeAic, computeWaldPValue } from './model-evaluation';
import type { PoissonFitter } from './poisson-fitter';
import { prepareModel } from './prepared-model';
import { fitSelected, type SelectedModel } from './stepwise-selection';

/** Default significance level for a new term, as in the Home Office analysis. */
export const DEFAULT_AIC_THRESHOLD = 0.05;

/** Runs the BHS 2015 AIC-stepwise selection on the counts loaded in `fitter`. Never throws. */
export function selectByAicStepwise(fitter: PoissonFitter, threshold: number): SelectedModel {
  const pairs = listPairs(fitter.listCount);
  let selected = fitSelected(fitter, prepareModel(fitter, []), []);
  if (selected.estimate.status !== 'fitted') return selected;
  let currentAic = computeAic(selected.estimate.logLikelihood, selected.prepared.totalParameterCount);
  const included = new Uint8Array(pairs.length);
  for (let cycle = 0; cycle < pairs.length; cycle += 1) {
    let best: SelectedModel | null = null;
    let bestIndex = -1;
    let bestAic = currentAic;
    for (let j = 0; j < pairs.length; j += 1) {
      if (included[j]) continue;
      const prepared = prepareModel(fitter, [...selected.prepared.interactionMasks, pairs[j]!]);
      // A term that is a combination of the others changes nothing (R's glm aliases it).
      if (!checkPreparedModel(fitter, prepared, true).identifiable) continue;
      const candidate = fitSelected(fitter, prepared, selected.steps, selected.coefficients);
      if (candidate.estimate.status !== 'fitted') continue;
      const aic = computeAic(candidate.estimate.logLikelihood, prepared.totalParameterCount);
      if (aic < bestAic) {
        best = candidate;
        bestIndex = j;
        bestAic = aic;
      }
    }
    if (best === null) break;
    // Refit so that the fitter holds the chosen model for its Wald statistic.
    const chosen = fitSelected(fitter, best.prepared, selected.steps, selected.coefficients);
    const pValue = computeWaldPValue(fitter, chosen.estimate.layout, chosen.coefficients, pairs[bestIndex]!);
    if (pValue > threshold) break;
    included[bestIndex] = 1;
    selected = { ...chosen, steps: [...selected.steps, { term: pairs[bestIndex]!, pValue, criterion: bestAic }] };
    currentAic = bestAic;
  }
  // Leave the fitter holding the selected model's fit.
  return fitSelected(fitter, selected.prepared, selected.steps, selected.coefficients);
}
