import { describe, expect, it } from 'vitest';
import { LINKAGE_PHASES, progressOf } from './linkage-progress';

describe('the progress of a linkage run', () => {
  it('starts at nothing and ends whole', () => {
    expect(progressOf({ status: 'running', phase: 'load', done: 0, total: 0 }).overallFraction).toBe(0);
    const completed = progressOf({ status: 'completed', phase: 'done', done: 3, total: 7 });
    expect(completed).toMatchObject({ phase: 'done', step: LINKAGE_PHASES.length, overallFraction: 1, phaseFraction: 1 });
  });

  it('moves forward through the phases and within each', () => {
    const early = progressOf({ status: 'running', phase: 'index', done: 1, total: 4 });
    const later = progressOf({ status: 'running', phase: 'index', done: 3, total: 4 });
    const scoring = progressOf({ status: 'running', phase: 'score', done: 0, total: 10 });
    expect(early.phaseFraction).toBe(0.25);
    expect(later.overallFraction).toBeGreaterThan(early.overallFraction);
    expect(scoring.overallFraction).toBeGreaterThan(later.overallFraction);
    expect(scoring.step).toBe(LINKAGE_PHASES.indexOf('score') + 1);
    expect(scoring.overallFraction).toBeLessThan(1);
  });

  it('stays within bounds on odd reports and unknown phases', () => {
    const overshoot = progressOf({ status: 'running', phase: 'cluster', done: 9, total: 4 });
    expect(overshoot.phaseFraction).toBe(1);
    expect(overshoot.overallFraction).toBeLessThanOrEqual(1);
    expect(progressOf({ status: 'running', phase: 'something-new', done: 2, total: 4 })).toMatchObject({ phase: null, step: 1 });
    expect(progressOf({ status: 'failed', phase: null, done: 0, total: 0 }).overallFraction).toBe(0);
  });
});
