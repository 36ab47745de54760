// The unit of parallel work: a range of bootstrap replicates or of jackknife deletions. Replicate b
// always uses the random stream seeded with (seed, b), so any split of the work between threads
// gives the same numbers.

import { RandomStream, sampleMultinomial } from './random-stream';
import { createReplicateEstimator, type ReplicateConfiguration } from './replicate-estimator';

/** A slice of work: bootstrap replicates [from, to), or jackknife deletions of the positive cells with index in [from, to). */
export interface ReplicateTask {
  kind: 'bootstrap' | 'jackknife';
  from: number;
  to: number;
}

/** Computes replicate estimates for tasks, reusing one estimator and all buffers between them. */
export class ReplicateRunner {
  private readonly estimate: (counts: Float64Array) => number;
  private readonly positiveCells: number[];
  private readonly weights: Float64Array;
  private readonly sample: Float64Array;
  private readonly tail: Float64Array;
  private readonly counts: Float64Array;
  private readonly observedTotal: number;
  private readonly random: RandomStream;

  constructor(private readonly configuration: ReplicateConfiguration) {
    this.estimate = createReplicateEstimator(configuration);
    this.positiveCells = [];
    configuration.counts.forEach((count, cell) => {
      if (cell > 0 && count > 0) this.positiveCells.push(cell);
    });
    this.weights = Float64Array.from(this.positiveCells, (cell) => configuration.counts[cell]!);
    this.sample = new Float64Array(this.positiveCells.length);
    this.tail = new Float64Array(this.positiveCells.length);
    this.counts = new Float64Array(configuration.counts.length);
    this.observedTotal = this.weights.reduce((sum, weight) => sum + weight, 0);
    this.random = new RandomStream(configuration.seed, 0);
  }

  /** Cells with a positive count, in increasing mask order: the jackknife deletes from each in turn. */
  get jackknifeCells(): readonly number[] {
    return this.positiveCells;
  }

  /** Estimates for one task, in order. */
  run(task: ReplicateTask): Float64Array {
    const values = new Float64Array(task.to - task.from);
    for (let index = task.from; index < task.to; index += 1) {
      values[index - task.from] = task.kind === 'bootstrap' ? this.runBootstrap(index) : this.runJackknife(index);
    }
    return values;
  }

  private runBootstrap(replicate: number): number {
    this.random.reseed(this.configuration.seed, replicate);
    sampleMultinomial(this.random, this.observedTotal, this.weights, this.sample, this.tail);
    this.counts.fill(0);
    this.positiveCells.forEach((cell, index) => {
      this.counts[cell] = this.sample[index]!;
    });
    return this.estimate(this.counts);
  }

  private runJackknife(position: number): number {
    this.counts.set(this.configuration.counts);
    this.counts[this.positiveCells[position]!]! -= 1;
    return this.estimate(this.counts);
  }
}
