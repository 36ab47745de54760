import { describe, expect, it } from 'vitest';
import { logGamma } from './distributions';
import { RandomStream, sampleBinomial, sampleMultinomial } from './random-stream';

describe('RandomStream', () => {
  it('is reproducible for a (seed, index) pair and differs between pairs', () => {
    const draw = (seed: number, index: number) => {
      const random = new RandomStream(seed, index);
      return Array.from({ length: 5 }, () => random.nextUint32());
    };
    expect(draw(1234, 7)).toEqual(draw(1234, 7));
    expect(draw(1234, 7)).not.toEqual(draw(1234, 8));
    expect(draw(1234, 7)).not.toEqual(draw(1235, 7));
    const random = new RandomStream(1, 0);
    random.reseed(1234, 7);
    expect(Array.from({ length: 5 }, () => random.nextUint32())).toEqual(draw(1234, 7));
  });

  it('gives uniform doubles in [0, 1)', () => {
    const random = new RandomStream(99, 0);
    let sum = 0;
    let squares = 0;
    let outOfRange = 0;
    const n = 100000;
    for (let i = 0; i < n; i += 1) {
      const u = random.nextDouble();
      if (!(u >= 0 && u < 1)) outOfRange += 1;
      sum += u;
      squares += u * u;
    }
    expect(outOfRange).toBe(0);
    expect(sum / n).toBeCloseTo(0.5, 2);
    expect(squares / n - (sum / n) ** 2).toBeCloseTo(1 / 12, 2);
  });
});

/** Pearson χ² of binomial draws against the exact probabilities, as a z-score on its degrees of freedom. */
function binomialFitScore(trials: number, probability: number, draws: number): number {
  const random = new RandomStream(2024, trials);
  const observed = new Map<number, number>();
  let outOfRange = 0;
  for (let i = 0; i < draws; i += 1) {
    const value = sampleBinomial(random, trials, probability);
    if (!(Number.isInteger(value) && value >= 0 && value <= trials)) outOfRange += 1;
    observed.set(value, (observed.get(value) ?? 0) + 1);
  }
  expect(outOfRange).toBe(0);
  let chiSquared = 0;
  let degrees = -1;
  let restObserved = 0;
  let restExpected = 0;
  for (let k = 0; k <= trials; k += 1) {
    const expected = draws * Math.exp(logGamma(trials + 1) - logGamma(k + 1) - logGamma(trials - k + 1) + k * Math.log(probability) + (trials - k) * Math.log1p(-probability));
    if (expected >= 10) {
      chiSquared += ((observed.get(k) ?? 0) - expected) ** 2 / expected;
      degrees += 1;
    } else {
      restObserved += observed.get(k) ?? 0;
      restExpected += expected;
    }
  }
  if (restExpected >= 5) {
    chiSquared += (restObserved - restExpected) ** 2 / restExpected;
    degrees += 1;
  }
  return (chiSquared - degrees) / Math.sqrt(2 * degrees);
}

describe('sampleBinomial', () => {
  it('follows the binomial distribution by inversion (small means) and by BTRD (large means)', () => {
    for (const [trials, probability] of [
      [30, 0.1],
      [50, 0.3],
      [4400, 0.0041],
      [4400, 0.257],
      [3000, 0.9],
      [200, 0.5],
    ] as const) {
      expect(Math.abs(binomialFitScore(trials, probability, 100000))).toBeLessThan(5);
    }
  });

  it('handles the edge cases', () => {
    const random = new RandomStream(1, 1);
    expect(sampleBinomial(random, 0, 0.5)).toBe(0);
    expect(sampleBinomial(random, 10, 0)).toBe(0);
    expect(sampleBinomial(random, 10, 1)).toBe(10);
  });
});

describe('sampleMultinomial', () => {
  it('conserves the total and has the right means', () => {
    const random = new RandomStream(5, 5);
    const weights = [1131, 845, 936, 306, 18, 0, 27];
    const out = new Float64Array(weights.length);
    const scratch = new Float64Array(weights.length);
    const sums = new Float64Array(weights.length);
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    const draws = 2000;
    for (let i = 0; i < draws; i += 1) {
      sampleMultinomial(random, total, weights, out, scratch);
      expect(out.reduce((sum, value) => sum + value, 0)).toBe(total);
      expect(out[5]).toBe(0);
      out.forEach((value, index) => {
        sums[index]! += value;
      });
    }
    weights.forEach((weight, index) => {
      const standardError = Math.sqrt((weight * (1 - weight / total)) / draws);
      expect(Math.abs(sums[index]! / draws - weight)).toBeLessThanOrEqual(5 * standardError + 1e-12);
    });
  });
});
