// The bounded BIC search used in the bootstrap must choose exactly the model an exhaustive search
// chooses, on every replicate.

import { expect, it } from 'vitest';
import { createBicEstimator } from '../src/bic-replicate-estimator';
import { fitForBic, selectByBic } from '../src/bic-selection';
import { PoissonFitter } from '../src/poisson-fitter';
import { RandomStream, sampleMultinomial } from '../src/random-stream';
import { describeWithReferenceData, loadReferenceTable } from './reference-data';

function compareWithExhaustiveSearch(name: string, maxOrder: number, replicates: number): number {
  const table = loadReferenceTable(name);
  const fitter = new PoissonFitter(table.listCount);
  fitter.loadCounts(table.counts);
  const models = selectByBic(fitter, maxOrder).ranking.map((ranked) => ranked.interactions);
  const bounded = createBicEstimator(new PoissonFitter(table.listCount), table.counts, models);
  const exhaustiveFitter = new PoissonFitter(table.listCount);
  const exhaustive = (counts: Float64Array) => {
    exhaustiveFitter.loadCounts(counts);
    let bestBic = Number.POSITIVE_INFINITY;
    let bestTotal = Number.NaN;
    for (const interactions of models) {
      const fitted = fitForBic(exhaustiveFitter, interactions, null);
      if (fitted && fitted.ranked.bic < bestBic) {
        bestBic = fitted.ranked.bic;
        bestTotal = fitted.ranked.total;
      }
    }
    return bestTotal;
  };
  const cells: number[] = [];
  table.counts.forEach((count, cell) => {
    if (cell > 0 && count > 0) cells.push(cell);
  });
  const weights = Float64Array.from(cells, (cell) => table.counts[cell]!);
  const sample = new Float64Array(cells.length);
  const scratch = new Float64Array(cells.length);
  const random = new RandomStream(0, 0);
  let largestDifference = 0;
  for (let replicate = 0; replicate < replicates; replicate += 1) {
    random.reseed(2718, replicate);
    sampleMultinomial(random, table.observedTotal, weights, sample, scratch);
    const counts = new Float64Array(table.counts.length);
    cells.forEach((cell, index) => {
      counts[cell] = sample[index]!;
    });
    const expected = exhaustive(counts);
    largestDifference = Math.max(largestDifference, Math.abs(bounded(counts) - expected) / expected);
  }
  return largestDifference;
}

describeWithReferenceData('bounded BIC search for bootstrap replicates', () => {
  it('picks the exhaustive search\'s model on Kosovo replicates (113 models)', () => {
    expect(compareWithExhaustiveSearch('kosovo_1999_4lists', 3, 150)).toBeLessThan(1e-8);
  });

  it('picks the exhaustive search\'s model on sparse New Orleans replicates, where terms fall to −∞', () => {
    expect(compareWithExhaustiveSearch('new_orleans_5lists_n186', 2, 25)).toBeLessThan(1e-8);
  });
});
