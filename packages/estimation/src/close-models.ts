// Models nearly as good as the chosen one by the method's own criterion, with their estimates:
// when they disagree, the choice of model matters and the interval from one model is too narrow.

import { fitForBic } from './bic-selection';
import type { CaptureTable } from './contingency-table';
import { findGenerators, modelKey } from './hierarchical-models';
import { compareTerms, listPairs, nameTerm } from './lattice';
import { computeAic } from './model-evaluation';
import { PoissonFitter } from './poisson-fitter';
import type { SelectionRun } from './run-selection';

/** A model close to the chosen one, with how far its criterion is from the best. */
export interface CloseModel {
  generators: string[];
  criterion: 'AIC' | 'BIC';
  value: number;
  /** Criterion minus the lowest criterion among the models compared (0 for the best). */
  delta: number;
  estimate: number;
  /** True for the model the method chose. */
  isChosen: boolean;
}

const CLOSE_MODEL_COUNT = 6;

/**
 * For the BIC searches, the best models by BIC. For the other methods, the chosen model and the
 * models differing from it by one two-list interaction, by AIC.
 */
export function listCloseModels(table: CaptureTable, run: SelectionRun): CloseModel[] {
  const chosenKey = modelKey(run.selected.prepared.interactionMasks);
  const describe = (interactions: number[]) => findGenerators([...interactions].sort(compareTerms), table.listCount).map((mask) => nameTerm(mask, table.listNames));
  if (run.ranking && run.ranking.length > 0) {
    const best = run.ranking[0]!.bic;
    return run.ranking.slice(0, CLOSE_MODEL_COUNT).map((ranked) => ({
      generators: describe(ranked.interactions),
      criterion: 'BIC',
      value: ranked.bic,
      delta: ranked.bic - best,
      estimate: ranked.total,
      isChosen: modelKey(ranked.interactions) === chosenKey,
    }));
  }
  const fitter = new PoissonFitter(table.listCount);
  fitter.loadCounts(table.counts);
  const chosen = [...run.selected.prepared.interactionMasks];
  const candidates: number[][] = [chosen];
  for (const pair of listPairs(table.listCount)) {
    candidates.push(chosen.includes(pair) ? chosen.filter((term) => term !== pair) : [...chosen, pair]);
  }
  const scored: Array<{ interactions: number[]; aic: number; estimate: number }> = [];
  for (const interactions of candidates) {
    const fitted = fitForBic(fitter, interactions, null);
    if (!fitted) continue;
    scored.push({ interactions, aic: computeAic(fitted.ranked.logLikelihood, fitted.ranked.totalParameterCount), estimate: fitted.ranked.total });
  }
  scored.sort((left, right) => left.aic - right.aic);
  const best = scored[0]?.aic ?? 0;
  return scored.slice(0, CLOSE_MODEL_COUNT).map((entry) => ({
    generators: describe(entry.interactions),
    criterion: 'AIC',
    value: entry.aic,
    delta: entry.aic - best,
    estimate: entry.estimate,
    isChosen: modelKey(entry.interactions) === chosenKey,
  }));
}
