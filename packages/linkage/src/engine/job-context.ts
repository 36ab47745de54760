import { buildBlockIndex, type BlockIndex } from '../blocking/block-index';
import { forEachTaskPair, type PairTask } from '../blocking/pair-tasks';
import type { EncodedDataset } from '../encode/columns';
import { createComparisonEvaluator, type ComparisonEvaluator } from '../model/comparison-evaluator';
import { termFrequencyAdjustment, type ScoringTable } from '../model/linkage-model';
import type { ResolvedComparison, ResolvedRule } from '../model/resolve-settings';
import { createRandom, pairHash } from './random';

/** Everything a thread needs to run tasks: plain data, cloneable to workers (arrays are shared). */
export interface JobContextData {
  dataset: EncodedDataset;
  comparisons: ResolvedComparison[];
  indexSets: Record<string, BlockIndex[]>;
  scoring?: ScoringTable;
}

/** A unit of work; the same functions run in the main thread and in workers. */
export type JobTask =
  | { kind: 'sampleU'; seed: number; pairs: number }
  | { kind: 'patterns'; set: string; task: PairTask; sampleRate: number; seed: number; earlierRules?: number }
  | { kind: 'count'; set: string; task: PairTask; earlierRules: number }
  | { kind: 'score'; set: string; task: PairTask; minimumWeight: number; collectPatterns?: boolean; sampleRate?: number; seed?: number }
  | { kind: 'index'; rule: ResolvedRule };

/** Level counts of random pairs, flattened comparison by comparison. */
export interface SampleUResult { kind: 'sampleU'; counts: Float64Array; pairs: number }
/** Distinct comparison vectors of a task's pairs with their counts. */
export interface PatternsResult { kind: 'patterns'; levels: Uint8Array; counts: Float64Array; pairs: number }
/** Pairs a task generates that earlier rules do not. */
export interface CountResult { kind: 'count'; pairs: number }
/**
 * Scored pairs at or above the minimum weight, how many pairs were scored in all and, when asked,
 * the comparison-vector patterns of every scored pair, from which the prior is estimated in the
 * same pass.
 */
export interface ScoreResult {
  kind: 'score';
  a: Int32Array;
  b: Int32Array;
  weights: Float64Array;
  levels: Uint8Array;
  pairs: number;
  patterns?: { levels: Uint8Array; counts: Float64Array };
}
/** A rule's block index, built in shared memory. */
export interface IndexResult { kind: 'index'; index: BlockIndex }
/** Any task result. */
export type JobResult = SampleUResult | PatternsResult | CountResult | ScoreResult | IndexResult;

/** Growable typed buffers for one task's kept pairs. */
class PairBuffer {
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  weights = new Float64Array(1024);
  levels: Uint8Array;
  length = 0;
  constructor(private readonly comparisons: number) {
    this.levels = new Uint8Array(1024 * comparisons);
  }

  push(a: number, b: number, weight: number, levels: Uint8Array): void {
    if (this.length === this.a.length) {
      const capacity = this.a.length * 2;
      const grow = <T extends Int32Array | Float64Array | Uint8Array>(old: T, size: number): T => {
        const next = new (old.constructor as new (length: number) => T)(size);
        next.set(old);
        return next;
      };
      this.a = grow(this.a, capacity);
      this.b = grow(this.b, capacity);
      this.weights = grow(this.weights, capacity);
      this.levels = grow(this.levels, capacity * this.comparisons);
    }
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.weights[this.length] = weight;
    this.levels.set(levels, this.length * this.comparisons);
    this.length++;
  }
}

/**
 * The task runner of one thread: builds the comparison evaluators once and runs tasks against the
 * shared encoded data. Results are new (transferable) arrays; nothing else is allocated per pair.
 */
export class JobContext {
  readonly evaluators: ComparisonEvaluator[];
  readonly levelCounts: number[];
  readonly levelOffsets: number[];
  private readonly levels: Uint8Array;

  constructor(readonly data: JobContextData) {
    this.evaluators = data.comparisons.map((comparison) => createComparisonEvaluator(comparison, data.dataset));
    this.levelCounts = data.comparisons.map((comparison) => comparison.levels.length + 2);
    this.levelOffsets = [];
    let offset = 0;
    for (const count of this.levelCounts) {
      this.levelOffsets.push(offset);
      offset += count;
    }
    this.levels = new Uint8Array(data.comparisons.length);
  }

  /** Replaces the scoring table (after training) or an index set (for another phase). */
  update(patch: Partial<Pick<JobContextData, 'scoring' | 'indexSets'>>): void {
    if (patch.scoring) this.data.scoring = patch.scoring;
    if (patch.indexSets) Object.assign(this.data.indexSets, patch.indexSets);
  }

