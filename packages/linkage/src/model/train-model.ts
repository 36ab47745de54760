import { buildBlockIndex, type BlockIndex } from '../blocking/block-index';
import { planPairTasks } from '../blocking/pair-tasks';
import { entryText, equivalenceText } from '../encode/build-columns';
import type { EncodedInput } from '../encode/encode-records';
import type { JobResult, JobTask, ScoreResult } from '../engine/job-context';
import type { JobOptions } from '../engine/progress';
import { deriveSeed } from '../engine/random';
import type { TaskRunner } from '../engine/task-runner';
import { runExpectationMaximisation, type ComparisonRole, type PatternCounts } from './expectation-maximisation';
import { createScoringTable, levelSkeleton, modelFormat, modelVersion, type LinkageModel, type ModelComparison, type TermFrequencyTable, type TrainingReport } from './linkage-model';
import type { ResolvedRule, ResolvedSettings } from './resolve-settings';
import type { LinkageSettings } from './settings';

const uTaskPairs = 100_000;
const taskPairs = 250_000;
const maximumTermFrequencyValues = 20_000;
/** Blocked pairs looked at to estimate the prior, at most (sampled evenly beyond). */
const maximumPriorPairs = 20_000_000;

/** Total pairs of the job if every record were compared with every other. */
export function totalPairsOf(input: EncodedInput): number {
  const { recordCount, leftCount, isLink } = input.dataset;
  return isLink ? leftCount * (recordCount - leftCount) : (recordCount * (recordCount - 1)) / 2;
}

/** Starting m of a comparison's levels for EM: strongest level likeliest among matches. */
export function initialM(levelCount: number): number[] {
  const real = levelCount - 2;
  const m = [0];
  for (let level = 1; level <= real; level++) m.push(0.6 * 0.5 ** (level - 1));
  m.push(0.05);
  const sum = m.reduce((total, value) => total + value, 0);
  return m.map((value) => value / sum);
}

/** The level-by-level average of several m estimates. */
function averageOf(estimates: number[][], levelCount: number): number[] {
  const m = new Array<number>(levelCount).fill(0);
  for (const estimate of estimates) for (let level = 1; level < levelCount; level++) m[level]! += estimate[level]! / estimates.length;
  return m;
}

/** Merges the pattern counts of several tasks, in sorted pattern order (independent of task order). */
function mergePatterns(results: ReadonlyArray<{ levels: Uint8Array; counts: Float64Array }>, comparisonCount: number, radix: number[]): PatternCounts {
  const merged = new Map<number, number>();
  for (const result of results) {
    for (let p = 0; p < result.counts.length; p++) {
      let key = 0;
      for (let c = 0; c < comparisonCount; c++) key = key * radix[c]! + result.levels[p * comparisonCount + c]!;
      merged.set(key, (merged.get(key) ?? 0) + result.counts[p]!);
    }
  }
  const keys = [...merged.keys()].sort((x, y) => x - y);
  const patterns: PatternCounts = { comparisons: comparisonCount, levels: new Uint8Array(keys.length * comparisonCount), counts: new Float64Array(keys.length) };
  keys.forEach((key, p) => {
    let rest = key;
    for (let c = comparisonCount - 1; c >= 0; c--) {
      patterns.levels[p * comparisonCount + c] = rest % radix[c]!;
      rest = Math.floor(rest / radix[c]!);
    }
    patterns.counts[p] = merged.get(key)!;
  });
  return patterns;
}

async function runTasks(runner: TaskRunner, tasks: JobTask[], options: JobOptions, phase: 'estimate-u' | 'estimate-prior' | 'train-m', message?: string): Promise<JobResult[]> {
  const results: JobResult[] = new Array(tasks.length);
  let done = 0;
  options.onProgress?.({ phase, done: 0, total: tasks.length, message });
  await runner.runAll(tasks, (result, index) => {
    results[index] = result;
    done++;
    options.onProgress?.({ phase, done, total: tasks.length, message });
  }, options.signal);
  return results;
}

function estimateU(counts: Float64Array, settings: ResolvedSettings, warnings: string[]): number[][] {
  let offset = 0;
  return settings.comparisons.map((comparison) => {
    const levelCount = comparison.levels.length + 2;
    let present = 0;
    for (let level = 1; level < levelCount; level++) present += counts[offset + level]!;
    if (present === 0) warnings.push(`${comparison.name}: no random pair had both values; u is a guess`);
    // Half a pair of pseudo-count keeps a level never seen among random pairs finite but strong.
    const u = [0];
    for (let level = 1; level < levelCount; level++) u.push((counts[offset + level]! + 0.5) / (present + 0.5 * (levelCount - 1)));
    offset += levelCount;
    return u;
  });
}

