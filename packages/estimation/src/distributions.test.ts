import { describe, expect, it } from 'vitest';
import {
  chiSquaredOneQuantile,
  logGamma,
  normalCdf,
  normalQuantile,
  poissonLowerTail,
  poissonUpperTail,
  regularizedGammaP,
  regularizedGammaQ,
} from './distributions';

describe('logGamma', () => {
  it('matches exact values', () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    let logFactorial = 0;
    for (let k = 2; k <= 170; k += 1) logFactorial += Math.log(k);
    expect(logGamma(171) / logFactorial).toBeCloseTo(1, 13);
  });
});

describe('regularised incomplete gamma', () => {
  it('reduces to the exponential distribution for a = 1', () => {
    for (const x of [0.01, 0.5, 3, 30]) {
      expect(regularizedGammaP(1, x)).toBeCloseTo(1 - Math.exp(-x), 14);
      expect(regularizedGammaQ(1, x) / Math.exp(-x)).toBeCloseTo(1, 12);
    }
  });

  it('keeps relative accuracy far in the tails', () => {
    // P(X ≥ 60) for X ~ Poisson(5): dominated by the first term e^-5 5^60 / 60!.
    const firstTerm = Math.exp(-5 + 60 * Math.log(5) - logGamma(61));
    const tail = poissonUpperTail(60, 5);
    expect(tail).toBeGreaterThan(firstTerm);
    expect(tail / firstTerm).toBeLessThan(1.1);
  });
});

describe('Poisson tails', () => {
  it('match hand-computed values', () => {
    expect(poissonLowerTail(0, 2.5)).toBeCloseTo(Math.exp(-2.5), 15);
    expect(poissonUpperTail(5, 2)).toBeCloseTo(1 - 7 * Math.exp(-2), 14);
    expect(poissonLowerTail(4, 2) + poissonUpperTail(5, 2)).toBeCloseTo(1, 14);
  });

  it('handle a zero mean and a zero count', () => {
    expect(poissonLowerTail(0, 0)).toBe(1);
    expect(poissonUpperTail(0, 3)).toBe(1);
    expect(poissonUpperTail(2, 0)).toBe(0);
  });
});

describe('normal distribution', () => {
  it('has the usual quantiles', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 13);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 10);
    expect(chiSquaredOneQuantile(0.95)).toBeCloseTo(3.841458820694124, 12);
  });

  it('inverts its CDF', () => {
    for (const p of [1e-12, 0.001, 0.1, 0.3, 0.77, 0.999]) expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 12);
    expect(normalCdf(-1.96)).toBeCloseTo(0.024997895148220435, 15);
  });
});
