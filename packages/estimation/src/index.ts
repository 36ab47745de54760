// @ctip/estimation — multiple systems estimation of a hidden population from overlapping lists.
// Pure: plain data in, plain data out (worker threads are used only for the bootstrap).

export { EstimationError, isEstimationError, type EstimationErrorCode } from './estimation-error';
export {
  buildContingencyTable,
  mergeLists,
  toContingencyTable,
  validateContingencyTable,
  MAXIMUM_LIST_COUNT,
  MINIMUM_LIST_COUNT,
  type CaptureTable,
  type ContingencyRow,
  type ContingencyTable,
} from './contingency-table';
export { parseContingencyCsv } from './parse-contingency-csv';
export { checkModel, type ModelCheckResult } from './check-model';
export {
  estimatePopulation,
  type BootstrapSummary,
  type EstimateInterval,
  type EstimationResult,
  type ModelDescription,
  type SelectionStepDescription,
} from './estimate-population';
export { defaultBicMaxOrder, MAXIMUM_REPLICATES, type BootstrapOptions, type EstimationMethod, type EstimationOptions } from './estimation-options';
export type { CloseModel } from './close-models';
export { diagnoseTable, DEFAULT_SMALL_LIST_SHARE, type ListSummary, type TableDiagnostics } from './diagnose-table';
export { analyseSensitivity, DEFAULT_SENSITIVITY_THRESHOLDS, type SensitivityPoint, type SensitivityReport } from './analyse-sensitivity';
export { chooseRoundingStep, roundPublishedRange, roundToNearest, type PublishedRange } from './publication-rounding';
export { stopEstimationWorkers } from './parallel-replicates';