function ruleColumns(rule: ResolvedRule): Set<string> {
  return new Set(rule.parts.flatMap((part) => part.columns));
}

function topFrequencies(frequencies: ArrayLike<number>, ids: number[], textOf: (id: number) => string): Record<string, number> {
  const texts = ids.map(textOf);
  const order = ids.map((_, index) => index).sort((x, y) => frequencies[ids[y]!]! - frequencies[ids[x]!]! || (texts[x]! < texts[y]! ? -1 : texts[x]! > texts[y]! ? 1 : 0));
  return Object.fromEntries(order.slice(0, maximumTermFrequencyValues).map((index) => [texts[index]!, frequencies[ids[index]!]!]));
}

function termFrequencyTable(input: EncodedInput, columnKey: string): TermFrequencyTable | undefined {
  const column = input.dataset.columns[columnKey];
  const dictionary = input.dictionaries[columnKey];
  if (!column || column.type !== 'text' || !dictionary) return undefined;
  let minimum = 1;
  for (const frequency of column.valueFrequency) if (frequency > 0 && frequency < minimum) minimum = frequency;
  // Only values held by more than one record are listed; the rest count as the minimum.
  const frequentValues: number[] = [];
  column.valueFrequency.forEach((frequency, id) => { if (frequency > minimum * 1.5) frequentValues.push(id); });
  const frequentKeys: number[][] = [[], [], []];
  column.equivalenceFrequency.forEach((frequency, id) => { if (frequency > minimum * 1.5) frequentKeys[column.equivalenceKind[id]!]!.push(id); });
  const keyText = (id: number) => equivalenceText(column, dictionary, column.equivalenceFirstEntry[id]!, column.equivalenceKind[id]!);
  return {
    minimum,
    values: topFrequencies(column.valueFrequency, frequentValues, (id) => entryText(column, dictionary, column.valueFirstEntry[id]!)),
    keys: {
      sorted: topFrequencies(column.equivalenceFrequency, frequentKeys[0]!, keyText),
      phonetic: topFrequencies(column.equivalenceFrequency, frequentKeys[1]!, keyText),
      skeleton: topFrequencies(column.equivalenceFrequency, frequentKeys[2]!, keyText),
    },
  };
}

/** Numerator of a level's term-frequency adjustment: u for the exact level, else the chance two records share the key. */
function termFrequencyBaseOf(input: EncodedInput, columnKey: string, type: string, u: number): number {
  if (type === 'exact') return u;
  const column = input.dataset.columns[columnKey];
  if (!column || column.type !== 'text') return 0;
  const kind = type === 'tokensAnyOrder' ? 0 : type === 'equivalentSpelling' ? 1 : 2;
  return column.equivalenceSquares[kind]!;
}

/**
 * Trains a Fellegi–Sunter model on encoded records: u from a seeded random sample of pairs, the
 * prior from the deterministic rules and their assumed recall, then m by expectation–maximisation
 * once per training rule (a comparison on a column of that rule is not trained by it) and averaged
 * over the rules that trained it. Deterministic for a seed, whatever the number of threads.
 * Without deterministic rules the prior comes from comparing every blocked pair; with `keepPairs`
 * the pairs of that pass whose Bayes factor (weight without the prior) reaches the given weight are
 * returned too, so a caller that predicts next need not compare them again.
 */
