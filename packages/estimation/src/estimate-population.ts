// The engine's main entry: choose a model, estimate the total population, and give its intervals
// (normal on the log scale, multinomial profile likelihood, and the BCa bootstrap that repeats the
// model selection in every replicate).

import { computeBcaEndpoints, computeJackknifeAcceleration } from './bca-interval';
import type { ReplicateTask } from './replicate-runner';
import { describeModelCheck } from './describe-model-check';
import { listCloseModels, type CloseModel } from './close-models';
import { validateContingencyTable, type CaptureTable, type ContingencyTable } from './contingency-table';
import { normalQuantile } from './distributions';
import { ALL_MODELS_LIMIT, DEFAULT_TOP_MODELS, resolveEstimationOptions, type EstimationMethod, type EstimationOptions, type ResolvedOptions } from './estimation-options';
import { findGenerators } from './hierarchical-models';
import { compareTerms, nameTerm } from './lattice';
import { checkPreparedModel } from './model-check';
import { computeAic, computeBic } from './model-evaluation';
import { findDefaultWorkerCount, runReplicateTasks } from './parallel-replicates';
import { computeProfileLikelihood } from './profile-likelihood';
import type { ReplicateMethod } from './replicate-estimator';
import { runSelection, type SelectionRun } from './run-selection';

/** A confidence interval; an endpoint is null when it is unbounded or cannot be computed (see `note`). */
export interface EstimateInterval {
  method: 'normal-log' | 'profile' | 'bca';
  level: number;
  lower: number | null;
  upper: number | null;
  note?: string;
}

/** The fitted model, described with list names. */
export interface ModelDescription {
  /** Interaction terms in the model, e.g. "LA:NG" (including those fixed at −∞). */
  interactions: string[];
  /** Interactions with no one in common, fixed at −∞ (their cells are dropped from the fit). */
  minusInfinityTerms: string[];
  /** Hierarchical generators, e.g. ["EXH:ABA:OSCE", "EXH:HRW", "OSCE:HRW"]. */
  generators: string[];
  /** Intercept, main effects and interactions, counting those at −∞. */
  parameterCount: number;
  logLikelihood: number;
  deviance: number;
  aic: number;
  bic: number;
  check: { code: 0 | 1 | 2 | 3; message: string };
}

/** One step of a stepwise selection. */
export interface SelectionStepDescription {
  term: string;
  pValue: number;
  aic?: number;
}

/** Bootstrap details behind the BCa interval. */
export interface BootstrapSummary {
  replicates: number;
  seed: number;
  workers: number;
  acceleration: number | null;
  biasCorrection: number | null;
  usableReplicates: number;
  unboundedReplicates: number;
  /** Replicates where no model could be fitted (left out). */
  failedReplicates: number;
  estimates?: Array<number | null>;
}

/** Everything {@link estimatePopulation} finds. All numbers are finite. */
export interface EstimationResult {
  method: EstimationMethod;
  listNames: string[];
  observedTotal: number;
  /** Poisson point estimate of the total population, n + exp(intercept). */
  estimate: number;
  /** Estimated number of people on no list. */
  hiddenFigure: number;
  /** Standard error of the estimate, √(e^β₀ + e^{2β₀} var β₀) as Rcapture reports it; null if the information matrix is singular. */
  standardError: number | null;
  /** Maximiser of the multinomial profile likelihood (Rcapture's estimate), if computed. */
  profileEstimate: number | null;
  /** The figure to quote for this method: the profile estimate and interval for 'aic' (as the Home Office), else the Poisson estimate with the BCa interval if bootstrapped, the normal-log one otherwise. */
  headline: { estimate: number; interval: EstimateInterval | null };
  model: ModelDescription;
  selection: { steps: SelectionStepDescription[]; modelsConsidered: number | null; closeModels: CloseModel[] };
  intervals: EstimateInterval[];
  bootstrap: BootstrapSummary | null;
  warnings: string[];
  timings: { selectionMs: number; profileMs: number; bootstrapMs: number; totalMs: number };
}

/**
 * Estimates the total population from a contingency table.
 * @throws EstimationError for an invalid table or option (see validateContingencyTable and
 *   resolveEstimationOptions), MODEL_DOES_NOT_EXIST / MODEL_NOT_IDENTIFIABLE when the model has no
 *   estimate, NO_VALID_MODEL / TOO_MANY_MODELS for the BIC searches, WORKER_FAILED.
 */
