import { describe, expect, it } from 'vitest';
import { PoissonFitter } from './poisson-fitter';
import { prepareModel } from './prepared-model';

describe('PoissonFitter', () => {
  it('reproduces the two-list (Lincoln–Petersen) estimate n10 · n01 / n11', () => {
    const fitter = new PoissonFitter(2);
    fitter.loadCounts([0, 30, 20, 10]);
    const prepared = prepareModel(fitter, []);
    const coefficients = new Float64Array(prepared.layout.parameterCount);
    expect(fitter.fit(prepared.layout, coefficients, false)).toBe('converged');
    expect(Math.exp(coefficients[0]!)).toBeCloseTo((30 * 20) / 10, 6);
    // A saturated fit on the observed cells: deviance 0, and the same answer as R's glm iterates.
    expect(fitter.deviance).toBeCloseTo(0, 9);
    expect(fitter.fit(prepared.layout, coefficients, false, 'glm')).toBe('converged');
    expect(Math.exp(coefficients[0]!)).toBeCloseTo(60, 6);
  });

  it('matches the independence fit computed by hand for three lists', () => {
    // Under main effects the fitted means reproduce each list's total and the grand total.
    const counts = [0, 40, 30, 6, 20, 3, 2, 1];
    const fitter = new PoissonFitter(3);
    fitter.loadCounts(counts);
    const prepared = prepareModel(fitter, []);
    const coefficients = new Float64Array(prepared.layout.parameterCount);
    expect(fitter.fit(prepared.layout, coefficients, false)).toBe('converged');
    const fitted = fitter.fittedMeans;
    const sumOver = (predicate: (cell: number) => boolean, values: ArrayLike<number>) => {
      let sum = 0;
      for (let cell = 1; cell < 8; cell += 1) if (predicate(cell)) sum += values[cell]!;
      return sum;
    };
    for (const list of [1, 2, 4]) expect(sumOver((cell) => (cell & list) !== 0, fitted)).toBeCloseTo(sumOver((cell) => (cell & list) !== 0, counts), 8);
    expect(sumOver(() => true, fitted)).toBeCloseTo(102, 8);
    // A warm start from the answer converges at once to the same place.
    const again = Float64Array.from(coefficients);
    expect(fitter.fit(prepared.layout, again, true)).toBe('converged');
    expect(fitter.iterations).toBeLessThanOrEqual(2);
    expect(Array.from(again)).toEqual(Array.from(coefficients).map((value) => expect.closeTo(value, 9)));
  });

  it('drops the cells below an interaction with no overlap (fixed at −∞)', () => {
    const fitter = new PoissonFitter(3);
    fitter.loadCounts([0, 40, 30, 6, 20, 0, 0, 0]);
    const prepared = prepareModel(fitter, [1 | 4, 2 | 4]);
    expect(prepared.minusInfinityMasks).toEqual([5, 6]);
    expect(Array.from(prepared.layout.isCellFitted)).toEqual([0, 1, 1, 1, 1, 0, 0, 0]);
    expect(prepared.totalParameterCount).toBe(6);
  });
});
