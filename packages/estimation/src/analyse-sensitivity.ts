// How much the point estimate moves when the analyst's choices move: the p-value threshold (or the
// maximum interaction order for BIC) and merging the small lists into one.

import { mergeLists, validateContingencyTable, type CaptureTable, type ContingencyTable } from './contingency-table';
import { DEFAULT_SMALL_LIST_SHARE, diagnoseTable } from './diagnose-table';
import { isEstimationError } from './estimation-error';
import { resolveEstimationOptions, type EstimationOptions } from './estimation-options';
import { compareTerms, nameTerm } from './lattice';
import { runSelection } from './run-selection';

/** The estimate under one alternative choice, or why there is none. */
export interface SensitivityPoint {
  setting: string;
  estimate: number | null;
  interactions: string[];
  problem?: string;
}

/** Estimates under alternative settings. */
export interface SensitivityReport {
  /** Threshold (stepwise, AIC) or maximum order (BIC, downhill) varied. */
  settings: SensitivityPoint[];
  /** Estimate after merging every small list into one, when there are at least two small lists. */
  mergedSmallLists: (SensitivityPoint & { merged: string[] }) | null;
}

/** Thresholds tried by default for the stepwise methods. */
export const DEFAULT_SENSITIVITY_THRESHOLDS = [0.001, 0.005, 0.01, 0.02, 0.05, 0.1];

/**
 * Re-estimates (point estimates only) under alternative thresholds or orders and after merging
 * small lists. Never throws for a valid table: failures are reported per setting.
 * @throws EstimationError for an invalid table or options.
 */
export function analyseSensitivity(
  input: ContingencyTable | CaptureTable,
  options: EstimationOptions = {},
  thresholds: readonly number[] = DEFAULT_SENSITIVITY_THRESHOLDS,
  smallListShare = DEFAULT_SMALL_LIST_SHARE,
): SensitivityReport {
  const table = 'counts' in input ? input : validateContingencyTable(input);
  const base = resolveEstimationOptions({ ...options, bootstrap: null, profile: false }, table.listCount);
  const settings: SensitivityPoint[] = [];
  if (base.method === 'stepwise' || base.method === 'aic') {
    for (const threshold of thresholds) settings.push(estimateWith(table, { ...options, threshold, bootstrap: null }, `threshold ${threshold}`));
  } else if (base.method === 'bic' || base.method === 'downhill') {
    const highest = base.method === 'bic' ? Math.min(table.listCount - 1, table.listCount <= 5 ? 4 : 2) : table.listCount - 1;
    for (let order = 1; order <= highest; order += 1) settings.push(estimateWith(table, { ...options, maxOrder: order, bootstrap: null }, `maximum order ${order}`));
  }
  const small = diagnoseTable(table, smallListShare).smallLists;
  let mergedSmallLists: SensitivityReport['mergedSmallLists'] = null;
  if (small.length >= 2 && small.length < table.listCount) {
    const mergedName = small.join('');
    try {
      const merged = mergeLists(table, [small], [mergedName]);
      const point = estimateWith(merged, { ...options, bootstrap: null, ...(options.method === 'fixed' ? { method: 'stepwise' as const } : {}) }, `merged ${small.join(', ')}`);
      mergedSmallLists = { ...point, merged: small };
    } catch (error) {
      if (!isEstimationError(error)) throw error;
      mergedSmallLists = { setting: `merged ${small.join(', ')}`, estimate: null, interactions: [], problem: error.message, merged: small };
    }
  }
  return { settings, mergedSmallLists };
}

function estimateWith(table: CaptureTable, options: EstimationOptions, setting: string): SensitivityPoint {
  try {
    const run = runSelection(table, resolveEstimationOptions({ ...options, profile: false }, table.listCount));
    const interactions = [...run.selected.prepared.interactionMasks].sort(compareTerms).map((mask) => nameTerm(mask, table.listNames));
    return { setting, estimate: table.observedTotal + Math.exp(run.selected.coefficients[0]!), interactions };
  } catch (error) {
    if (!isEstimationError(error)) throw error;
    return { setting, estimate: null, interactions: [], problem: error.message };
  }
}
