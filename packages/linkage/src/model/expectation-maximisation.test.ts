import { describe, expect, it } from 'vitest';
import { createRandom } from '../engine/random';
import { runExpectationMaximisation, type PatternCounts } from './expectation-maximisation';
import { initialM } from './train-model';

/** Draws comparison vectors from a known two-class model and tallies them into patterns. */
function simulate(m: number[][], u: number[][], probability: number, pairs: number, seed: number): PatternCounts {
  const random = createRandom(seed);
  const draw = (distribution: number[]) => {
    let target = random();
    for (let level = 1; level < distribution.length; level++) {
      target -= distribution[level]!;
      if (target < 0) return level;
    }
    return distribution.length - 1;
  };
  const tally = new Map<string, number>();
  for (let pair = 0; pair < pairs; pair++) {
    const isMatch = random() < probability;
    const levels = m.map((_, c) => draw(isMatch ? m[c]! : u[c]!));
    const key = levels.join(',');
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  const keys = [...tally.keys()];
  return {
    comparisons: m.length,
    levels: Uint8Array.from(keys.flatMap((key) => key.split(',').map(Number))),
    counts: Float64Array.from(keys, (key) => tally.get(key)!),
  };
}

describe('runExpectationMaximisation', () => {
  // Level 0 is the missing level (probability 0 here); then the levels strongest first.
  const trueM = [[0, 0.85, 0.1, 0.05], [0, 0.7, 0.2, 0.1], [0, 0.9, 0.1], [0, 0.6, 0.3, 0.1], [0, 0.8, 0.15, 0.05]];
  const trueU = [[0, 0.01, 0.04, 0.95], [0, 0.02, 0.08, 0.9], [0, 0.1, 0.9], [0, 0.05, 0.15, 0.8], [0, 0.005, 0.045, 0.95]];

  it('recovers known m and the match share from generated pairs, u fixed', () => {
    const patterns = simulate(trueM, trueU, 0.2, 200_000, 11);
    const result = runExpectationMaximisation(patterns, trueU, trueM.map((levels) => initialM(levels.length)), trueM.map(() => true), 0.5);
    expect(result.converged).toBe(true);
    expect(result.probabilityMatch).toBeCloseTo(0.2, 2);
    trueM.forEach((levels, c) => levels.forEach((value, level) => {
      if (level > 0) expect(Math.abs(result.m[c]![level]! - value)).toBeLessThan(0.02);
    }));
  });

  it('leaves inactive comparisons untouched and is deterministic', () => {
    const patterns = simulate(trueM, trueU, 0.2, 50_000, 5);
    const start = trueM.map((levels) => initialM(levels.length));
    const active = [true, true, false, true, true];
    const first = runExpectationMaximisation(patterns, trueU, start, active, 0.3);
    const second = runExpectationMaximisation(patterns, trueU, start, active, 0.3);
    expect(first.m[2]).toEqual(start[2]);
    expect(first).toEqual(second);
    expect(first.m.flat().every(Number.isFinite)).toBe(true);
  });
});