export async function trainModel(
  settings: ResolvedSettings, rawSettings: LinkageSettings, input: EncodedInput, runner: TaskRunner,
  indexes: { deterministic: BlockIndex[]; training: BlockIndex[]; blocking: BlockIndex[] }, options: JobOptions = {},
  keepPairs?: { minimumBayesFactorWeight: number },
): Promise<{ model: LinkageModel; kept?: Array<ScoreResult & { rule: number }> }> {
  const warnings: string[] = [];
  let keptResults: Array<ScoreResult & { rule: number }> | undefined;
  const { dataset } = input;
  const totalPairs = totalPairsOf(input);
  const comparisons = settings.comparisons;

  // u: level frequencies among random pairs.
  const samplePairs = Math.max(1, Math.min(settings.uSamplePairs, Math.max(totalPairs, 1)));
  const uTasks: JobTask[] = [];
  for (let drawn = 0, task = 0; drawn < samplePairs; drawn += uTaskPairs, task++) {
    uTasks.push({ kind: 'sampleU', seed: deriveSeed(settings.seed, task), pairs: Math.min(uTaskPairs, samplePairs - drawn) });
  }
  const uResults = await runTasks(runner, uTasks, options, 'estimate-u');
  const totals = new Float64Array(comparisons.reduce((sum, comparison) => sum + comparison.levels.length + 2, 0));
  let sampled = 0;
  for (const result of uResults) {
    if (result.kind !== 'sampleU') continue;
    sampled += result.pairs;
    result.counts.forEach((count, index) => { totals[index]! += count; });
  }
  const u = estimateU(totals, settings, warnings);

  // m: expectation–maximisation once per training rule.
  const mEstimates: number[][][] = comparisons.map(() => []);
  const trainedBy: string[][] = comparisons.map(() => []);
  const sessions: TrainingReport['sessions'] = [];
  const radix = comparisons.map((comparison) => comparison.levels.length + 2);
  for (let rule = 0; rule < indexes.training.length; rule++) {
    const index = indexes.training[rule]!;
    const resolvedRule = settings.trainingRules[rule]!;
    const blocked = ruleColumns(resolvedRule);
    const isActive = comparisons.map((comparison) => !blocked.has(comparison.column));
    // A comparison blocked on here but estimated by an earlier session still helps tell matches
    // apart, with its m held and its u estimated inside the block (see ComparisonRole).
    const roles = comparisons.map((_, c): ComparisonRole => (isActive[c] ? 'estimate' : mEstimates[c]!.length > 0 ? 'conditional' : 'excluded'));
    if (!isActive.some(Boolean)) {
      warnings.push(`training rule "${index.name}" blocks on every compared column and trains nothing`);
      continue;
    }
    const sampleRate = index.pairCount > settings.trainingPairsPerRule ? settings.trainingPairsPerRule / index.pairCount : 1;
    const tasks: JobTask[] = planPairTasks(index, rule, dataset.isLink, taskPairs)
      .map((task) => ({ kind: 'patterns' as const, set: 'training', task, sampleRate, seed: deriveSeed(settings.seed, 1000 + rule) }));
    const results = await runTasks(runner, tasks, options, 'train-m', index.name);
    const patterns = mergePatterns(results.filter((result) => result.kind === 'patterns'), comparisons.length, radix);
    const pairs = results.reduce((sum, result) => sum + (result.kind === 'patterns' ? result.pairs : 0), 0);
    if (patterns.counts.length === 0) {
      warnings.push(`training rule "${index.name}" produced no pairs`);
      continue;
    }
    const start = radix.map((count, c) => (roles[c] === 'conditional' ? averageOf(mEstimates[c]!, count) : initialM(count)));
    const result = runExpectationMaximisation(patterns, u, start, roles, 0.1);
    const trained: string[] = [];
    comparisons.forEach((comparison, c) => {
      if (!isActive[c]) return;
      mEstimates[c]!.push(result.m[c]!);
      trainedBy[c]!.push(index.name);
      trained.push(comparison.name);
    });
    sessions.push({ rule: index.name, pairs, iterations: result.iterations, converged: result.converged, probabilityMatch: result.probabilityMatch, trained });
    if (!result.converged) warnings.push(`EM on "${index.name}" stopped after ${result.iterations} iterations without converging`);
  }

  // Each comparison's m: the average over the sessions that estimated it.
  const mCombined = comparisons.map((comparison, c) => {
    const levelCount = radix[c]!;
    if (mEstimates[c]!.length === 0) {
      warnings.push(`${comparison.name}: no training rule could estimate m (every rule blocks on it); defaults used`);
      return initialM(levelCount);
    }
    return averageOf(mEstimates[c]!, levelCount);
  });

  const modelComparisons: ModelComparison[] = comparisons.map((comparison, c) => {
    const m = mCombined[c]!;
    const skeleton = levelSkeleton(settings, c);
    return {
      name: comparison.name,
      column: comparison.column,
      kind: comparison.kind,
      ...(comparison.swapWith ? { swapWith: comparison.swapWith } : {}),
      levels: skeleton.map((level, index) => index === 0
        ? { ...level, m: null, u: null, weight: 0, termFrequencyBase: null }
        : {
          ...level, m: m[index]!, u: u[c]![index]!, weight: Math.log2(m[index]! / u[c]![index]!),
          termFrequencyBase: level.termFrequency ? termFrequencyBaseOf(input, comparison.columnKey, level.type, u[c]![index]!) : null,
        }),
      ...(comparison.termFrequency ? { termFrequencies: termFrequencyTable(input, comparison.columnKey) } : {}),
      trainedBy: trainedBy[c]!,
    };
  });
  const buildModel = (prior: number): LinkageModel => ({
    format: modelFormat,
    version: modelVersion,
    settings: rawSettings,
    probabilityTwoRandomRecordsMatch: prior,
    priorWeight: Math.log2(prior / (1 - prior)),
    comparisons: modelComparisons,
    training: {
      seed: settings.seed, recordCount: dataset.recordCount, uSamplePairs: sampled, priorMethod, deterministicPairs, blockedPairs, expectedMatches, totalPairs,
      sessions, warnings,
    },
  });

  // Prior: from the deterministic rules and their assumed recall when there are any; otherwise
  // the expected number of matches among the blocked pairs (EM on the share of matches, m held,
  // u estimated inside the blocks), all other pairs counting as non-matches.
  let deterministicPairs = 0;
  let blockedPairs = 0;
  let expectedMatches = 0;
  let prior: number;
  const priorMethod = indexes.deterministic.length > 0 ? 'deterministicRules' as const : 'blockedPairs' as const;
  if (priorMethod === 'deterministicRules') {
    const countTasks: JobTask[] = indexes.deterministic.flatMap((index, rule) =>
      planPairTasks(index, rule, dataset.isLink, taskPairs).map((task) => ({ kind: 'count' as const, set: 'deterministic', task, earlierRules: rule })));
    const countResults = await runTasks(runner, countTasks, options, 'estimate-prior');
    deterministicPairs = countResults.reduce((sum, result) => sum + (result.kind === 'count' ? result.pairs : 0), 0);
    prior = totalPairs > 0 ? deterministicPairs / settings.deterministicRecall / totalPairs : 0;
  } else {
    const ownPairs = indexes.blocking.reduce((sum, index) => sum + index.pairCount, 0);
    // Every blocked pair is compared once here; pairs whose evidence could reach the caller's
    // threshold are kept, so that predicting needs no second pass.
    const sampleRate = keepPairs === undefined && ownPairs > maximumPriorPairs ? maximumPriorPairs / ownPairs : 1;
    const provisional = createScoringTable(buildModel(0.5));
    await runner.update({ scoring: provisional });
    const tasks = indexes.blocking.flatMap((index, rule) => planPairTasks(index, rule, dataset.isLink, taskPairs)
      .map((task) => ({
        kind: 'score' as const, set: 'blocking', task, collectPatterns: true, sampleRate, seed: deriveSeed(settings.seed, 2000),
        minimumWeight: sampleRate === 1 ? keepPairs?.minimumBayesFactorWeight ?? Infinity : Infinity,
      })));
    const results = await runTasks(runner, tasks, options, 'estimate-prior');
    if (keepPairs !== undefined && sampleRate === 1) {
      keptResults = results.flatMap((result, index) => (result.kind === 'score' ? [{ ...result, rule: tasks[index]!.task.rule }] : []));
    }
    // The share of matches among each rule's pairs by EM with m held. A rule's pairs were chosen
    // for agreeing on its columns, so for the comparisons on them agreement among non-matches is
    // far commoner than among random pairs: their u is estimated inside the rule's blocks
    // ("conditional"); the other comparisons keep u from random pairs ("fixed").
    let counted = 0;
    let matches = 0;
    indexes.blocking.forEach((index, rule) => {
      const own = results.flatMap((result, position) => (result.kind === 'score' && result.patterns && tasks[position]!.task.rule === rule ? [result.patterns] : []));
      const patterns = mergePatterns(own, comparisons.length, radix);
      let pairs = 0;
      for (const count of patterns.counts) pairs += count;
      if (pairs === 0) return;
      const columns = ruleColumns(settings.blockingRules[rule]!);
      const roles = comparisons.map((comparison): ComparisonRole => (columns.has(comparison.column) ? 'conditional' : 'fixed'));
      matches += runExpectationMaximisation(patterns, u, mCombined, roles, 0.1, 500).probabilityMatch * pairs;
      counted += pairs;
    });
    const share = counted > 0 ? matches / counted : 0;
    blockedPairs = counted / sampleRate;
    expectedMatches = share * blockedPairs;
    prior = totalPairs > 0 ? expectedMatches / totalPairs : 0;
  }
  if (!(prior > 0)) {
    prior = dataset.recordCount > 1 ? 1 / dataset.recordCount : 0.5;
    warnings.push('no matches were expected among the pairs; the prior assumes one match per record');
  }
  prior = Math.min(prior, 0.5);

  return { model: buildModel(prior), kept: keptResults };
}

/** Builds the block indexes of a list of rules. */
export function buildIndexes(rules: ResolvedRule[], input: EncodedInput): BlockIndex[] {
  return rules.map((rule) => buildBlockIndex(rule, input.dataset, input.dictionaries));
}
