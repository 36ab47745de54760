import { availableParallelism } from 'node:os';
import { buildBlockIndex, type BlockIndex } from './blocking/block-index';
import { planPairTasks } from './blocking/pair-tasks';
import { selectBestLinks } from './cluster/best-link';
import { clusterConnectedComponents } from './cluster/connected-components';
import { encodeRecordsWith, type EncodedInput, type LinkageRecord } from './encode/encode-records';
import { JobContext, type JobContextData, type JobTask, type ScoreResult } from './engine/job-context';
import type { JobOptions } from './engine/progress';
import { InlineRunner, WorkerRunner, abortError, type TaskRunner } from './engine/task-runner';
import { createScoringTable, probabilityOfWeight, termFrequencyAdjustment, weightOfProbability, type LinkageModel } from './model/linkage-model';
import { parseModel } from './model/parse-model';
import { resolveSettings, type ResolvedRule, type ResolvedSettings } from './model/resolve-settings';
import type { LinkageSettings } from './model/settings';
import { BlockingLimitError } from './model/settings-error';
import { trainModel } from './model/train-model';
import type { ScoredPair, ScoredPairs } from './scored-pairs';

/** Options of a dedupe or link run. */
export interface LinkageRunOptions extends JobOptions {
  /** Match probability at which records are joined into clusters (default 0.5). */
  threshold?: number;
  /** Pairs at or above this probability are returned (default: the threshold). */
  keepPairsAbove?: number;
  /** Link only: each record links to at most one record of the other list ("best link"). */
  oneToOne?: boolean;
}

/** Blocking statistics of one rule. */
export interface RuleCount {
  rule: string;
  /** Pairs the rule generates on its own. */
  pairs: number;
  /** Pairs it adds to the earlier rules (what is actually scored). */
  newPairs?: number;
}

/** Figures of a run, for logs, the CLI's summary and benchmarks. */
export interface LinkageSummary {
  mode: 'dedupe' | 'link';
  records: number;
  leftRecords: number;
  rightRecords: number;
  threads: number;
  threshold: number;
  blockingRules: RuleCount[];
  scoredPairs: number;
  keptPairs: number;
  matchedPairs: number;
  clusters: number;
  seconds: { encode: number; index: number; train: number; score: number; cluster: number; total: number };
  warnings: string[];
}

/** The outcome of a dedupe or link run. */
export interface LinkageResult {
  model: LinkageModel;
  pairs: ScoredPairs;
  /** Cluster number of every record (for a link: left records first, then right ones). */
  clusters: Int32Array;
  /** Link with oneToOne: indices of the chosen pairs. */
  bestLinks?: Int32Array;
  summary: LinkageSummary;
  /** Explains pair i of `pairs` comparison by comparison. */
  explain(pairIndex: number): ScoredPair;
}

/** Every column name used by any record (records may omit empty fields). */
export function columnsOf(...lists: ReadonlyArray<readonly LinkageRecord[]>): string[] {
  const columns = new Set<string>();
  for (const list of lists) for (const record of list) for (const key of Object.keys(record)) columns.add(key);
  return [...columns];
}

/** Threads to use: the caller's choice, or the machine's cores (at most 8) for more than 20,000 records. */
export function chooseThreads(requested: number | undefined, recordCount: number): number {
  if (requested !== undefined) return Math.max(1, Math.floor(requested));
  if (recordCount < 20_000) return 1;
  return Math.max(1, Math.min(8, availableParallelism()));
}

/** Checks every rule's pair count against the ceiling; throws BlockingLimitError naming the offenders. */
export function checkPairCeiling(indexes: BlockIndex[], limit: number): void {
  const counts = indexes.map((index) => ({ rule: index.name, pairs: index.pairCount, limit }));
  if (counts.some((count) => count.pairs > limit)) throw new BlockingLimitError(counts);
}

function seconds(since: number): number {
  return Math.round((performance.now() - since)) / 1000;
}

/** Prepared state of a job: settings, encoded records, block indexes and the thread pool. */
export interface PreparedJob {
  settings: ResolvedSettings;
  rawSettings: LinkageSettings;
  input: EncodedInput;
  blocking: BlockIndex[];
  deterministic: BlockIndex[];
  deterministicRules: ResolvedRule[];
  training: BlockIndex[];
  runner: TaskRunner;
  context: JobContextData;
  seconds: { encode: number; index: number };
}

/**
 * Resolves the settings against the records' columns, encodes the records, builds every rule's
 * block index and refuses (BlockingLimitError) a rule over the pair ceiling — all before any pair
 * is scored. Throws SettingsError for bad settings.
 */
