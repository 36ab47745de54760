// Chooses and fits the model for one of the estimation methods on the original table, and refuses
// (with the reason) a model whose estimate does not exist.

import { selectByAicStepwise } from './aic-stepwise-selection';
import { selectByBic, selectByDownhill, type RankedModel } from './bic-selection';
import type { CaptureTable } from './contingency-table';
import { describeModelCheck } from './describe-model-check';
import { EstimationError } from './estimation-error';
import type { ResolvedOptions } from './estimation-options';
import { checkPreparedModel } from './model-check';
import { parseInteractionTerms } from './model-terms';
import { PoissonFitter } from './poisson-fitter';
import { prepareModel } from './prepared-model';
import { fitSelected, selectByPoissonStepwise, type SelectedModel } from './stepwise-selection';

/** The chosen model, fitted, and the fitter holding its fit. */
export interface SelectionRun {
  fitter: PoissonFitter;
  selected: SelectedModel;
  /** BIC and downhill: valid models evaluated, by increasing BIC. */
  ranking: RankedModel[] | null;
  modelsConsidered: number | null;
}

/**
 * Runs the method's model selection on the table.
 * @throws EstimationError MODEL_DOES_NOT_EXIST or MODEL_NOT_IDENTIFIABLE (with the check's explanation)
 *   when the chosen or given model has no estimate; NO_VALID_MODEL, TOO_MANY_MODELS, INVALID_MODEL.
 */
export function runSelection(table: CaptureTable, options: ResolvedOptions): SelectionRun {
  const fitter = new PoissonFitter(table.listCount);
  fitter.loadCounts(table.counts);
  switch (options.method) {
    case 'stepwise':
      return finish(fitter, table, requireStartingModel(fitter, table) ?? selectByPoissonStepwise(fitter, options.threshold), null, null);
    case 'aic':
      return finish(fitter, table, requireStartingModel(fitter, table) ?? selectByAicStepwise(fitter, options.threshold), null, null);
    case 'main':
    case 'fixed': {
      const interactions = options.method === 'main' ? [] : parseInteractionTerms(table.listNames, options.interactions);
      const prepared = prepareModel(fitter, interactions);
      const check = checkPreparedModel(fitter, prepared, false);
      if (check.code !== 0) {
        throw new EstimationError(check.exists ? 'MODEL_NOT_IDENTIFIABLE' : 'MODEL_DOES_NOT_EXIST', describeModelCheck(check, prepared, table.listNames), { code: check.code });
      }
      return finish(fitter, table, fitSelected(fitter, prepared, []), null, null);
    }
    case 'bic': {
      const selection = selectByBic(fitter, options.maxOrder);
      return finish(fitter, table, selection.selected, selection.ranking, selection.modelCount);
    }
    case 'downhill': {
      const selection = selectByDownhill(fitter, options.maxOrder);
      return finish(fitter, table, selection.selected, selection.evaluated, selection.evaluated.length);
    }
  }
}

/** The stepwise methods start from main effects: refuse the table if even that model has no estimate. */
function requireStartingModel(fitter: PoissonFitter, table: CaptureTable): null {
  const prepared = prepareModel(fitter, []);
  const check = checkPreparedModel(fitter, prepared, false);
  if (check.code !== 0) {
    throw new EstimationError(
      check.exists ? 'MODEL_NOT_IDENTIFIABLE' : 'MODEL_DOES_NOT_EXIST',
      `The main-effects model, where every stepwise search starts, cannot be used. ${describeModelCheck(check, prepared, table.listNames)}`,
      { code: check.code },
    );
  }
  return null;
}

function finish(fitter: PoissonFitter, table: CaptureTable, selected: SelectedModel, ranking: RankedModel[] | null, modelsConsidered: number | null): SelectionRun {
  if (selected.estimate.status !== 'fitted' || !Number.isFinite(selected.estimate.logHiddenFigure)) {
    const check = checkPreparedModel(fitter, selected.prepared, true);
    throw new EstimationError('MODEL_DOES_NOT_EXIST', `The selected model has no finite estimate. ${describeModelCheck(check, selected.prepared, table.listNames)}`, {
      code: check.code,
    });
  }
  // Refit as R's glm does (same start, iterates and stopping rule), so that the reported figures
  // are the reference packages' to the last digit; this also leaves the fitter holding this model.
  const status = fitter.fit(selected.estimate.layout, selected.coefficients, false, 'glm');
  if (status === 'singular') throw new EstimationError('MODEL_NOT_IDENTIFIABLE', 'The selected model could not be refitted: its information matrix is singular.');
  return { fitter, selected, ranking, modelsConsidered };
}
