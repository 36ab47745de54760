// BCa bootstrap intervals against the README's Monte Carlo bands, and reproducibility: the same
// seed gives the same replicates whatever the number of worker threads.

import { afterAll, expect, it } from 'vitest';
import { estimatePopulation, stopEstimationWorkers, type EstimationResult } from '../src/index';
import { describeWithReferenceData, loadReferenceTable } from './reference-data';

afterAll(async () => {
  await stopEstimationWorkers();
});

function bca(result: EstimationResult, level = 0.95) {
  const found = result.intervals.find((entry) => entry.method === 'bca' && entry.level === level);
  if (!found) throw new Error('no BCa interval');
  return found;
}

/** Centre of the README's measured range over other seeds, ± 3 of its standard deviations. */
function band(lowest: number, highest: number, standardDeviation: number): [number, number] {
  const centre = (lowest + highest) / 2;
  return [centre - 3 * standardDeviation, centre + 3 * standardDeviation];
}

function expectWithin(value: number | null, [low, high]: [number, number]) {
  expect(value).not.toBeNull();
  expect(value!).toBeGreaterThanOrEqual(low);
  expect(value!).toBeLessThanOrEqual(high);
}

describeWithReferenceData('BCa intervals within the README Monte Carlo bands (1,000 replicates)', () => {
  it('New Orleans five lists (n = 185), stepwise: lower in 434–573 ± 3·49, upper in 1,507–1,656 ± 3·63', async () => {
    const result = await estimatePopulation(loadReferenceTable('new_orleans_5lists_n185'), { method: 'stepwise', profile: false, bootstrap: { replicates: 1000, seed: 1234 } });
    const interval = bca(result);
    expectWithin(interval.lower, band(434, 573, 49));
    expectWithin(interval.upper, band(1507, 1656, 63));
    expect(result.bootstrap!.usableReplicates).toBe(1000);
  });

  it('Kosovo, BIC over all models to order 3: lower in 6,811–7,202 ± 3·162, upper in 17,697–18,446 ± 3·297', async () => {
    const result = await estimatePopulation(loadReferenceTable('kosovo_1999_4lists'), { method: 'bic', maxOrder: 3, profile: false, bootstrap: { replicates: 1000, seed: 1234 } });
    const interval = bca(result);
    expectWithin(interval.lower, band(6811, 7202, 162));
    expectWithin(interval.upper, band(17697, 18446, 297));
  });

  it('UK five lists, stepwise: the jackknife acceleration is −0.012 as in SparseMSE (it does not depend on the seed)', async () => {
    const result = await estimatePopulation(loadReferenceTable('uk_2013_5lists'), { method: 'stepwise', profile: false, bootstrap: { replicates: 20, seed: 1, workers: 0 } });
    expect(result.bootstrap!.acceleration!).toBeCloseTo(-0.012, 3);
  });
});

describeWithReferenceData('bootstrap reproducibility', () => {
  it('gives identical replicates and endpoints for the same seed with 0, 1 and 2 worker threads', async () => {
    const table = loadReferenceTable('uk_2013_6lists');
    const run = (workers: number) => estimatePopulation(table, { method: 'stepwise', profile: false, bootstrap: { replicates: 200, seed: 42, workers, includeReplicates: true } });
    const [alone, oneWorker, twoWorkers] = [await run(0), await run(1), await run(2)];
    expect(oneWorker.bootstrap!.estimates).toEqual(alone.bootstrap!.estimates);
    expect(twoWorkers.bootstrap!.estimates).toEqual(alone.bootstrap!.estimates);
    expect(bca(oneWorker)).toEqual(bca(alone));
    expect(oneWorker.bootstrap!.workers).toBe(1);
  });

  it('gives the same result when run again with the same seed, and a different one with another seed', async () => {
    const table = loadReferenceTable('kosovo_1999_4lists');
    const run = (seed: number) => estimatePopulation(table, { method: 'bic', maxOrder: 2, profile: false, bootstrap: { replicates: 100, seed, workers: 0, includeReplicates: true } });
    const first = await run(7);
    const again = await run(7);
    const other = await run(8);
    expect(again.bootstrap!.estimates).toEqual(first.bootstrap!.estimates);
    expect(bca(again)).toEqual(bca(first));
    expect(other.bootstrap!.estimates).not.toEqual(first.bootstrap!.estimates);
  });
});
