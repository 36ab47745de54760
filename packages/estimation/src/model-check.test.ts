import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listPairs } from './lattice';
import { checkPreparedModel, doesEstimateExistByFullLinearProgram } from './model-check';
import { PoissonFitter } from './poisson-fitter';
import { prepareModel } from './prepared-model';

describe('checkPreparedModel', () => {
  it('agrees with the original Fienberg–Rinaldo linear program on random sparse tables and models', () => {
    const tableAndModel = fc.integer({ min: 3, max: 4 }).chain((listCount) =>
      fc.record({
        listCount: fc.constant(listCount),
        counts: fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 20 })), { minLength: (1 << listCount) - 1, maxLength: (1 << listCount) - 1 }),
        pairs: fc.subarray(listPairs(listCount)),
      }),
    );
    fc.assert(
      fc.property(tableAndModel, ({ listCount, counts, pairs }) => {
        const fitter = new PoissonFitter(listCount);
        fitter.loadCounts([0, ...counts]);
        const prepared = prepareModel(fitter, pairs);
        const outcome = checkPreparedModel(fitter, prepared, true);
        expect(outcome.exists).toBe(doesEstimateExistByFullLinearProgram(fitter, prepared));
        expect(outcome.code).toBe((outcome.exists ? 0 : 1) + (outcome.identifiable ? 0 : 2));
      }),
      { numRuns: 300 },
    );
  });

  it('treats a list with no case as fatal in the CSV 2021 convention and as −∞ in SCV 2024', () => {
    const fitter = new PoissonFitter(3);
    fitter.loadCounts([0, 10, 12, 3, 0, 0, 0, 0]);
    const prepared = prepareModel(fitter, []);
    expect(checkPreparedModel(fitter, prepared, false).code).toBe(1);
    expect(checkPreparedModel(fitter, prepared, true).code).toBe(0);
  });
});