export async function estimatePopulation(input: ContingencyTable | CaptureTable, options: EstimationOptions = {}): Promise<EstimationResult> {
  const started = performance.now();
  const table = isCaptureTable(input) ? input : validateContingencyTable(input);
  const resolved = resolveEstimationOptions(options, table.listCount);
  const run = runSelection(table, resolved);
  const selectedAt = performance.now();
  const warnings: string[] = [];
  const { fitter, selected } = run;
  const { layout } = selected.estimate;
  const hiddenFigure = Math.exp(selected.coefficients[0]!);
  const estimate = table.observedTotal + hiddenFigure;
  const intervals: EstimateInterval[] = [];

  const logVariance = fitter.inverseInformationDiagonal(layout, 0);
  for (const level of resolved.confidenceLevels) {
    const z = normalQuantile(0.5 + level / 2);
    if (logVariance > 0 && Number.isFinite(logVariance)) {
      const spread = z * Math.sqrt(logVariance);
      intervals.push({ method: 'normal-log', level, lower: table.observedTotal + hiddenFigure * Math.exp(-spread), upper: finiteOrNull(table.observedTotal + hiddenFigure * Math.exp(spread)) });
    } else {
      intervals.push({ method: 'normal-log', level, lower: null, upper: null, note: 'the information matrix is singular' });
    }
  }
  const model = describeModel(run, table);

  let profileEstimate: number | null = null;
  if (resolved.profile) {
    const profile = computeProfileLikelihood(table.counts, table.listCount, layout, selected.coefficients, table.observedTotal, estimate, resolved.confidenceLevels);
    profileEstimate = profile.estimate;
    for (const interval of profile.intervals) {
      const note = interval.upper === null ? 'the upper limit is beyond three times the estimate' : undefined;
      intervals.push({ method: 'profile', level: interval.level, lower: interval.lower, upper: interval.upper, ...(note ? { note } : {}) });
      if (note) warnings.push(`The ${Math.round(interval.level * 100)}% profile-likelihood interval has no upper limit below three times the estimate.`);
    }
  }
  const profiledAt = performance.now();

  const bootstrap = resolved.bootstrap ? await runBootstrap(table, resolved, run, estimate, intervals, warnings) : null;
  const finishedAt = performance.now();

  if (model.minusInfinityTerms.length > 0) {
    warnings.push(`No one is on both lists of ${model.minusInfinityTerms.join(', ')}; ${model.minusInfinityTerms.length === 1 ? 'that interaction is' : 'those interactions are'} fixed at −∞.`);
  }
  const headline = chooseHeadline(resolved, estimate, profileEstimate, intervals);
  return {
    method: resolved.method,
    listNames: [...table.listNames],
    observedTotal: table.observedTotal,
    estimate,
    hiddenFigure,
    standardError: logVariance > 0 && Number.isFinite(logVariance) ? finiteOrNull(Math.sqrt(hiddenFigure + hiddenFigure * hiddenFigure * logVariance)) : null,
    profileEstimate,
    headline,
    model,
    selection: {
      steps: selected.steps.map((step) => ({ term: nameTerm(step.term, table.listNames), pValue: step.pValue, ...(step.criterion === undefined ? {} : { aic: step.criterion }) })),
      modelsConsidered: run.modelsConsidered,
      closeModels: listCloseModels(table, run),
    },
    intervals,
    bootstrap,
    warnings,
    timings: {
      selectionMs: selectedAt - started,
      profileMs: profiledAt - selectedAt,
      bootstrapMs: finishedAt - profiledAt,
      totalMs: finishedAt - started,
    },
  };
}

