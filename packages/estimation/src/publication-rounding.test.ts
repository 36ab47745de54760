import { describe, expect, it } from 'vitest';
import { chooseRoundingStep, roundPublishedRange, roundToNearest } from './publication-rounding';

describe('publication rounding', () => {
  it('turns the UK 2013 interval 9,982 – 13,182 into the Home Office range 10,000 – 13,000', () => {
    expect(roundPublishedRange(9982, 13182)).toEqual({ lower: 10000, upper: 13000, step: 1000, text: '10,000 – 13,000' });
  });

  it('rounds halves away from zero and picks a step for the scale of the estimate', () => {
    expect(roundToNearest(11500)).toBe(12000);
    expect(roundToNearest(1184, 100)).toBe(1200);
    expect(chooseRoundingStep(11409)).toBe(1000);
    expect(chooseRoundingStep(1184)).toBe(100);
    expect(chooseRoundingStep(148789)).toBe(10000);
    expect(chooseRoundingStep(7)).toBe(1);
  });

  it('never rounds the lower end below the number observed, nor the upper below the lower', () => {
    expect(roundPublishedRange(2300, 2400, 1000, 2744)).toMatchObject({ lower: 2000, upper: 2000 });
    expect(roundPublishedRange(9400, 9600, 1000, 9500)).toMatchObject({ lower: 9000, upper: 10000 });
    expect(() => roundToNearest(Number.NaN)).toThrow(RangeError);
  });
});