export async function prepareJob(
  settingsOrModel: LinkageSettings | LinkageModel, left: readonly LinkageRecord[], right: readonly LinkageRecord[] | undefined,
  options: JobOptions, needsTraining: boolean,
): Promise<PreparedJob> {
  const rawSettings = 'format' in settingsOrModel ? settingsOrModel.settings : settingsOrModel;
  const settings = resolveSettings(rawSettings, columnsOf(left, ...(right ? [right] : [])));
  const started = performance.now();
  const threads = chooseThreads(options.threads, left.length + (right?.length ?? 0));
  const runner: TaskRunner = threads > 1 ? new WorkerRunner(threads) : new InlineRunner();
  try {
    options.onProgress?.({ phase: 'encode', done: 0, total: 1 });
    const input = await encodeRecordsWith(settings, left, right, (values, normaliser) => runner.encodeText(values, normaliser));
    const { dataset } = input;
    options.onProgress?.({ phase: 'encode', done: 1, total: 1 });
    const encodeSeconds = seconds(started);
    if (options.signal?.aborted) throw abortError();
    const indexStarted = performance.now();
    const context: JobContextData = { dataset, comparisons: settings.comparisons, indexSets: {} };
    await runner.initialise(context);
    const deterministicRules = settings.deterministicRules;
    const ruleSets = [settings.blockingRules, ...(needsTraining ? [deterministicRules, settings.trainingRules] : [])];
    const indexSets = await buildIndexSets(ruleSets, input, runner, options);
    const [blocking, deterministic = [], training = []] = indexSets;
    checkPairCeiling([...blocking!, ...deterministic, ...training], settings.maxPairsPerRule);
    context.indexSets = { blocking: blocking!, deterministic, training };
    // The workers took a structured copy of the context: send them the indexes too.
    await runner.update({ indexSets: context.indexSets });
    const indexSeconds = seconds(indexStarted);
    return {
      settings, rawSettings, input, blocking: blocking!, deterministic, deterministicRules, training, runner, context,
      seconds: { encode: encodeSeconds, index: indexSeconds },
    };
  } catch (error) {
    await runner.close();
    throw error;
  }
}

/**
 * Builds the block indexes of several rule lists, in worker threads when there are any (rules
 * that need the column dictionaries — prefixes, several columns read together — on this thread).
 */
async function buildIndexSets(ruleSets: ResolvedRule[][], input: EncodedInput, runner: TaskRunner, options: JobOptions): Promise<BlockIndex[][]> {
  const needsStrings = (rule: ResolvedRule) => rule.parts.some((part) => part.columnKeys.length > 1 || part.transform.startsWith('prefix:'));
  const flat = ruleSets.flat();
  const built: BlockIndex[] = new Array(flat.length);
  const tasks: JobTask[] = [];
  const positions: number[] = [];
  flat.forEach((rule, position) => {
    if (needsStrings(rule)) {
      built[position] = buildBlockIndex(rule, input.dataset, input.dictionaries);
    } else {
      tasks.push({ kind: 'index', rule });
      positions.push(position);
    }
  });
  let done = flat.length - tasks.length;
  options.onProgress?.({ phase: 'index', done, total: flat.length });
  await runner.runAll(tasks, (result, index) => {
    if (result.kind !== 'index') return;
    built[positions[index]!] = result.index;
    options.onProgress?.({ phase: 'index', done: ++done, total: flat.length, message: result.index.name });
  }, options.signal);
  const sets: BlockIndex[][] = [];
  let offset = 0;
  for (const rules of ruleSets) {
    sets.push(built.slice(offset, offset + rules.length));
    offset += rules.length;
  }
  return sets;
}


/**
 * Scores every pair the blocking rules generate (each once), keeping those at or above
 * `minimumWeight`, merged in task order so that results do not depend on thread timing.
 */
export async function scoreBlockedPairs(job: PreparedJob, model: LinkageModel, minimumWeight: number, options: JobOptions): Promise<{ pairs: ScoredPairs; scored: number; newPairs: number[] }> {
  const scoring = createScoringTable(model);
  await job.runner.update({ scoring });
  const tasks: JobTask[] = job.blocking.flatMap((index, rule) =>
    planPairTasks(index, rule, job.input.dataset.isLink, 250_000).map((task) => ({ kind: 'score' as const, set: 'blocking', task, minimumWeight })));
  const results: ScoreResult[] = new Array(tasks.length);
  const newPairs = job.blocking.map(() => 0);
  let scored = 0;
  let done = 0;
  options.onProgress?.({ phase: 'score', done: 0, total: tasks.length });
  await job.runner.runAll(tasks, (result, index) => {
    if (result.kind !== 'score') return;
    results[index] = result;
    scored += result.pairs;
    newPairs[(tasks[index] as Extract<JobTask, { kind: 'score' }>).task.rule]! += result.pairs;
    options.onProgress?.({ phase: 'score', done: ++done, total: tasks.length });
  }, options.signal);
  return collectKeptPairs(job, results.map((result, index) => ({ ...result, rule: (tasks[index] as Extract<JobTask, { kind: 'score' }>).task.rule })), 0, minimumWeight, newPairs, scored);
}