function isCaptureTable(input: ContingencyTable | CaptureTable): input is CaptureTable {
  return (input as CaptureTable).counts instanceof Float64Array && typeof (input as CaptureTable).listCount === 'number';
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function describeModel(run: SelectionRun, table: CaptureTable): ModelDescription {
  const { fitter, selected } = run;
  const { prepared } = selected;
  const listNames = table.listNames;
  const logLikelihood = fitter.logLikelihood;
  const check = checkPreparedModel(fitter, prepared, true);
  const interactions = [...prepared.interactionMasks].sort(compareTerms);
  return {
    interactions: interactions.map((mask) => nameTerm(mask, listNames)),
    minusInfinityTerms: prepared.minusInfinityMasks.filter((mask) => interactions.includes(mask)).sort(compareTerms).map((mask) => nameTerm(mask, listNames)),
    generators: findGenerators(interactions, table.listCount).map((mask) => nameTerm(mask, listNames)),
    parameterCount: prepared.totalParameterCount,
    logLikelihood,
    deviance: fitter.deviance,
    aic: computeAic(logLikelihood, prepared.totalParameterCount),
    bic: computeBic(logLikelihood, prepared.totalParameterCount, table.observedTotal),
    check: { code: check.code, message: describeModelCheck(check, prepared, listNames) },
  };
}

function chooseHeadline(options: ResolvedOptions, estimate: number, profileEstimate: number | null, intervals: EstimateInterval[]): EstimationResult['headline'] {
  const level = options.confidenceLevels[0]!;
  const find = (method: EstimateInterval['method']) => intervals.find((interval) => interval.method === method && interval.level === level) ?? null;
  if (options.method === 'aic' && profileEstimate !== null) return { estimate: profileEstimate, interval: find('profile') };
  return { estimate, interval: find('bca') ?? find('normal-log') };
}

function replicateMethodOf(options: ResolvedOptions, run: SelectionRun): ReplicateMethod {
  switch (options.method) {
    case 'stepwise':
      return { kind: 'stepwise', threshold: options.threshold };
    case 'aic':
      return { kind: 'aic', threshold: options.threshold };
    case 'main':
    case 'fixed':
      return { kind: 'fixed', interactions: [...run.selected.prepared.interactionMasks] };
    case 'downhill':
      return { kind: 'downhill', maxOrder: options.maxOrder };
    case 'bic':
      return { kind: 'bic', models: (run.ranking ?? []).slice(0, topModelCount(options, run)).map((ranked) => ranked.interactions) };
  }
}

/** How many of the best original-data models the BIC bootstrap chooses among. */
function topModelCount(options: ResolvedOptions, run: SelectionRun): number {
  const available = run.ranking?.length ?? 0;
  const requested = options.bootstrap?.topModels;
  if (requested !== null && requested !== undefined) return Math.min(requested, available);
  return available <= ALL_MODELS_LIMIT ? available : DEFAULT_TOP_MODELS;
}

async function runBootstrap(
  table: CaptureTable,
  options: ResolvedOptions,
  run: SelectionRun,
  estimate: number,
  intervals: EstimateInterval[],
  warnings: string[],
): Promise<BootstrapSummary> {
  const settings = options.bootstrap!;
  const configuration = { listCount: table.listCount, counts: Array.from(table.counts), method: replicateMethodOf(options, run), seed: settings.seed };
  const positiveCells: number[] = [];
  table.counts.forEach((count, cell) => {
    if (cell > 0 && count > 0) positiveCells.push(cell);
  });
  // Small tasks keep both threads busy to the end; replicate b always uses stream (seed, b).
  const chunk = Math.max(1, Math.min(25, Math.ceil(settings.replicates / 64)));
  const tasks: ReplicateTask[] = [];
  for (let from = 0; from < positiveCells.length; from += 4) tasks.push({ kind: 'jackknife', from, to: Math.min(from + 4, positiveCells.length) });
  const jackknifeTaskCount = tasks.length;
  for (let from = 0; from < settings.replicates; from += chunk) tasks.push({ kind: 'bootstrap', from, to: Math.min(from + chunk, settings.replicates) });
  const workers = settings.workers ?? (await findDefaultWorkerCount());
  const report = await runReplicateTasks(configuration, tasks, workers);
  const jackknife = concatenate(report.values.slice(0, jackknifeTaskCount));
  const replicates = concatenate(report.values.slice(jackknifeTaskCount));
  const acceleration = computeJackknifeAcceleration(jackknife, Float64Array.from(positiveCells, (cell) => table.counts[cell]!));
  const probabilities = options.confidenceLevels.flatMap((level) => [(1 - level) / 2, (1 + level) / 2]);
  const bca = computeBcaEndpoints(replicates, estimate, acceleration, probabilities);
  options.confidenceLevels.forEach((level, index) => {
    const lower = bca.endpoints[2 * index]!.value;
    const upper = bca.endpoints[2 * index + 1]!.value;
    intervals.push({ method: 'bca', level, lower, upper, ...(bca.problem && (lower === null || upper === null) ? { note: bca.problem } : {}) });
  });
  const failedReplicates = replicates.length - bca.usableReplicates;
  if (options.method === 'bic') {
    const used = topModelCount(options, run);
    const available = run.ranking?.length ?? 0;
    if (used < available) warnings.push(`The BIC bootstrap chose among the ${used} best of ${available} models by original-data BIC (set bootstrap.topModels to change).`);
  }
  if (bca.problem) warnings.push(`BCa interval: ${bca.problem}.`);
  if (bca.unboundedReplicates > 0) warnings.push(`${bca.unboundedReplicates} of ${settings.replicates} bootstrap replicates had no finite estimate (counted as larger than any other).`);
  if (failedReplicates > 0) warnings.push(`${failedReplicates} of ${settings.replicates} bootstrap replicates could not be fitted and were left out.`);
  return {
    replicates: settings.replicates,
    seed: settings.seed,
    workers: report.workerCount,
    acceleration: bca.acceleration,
    biasCorrection: bca.biasCorrection,
    usableReplicates: bca.usableReplicates,
    unboundedReplicates: bca.unboundedReplicates,
    failedReplicates,
    ...(settings.includeReplicates ? { estimates: Array.from(replicates, (value) => (Number.isFinite(value) ? value : null)) } : {}),
  };
}

function concatenate(parts: Float64Array[]): Float64Array {
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  const joined = new Float64Array(length);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
