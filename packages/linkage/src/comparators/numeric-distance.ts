/**
 * Absolute difference between two numbers; Infinity when either is missing (NaN), so that any
 * "within" test fails instead of passing on garbage.
 */
export function numericDistance(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Infinity;
  return Math.abs(a - b);
}

/**
 * Difference relative to the larger magnitude (0 when equal, 1 when one is zero and the other is
 * not); Infinity when either is missing.
 */
export function relativeDifference(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Infinity;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 ? 0 : Math.abs(a - b) / scale;
}
