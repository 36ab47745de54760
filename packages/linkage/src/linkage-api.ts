import type { LinkageRecord } from './encode/encode-records';
import type { JobOptions } from './engine/progress';
import type { LinkageModel } from './model/linkage-model';
import { resolveSettings } from './model/resolve-settings';
import type { LinkageSettings } from './model/settings';
import { buildIndexes, trainModel } from './model/train-model';
import { columnsOf, prepareJob, runLinkage, scoreBlockedPairs, createExplainer, type LinkageResult, type LinkageRunOptions, type RuleCount } from './run-linkage';
import { encodeRecords } from './encode/encode-records';
import { weightOfProbability } from './model/linkage-model';
import type { ScoredPair, ScoredPairs } from './scored-pairs';

/** Records to deduplicate, or two lists to link. */
export type LinkageInput = readonly LinkageRecord[] | { left: readonly LinkageRecord[]; right: readonly LinkageRecord[] };

function split(input: LinkageInput): [readonly LinkageRecord[], readonly LinkageRecord[] | undefined] {
  return Array.isArray(input) ? [input as readonly LinkageRecord[], undefined] : [(input as { left: readonly LinkageRecord[] }).left, (input as { right: readonly LinkageRecord[] }).right];
}

/**
 * Checks settings against the columns of the data (when given) and returns them. Throws
 * SettingsError listing every problem (a comparison on a missing column, an unknown kind, a bad
 * threshold …).
 */
export function validateSettings(settings: unknown, columns?: readonly string[]): LinkageSettings {
  resolveSettings(settings, columns);
  return settings as LinkageSettings;
}

/**
 * The number of pairs each blocking rule generates on its own, computed from the data before any
 * scoring — to judge rules and to see which one a ceiling refusal is about. Throws SettingsError.
 */
export function countBlockedPairs(settings: LinkageSettings, input: LinkageInput): RuleCount[] {
  const [left, right] = split(input);
  const resolved = resolveSettings(settings, columnsOf(left, ...(right ? [right] : [])));
  const encoded = encodeRecords(resolved, left, right);
  return buildIndexes(resolved.blockingRules, encoded).map((index) => ({ rule: index.name, pairs: index.pairCount }));
}

/**
 * Trains a model without labels: u from random pairs, the prior from the deterministic rules,
 * m by EM per training rule. The result is plain JSON (see LinkageModel) to store, show and reuse.
 * Throws SettingsError, BlockingLimitError (a rule over the ceiling) or AbortError.
 */
export async function train(settings: LinkageSettings, input: LinkageInput, options: JobOptions = {}): Promise<LinkageModel> {
  const [left, right] = split(input);
  const job = await prepareJob(settings, left, right, options, true);
  try {
    const { model } = await trainModel(job.settings, job.rawSettings, job.input, job.runner, { deterministic: job.deterministic, training: job.training, blocking: job.blocking }, options);
    return model;
  } finally {
    await job.runner.close();
  }
}

/**
 * Finds duplicates within one list: trains a model from the settings (or uses the model given),
 * scores every blocked pair once, clusters pairs at or above the threshold (default p = 0.5).
 * Throws SettingsError, BlockingLimitError or AbortError.
 */
export function dedupe(records: readonly LinkageRecord[], settingsOrModel: LinkageSettings | LinkageModel, options: LinkageRunOptions = {}): Promise<LinkageResult> {
  return runLinkage(settingsOrModel, records, undefined, options);
}

/**
 * Links two lists (pairs always join a left and a right record). With `oneToOne`, each record
 * keeps at most its best partner, for lists known to have no duplicates within themselves.
 * Throws SettingsError, BlockingLimitError or AbortError.
 */
export function link(
  left: readonly LinkageRecord[], right: readonly LinkageRecord[], settingsOrModel: LinkageSettings | LinkageModel, options: LinkageRunOptions = {},
): Promise<LinkageResult> {
  return runLinkage(settingsOrModel, left, right, options);
}

/** Scored pairs of a trained model over new data, without clustering. */
export interface ScorePairsResult {
  pairs: ScoredPairs;
  scoredPairs: number;
  blockingRules: RuleCount[];
  explain(pairIndex: number): ScoredPair;
}

/**
 * Scores the blocked pairs of records (or of two lists) with a trained model, keeping pairs at or
 * above `keepPairsAbove` (default 0.5). Throws SettingsError, BlockingLimitError or AbortError.
 */
export async function scorePairs(model: LinkageModel, input: LinkageInput, options: JobOptions & { keepPairsAbove?: number } = {}): Promise<ScorePairsResult> {
  const [left, right] = split(input);
  const keep = options.keepPairsAbove ?? 0.5;
  if (!(keep > 0 && keep < 1)) throw new RangeError('keepPairsAbove must be between 0 and 1');
  const job = await prepareJob(model, left, right, options, false);
  try {
    const { pairs, scored, newPairs } = await scoreBlockedPairs(job, model, weightOfProbability(keep), options);
    return {
      pairs, scoredPairs: scored,
      blockingRules: job.blocking.map((index, rule) => ({ rule: index.name, pairs: index.pairCount, newPairs: newPairs[rule]! })),
      explain: createExplainer(job, model, pairs, { left, right }),
    };
  } finally {
    await job.runner.close();
  }
}

/** The model as pretty JSON, for storing with its version. */
export function serialiseModel(model: LinkageModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

/** One row per comparison level: what administrators see of a model. */
export interface ModelParameterRow {
  comparison: string;
  level: string;
  m: number | null;
  u: number | null;
  weight: number;
  termFrequency: boolean;
}

/** Flattens a model into rows of comparison, level, m, u and weight, for display. */
export function describeModel(model: LinkageModel): ModelParameterRow[] {
  return model.comparisons.flatMap((comparison) => comparison.levels.map((level) => ({
    comparison: comparison.name, level: level.label, m: level.m, u: level.u, weight: level.weight, termFrequency: level.termFrequency,
  })));
}
