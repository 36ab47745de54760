import { validateContingencyTable, type CaptureTable, type ContingencyTable } from './contingency-table';
import { describeModelCheck } from './describe-model-check';
import { nameCell, nameTerm } from './lattice';
import { checkPreparedModel, type ModelCheckCode } from './model-check';
import { parseInteractionTerms } from './model-terms';
import { PoissonFitter } from './poisson-fitter';
import { prepareModel } from './prepared-model';

/** Existence and identifiability of a model's maximum-likelihood estimate on a table. */
export interface ModelCheckResult {
  /** 0 fine, 1 the MLE does not exist, 2 not identifiable, 3 both. */
  code: ModelCheckCode;
  exists: boolean;
  identifiable: boolean;
  /** Which condition failed and why, in plain language. */
  message: string;
  /** Interactions with no one in common, fixed at −∞. */
  minusInfinityTerms: string[];
  /** Capture patterns (lists joined by "+") whose expected count the likelihood would push to zero. */
  cellsForcedToZero: string[];
}

/**
 * Checks a model given by its interactions (e.g. [["A", "B"], ["A", "C"]]) with the
 * Fienberg–Rinaldo linear-programming test and a rank check (Chan, Silverman and Vincent 2021).
 * @throws EstimationError for an invalid table (see validateContingencyTable) or INVALID_MODEL.
 */
export function checkModel(input: ContingencyTable | CaptureTable, interactions: ReadonlyArray<readonly string[] | string>): ModelCheckResult {
  const table = 'counts' in input ? input : validateContingencyTable(input);
  const fitter = new PoissonFitter(table.listCount);
  fitter.loadCounts(table.counts);
  const prepared = prepareModel(fitter, parseInteractionTerms(table.listNames, interactions));
  const outcome = checkPreparedModel(fitter, prepared, false);
  return {
    code: outcome.code,
    exists: outcome.exists,
    identifiable: outcome.identifiable,
    message: describeModelCheck(outcome, prepared, table.listNames),
    minusInfinityTerms: prepared.minusInfinityMasks.map((mask) => nameTerm(mask, table.listNames)),
    cellsForcedToZero: outcome.cellsForcedToZero.map((cell) => nameCell(cell, table.listNames)),
  };
}