/**
 * Concatenates task results (in task order, so the outcome does not depend on thread timing),
 * adding `priorWeight` to each weight and keeping pairs at or above `minimumWeight`.
 */
export function collectKeptPairs(
  job: PreparedJob, results: ReadonlyArray<Pick<ScoreResult, 'a' | 'b' | 'weights' | 'levels' | 'pairs'> & { rule?: number }>,
  priorWeight: number, minimumWeight: number, newPairs?: number[], scored?: number,
): { pairs: ScoredPairs; scored: number; newPairs: number[] } {
  const comparisons = job.settings.comparisons.length;
  let count = 0;
  for (const result of results) for (const weight of result.weights) if (weight + priorWeight >= minimumWeight) count++;
  const pairs: ScoredPairs = {
    count, comparisons, left: new Int32Array(count), right: new Int32Array(count), weights: new Float64Array(count), levels: new Uint8Array(count * comparisons),
  };
  const leftCount = job.input.dataset.isLink ? job.input.dataset.leftCount : 0;
  let offset = 0;
  for (const result of results) {
    for (let index = 0; index < result.a.length; index++) {
      const weight = result.weights[index]! + priorWeight;
      if (weight < minimumWeight) continue;
      pairs.left[offset] = result.a[index]!;
      pairs.right[offset] = result.b[index]! - leftCount;
      pairs.weights[offset] = weight;
      pairs.levels.set(result.levels.subarray(index * comparisons, (index + 1) * comparisons), offset * comparisons);
      offset++;
    }
  }
  return {
    pairs,
    scored: scored ?? results.reduce((sum, result) => sum + result.pairs, 0),
    newPairs: newPairs ?? countNewPairs(job, results),
  };
}

function countNewPairs(job: PreparedJob, results: ReadonlyArray<{ pairs: number; rule?: number }>): number[] {
  const counts = job.blocking.map(() => 0);
  for (const result of results) if (result.rule !== undefined) counts[result.rule]! += result.pairs;
  return counts;
}

/** Builds the explanation of pair i: each comparison's level, words, weight and values. */
export function createExplainer(job: PreparedJob, model: LinkageModel, pairs: ScoredPairs, records: { left: readonly LinkageRecord[]; right?: readonly LinkageRecord[] }): (pairIndex: number) => ScoredPair {
  let context: JobContext | undefined;
  const leftCount = job.input.dataset.isLink ? job.input.dataset.leftCount : 0;
  const idColumn = job.settings.idColumn;
  return (pairIndex: number): ScoredPair => {
    if (!Number.isInteger(pairIndex) || pairIndex < 0 || pairIndex >= pairs.count) throw new RangeError(`No pair ${pairIndex}`);
    context ??= new JobContext(job.context);
    const a = pairs.left[pairIndex]!;
    const b = pairs.right[pairIndex]! + leftCount;
    const leftRecord = records.left[a]!;
    const rightRecord = (records.right ?? records.left)[pairs.right[pairIndex]!]!;
    const comparisons = model.comparisons.map((comparison, c) => {
      const level = pairs.levels[pairIndex * pairs.comparisons + c]!;
      const modelLevel = comparison.levels[level]!;
      const adjustment = modelLevel.termFrequency && modelLevel.termFrequencyBase !== null
        ? termFrequencyAdjustment(modelLevel.termFrequencyBase, context!.evaluators[c]!.keyFrequency(a, b, level))
        : 0;
      const text = (value: unknown) => (value == null || value === '' ? null : String(value));
      return {
        comparison: comparison.name, column: comparison.column, level, label: modelLevel.label,
        weight: modelLevel.weight + adjustment, termFrequencyAdjustment: adjustment,
        leftValue: text(leftRecord[comparison.column]), rightValue: text(rightRecord[comparison.column]),
      };
    });
    const weight = pairs.weights[pairIndex]!;
    return {
      left: a, right: pairs.right[pairIndex]!,
      ...(idColumn ? { leftId: String(leftRecord[idColumn] ?? ''), rightId: String(rightRecord[idColumn] ?? '') } : {}),
      matchWeight: weight, matchProbability: probabilityOfWeight(weight), priorWeight: model.priorWeight, comparisons,
    };
  };
}

