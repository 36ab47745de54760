// Rounding estimates for publication. The Home Office quoted the 2013 UK estimate as "10,000 to
// 13,000" — the 95% interval 9,982 – 13,182 rounded to the nearest 1,000 — so that the figure
// does not suggest a precision the method does not have.

/** Rounds to the nearest multiple of `step` (halves away from zero). */
export function roundToNearest(value: number, step = 1000): number {
  if (!Number.isFinite(value) || !(step > 0)) throw new RangeError('roundToNearest needs a finite value and a positive step.');
  const rounded = Math.sign(value) * Math.round(Math.abs(value) / step) * step;
  return rounded === 0 ? 0 : rounded;
}

/**
 * A rounding step of the same kind for any size of estimate: one tenth of its order of magnitude
 * (1,000 for the UK's ~11,000; 100 for New Orleans' ~1,000; 10,000 for the Netherlands' ~100,000).
 */
export function chooseRoundingStep(estimate: number): number {
  if (!(estimate >= 10) || !Number.isFinite(estimate)) return 1;
  return 10 ** (Math.floor(Math.log10(estimate)) - 1);
}

/** A published range with its display text, e.g. { lower: 10000, upper: 13000, text: "10,000 – 13,000" }. */
export interface PublishedRange {
  lower: number;
  upper: number;
  step: number;
  text: string;
}

/**
 * Rounds an interval as the Home Office did for its headline range (nearest 1,000 by default; pass
 * chooseRoundingStep(estimate) for other scales). The lower end never rounds below `floor`
 * (the number of people actually observed, rounded down to the step).
 */
export function roundPublishedRange(lower: number, upper: number, step = 1000, floor = 0): PublishedRange {
  const roundedLower = Math.max(roundToNearest(lower, step), Math.floor(floor / step) * step);
  const roundedUpper = Math.max(roundToNearest(upper, step), roundedLower);
  const format = (value: number) => value.toLocaleString('en-GB');
  return { lower: roundedLower, upper: roundedUpper, step, text: `${format(roundedLower)} – ${format(roundedUpper)}` };
}