  /** Runs one task. Throws on an unknown index set. */
  run(task: JobTask): JobResult {
    switch (task.kind) {
      case 'sampleU': return this.sampleU(task.seed, task.pairs);
      case 'patterns': return this.patterns(this.indexSet(task.set), task.task, task.sampleRate, task.seed, task.earlierRules ?? 0);
      case 'count': return { kind: 'count', pairs: forEachTaskPair(this.indexSet(task.set), task.task, this.data.dataset.isLink, task.earlierRules, () => {}) };
      case 'index': return { kind: 'index', index: buildBlockIndex(task.rule, this.data.dataset, {}) };
      case 'score': return this.score(this.indexSet(task.set), task.task, task.minimumWeight, task.collectPatterns ?? false, task.sampleRate ?? 1, task.seed ?? 0);
    }
  }

  private indexSet(name: string): BlockIndex[] {
    const set = this.data.indexSets[name];
    if (!set) throw new Error(`Unknown index set ${name}`);
    return set;
  }

  private sampleU(seed: number, pairs: number): SampleUResult {
    const { recordCount, leftCount, isLink } = this.data.dataset;
    const counts = new Float64Array(this.levelOffsets.at(-1)! + this.levelCounts.at(-1)!);
    const random = createRandom(seed);
    const evaluators = this.evaluators;
    const rightCount = recordCount - leftCount;
    let sampled = 0;
    if (isLink ? leftCount === 0 || rightCount === 0 : recordCount < 2) return { kind: 'sampleU', counts, pairs: 0 };
    for (let draw = 0; draw < pairs; draw++) {
      let a: number;
      let b: number;
      if (isLink) {
        a = Math.floor(random() * leftCount);
        b = leftCount + Math.floor(random() * rightCount);
      } else {
        a = Math.floor(random() * recordCount);
        b = Math.floor(random() * (recordCount - 1));
        if (b >= a) b++;
      }
      for (let c = 0; c < evaluators.length; c++) counts[this.levelOffsets[c]! + evaluators[c]!.levelOf(a, b)]!++;
      sampled++;
    }
    return { kind: 'sampleU', counts, pairs: sampled };
  }

  private patterns(indexes: BlockIndex[], task: PairTask, sampleRate: number, seed: number, earlierRules: number): PatternsResult {
    const evaluators = this.evaluators;
    const radix = this.levelCounts;
    const tally = new Map<number, number>();
    const pairs = forEachTaskPair(indexes, task, this.data.dataset.isLink, earlierRules, (a, b) => {
      if (sampleRate < 1 && pairHash(a, b, seed) >= sampleRate) return;
      let key = 0;
      for (let c = 0; c < evaluators.length; c++) key = key * radix[c]! + evaluators[c]!.levelOf(a, b);
      tally.set(key, (tally.get(key) ?? 0) + 1);
    });
    const { levels, counts } = this.untally(tally);
    return { kind: 'patterns', levels, counts, pairs };
  }

  private untally(tally: Map<number, number>): { levels: Uint8Array; counts: Float64Array } {
    const comparisons = this.evaluators.length;
    const radix = this.levelCounts;
    const levels = new Uint8Array(tally.size * comparisons);
    const counts = new Float64Array(tally.size);
    let p = 0;
    for (const [key, count] of tally) {
      let rest = key;
      for (let c = comparisons - 1; c >= 0; c--) {
        levels[p * comparisons + c] = rest % radix[c]!;
        rest = Math.floor(rest / radix[c]!);
      }
      counts[p++] = count;
    }
    return { levels, counts };
  }

  private score(indexes: BlockIndex[], task: PairTask, minimumWeight: number, collectPatterns: boolean, sampleRate: number, seed: number): ScoreResult {
    const scoring = this.data.scoring;
    if (!scoring) throw new Error('No scoring table: train the model first');
    const evaluators = this.evaluators;
    const comparisons = evaluators.length;
    const { priorWeight, levelOffset, weights, termFrequencyBase } = scoring;
    const levels = this.levels;
    const kept = new PairBuffer(comparisons);
    const radix = this.levelCounts;
    const tally = collectPatterns ? new Map<number, number>() : undefined;
    const pairs = forEachTaskPair(indexes, task, this.data.dataset.isLink, task.rule, (a, b) => {
      if (sampleRate < 1 && pairHash(a, b, seed) >= sampleRate) return;
      // The prior is added last, as when a training pass's Bayes factors get it, so the same pair
      // has exactly the same weight either way.
      let weight = 0;
      let key = 0;
      for (let c = 0; c < comparisons; c++) {
        const level = evaluators[c]!.levelOf(a, b);
        levels[c] = level;
        key = key * radix[c]! + level;
        const slot = levelOffset[c]! + level;
        weight += weights[slot]!;
        const base = termFrequencyBase[slot]!;
        if (base > 0) weight += termFrequencyAdjustment(base, evaluators[c]!.keyFrequency(a, b, level));
      }
      if (tally) tally.set(key, (tally.get(key) ?? 0) + 1);
      weight += priorWeight;
      if (weight >= minimumWeight) kept.push(a, b, weight, levels);
    });
    const length = kept.length;
    return {
      kind: 'score', pairs,
      a: kept.a.slice(0, length), b: kept.b.slice(0, length), weights: kept.weights.slice(0, length),
      levels: kept.levels.slice(0, length * comparisons),
      ...(tally ? { patterns: this.untally(tally) } : {}),
    };
  }
}