/**
 * Runs a whole job: prepare (validate, encode, index, check ceilings), train unless a model is
 * given, score the blocked pairs, cluster. The shared engine of `dedupe` and `link`.
 */
export async function runLinkage(
  settingsOrModel: LinkageSettings | LinkageModel, left: readonly LinkageRecord[], right: readonly LinkageRecord[] | undefined,
  options: LinkageRunOptions = {},
): Promise<LinkageResult> {
  const started = performance.now();
  const threshold = options.threshold ?? 0.5;
  if (!(threshold > 0 && threshold < 1)) throw new RangeError('threshold must be between 0 and 1');
  const keepAbove = Math.min(options.keepPairsAbove ?? threshold, threshold);
  if (!(keepAbove > 0 && keepAbove < 1)) throw new RangeError('keepPairsAbove must be between 0 and 1');
  const given = 'format' in settingsOrModel ? parseModel(settingsOrModel) : undefined;
  const job = await prepareJob(settingsOrModel, left, right, options, given === undefined);
  try {
    const trainStarted = performance.now();
    const keepWeight = weightOfProbability(keepAbove);
    let trained: { model: LinkageModel; kept?: Array<ScoreResult & { rule: number }> } | undefined;
    if (!given) {
      // The prior is at most 1/2 (weight ≤ 0), so a pair reaching keepWeight has a Bayes factor weight of at least keepWeight.
      trained = await trainModel(job.settings, job.rawSettings, job.input, job.runner,
        { deterministic: job.deterministic, training: job.training, blocking: job.blocking }, options, { minimumBayesFactorWeight: keepWeight });
    }
    const model = given ?? trained!.model;
    const trainSeconds = seconds(trainStarted);
    const scoreStarted = performance.now();
    const { pairs, scored, newPairs } = trained?.kept
      ? collectKeptPairs(job, trained.kept, model.priorWeight, keepWeight)
      : await scoreBlockedPairs(job, model, keepWeight, options);
    const scoreSeconds = seconds(scoreStarted);
    const clusterStarted = performance.now();
    options.onProgress?.({ phase: 'cluster', done: 0, total: 1 });
    const thresholdWeight = weightOfProbability(threshold);
    const dataset = job.input.dataset;
    const rightOffset = dataset.isLink ? dataset.leftCount : 0;
    const globalRight = Int32Array.from(pairs.right, (record) => record + rightOffset);
    let bestLinks: Int32Array | undefined;
    let clusters: Int32Array;
    if (dataset.isLink && options.oneToOne) {
      bestLinks = selectBestLinks(pairs.left, pairs.right, pairs.weights, thresholdWeight);
      const chosenWeights = new Float64Array(pairs.count).fill(-Infinity);
      for (const pair of bestLinks) chosenWeights[pair] = pairs.weights[pair]!;
      clusters = clusterConnectedComponents(dataset.recordCount, pairs.left, globalRight, chosenWeights, thresholdWeight);
    } else {
      clusters = clusterConnectedComponents(dataset.recordCount, pairs.left, globalRight, pairs.weights, thresholdWeight);
    }
    options.onProgress?.({ phase: 'cluster', done: 1, total: 1 });
    let matchedPairs = 0;
    for (let pair = 0; pair < pairs.count; pair++) if (pairs.weights[pair]! >= thresholdWeight) matchedPairs++;
    let clusterCount = 0;
    for (const cluster of clusters) if (cluster + 1 > clusterCount) clusterCount = cluster + 1;
    const summary: LinkageSummary = {
      mode: dataset.isLink ? 'link' : 'dedupe',
      records: dataset.recordCount,
      leftRecords: dataset.leftCount,
      rightRecords: dataset.recordCount - dataset.leftCount,
      threads: job.runner.threads,
      threshold,
      blockingRules: job.blocking.map((index, rule) => ({ rule: index.name, pairs: index.pairCount, newPairs: newPairs[rule]! })),
      scoredPairs: scored,
      keptPairs: pairs.count,
      matchedPairs: bestLinks ? bestLinks.length : matchedPairs,
      clusters: clusterCount,
      seconds: { encode: job.seconds.encode, index: job.seconds.index, train: given ? 0 : trainSeconds, score: scoreSeconds, cluster: seconds(clusterStarted), total: seconds(started) },
      warnings: model.training.warnings,
    };
    return { model, pairs, clusters, bestLinks, summary, explain: createExplainer(job, model, pairs, { left, right }) };
  } finally {
    await job.runner.close();
  }
}
