import { toCodeUnits, type CodeUnits } from './code-units';

// Two rows of the dynamic programme, reused by every call in this thread and grown as needed.
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/**
 * Levenshtein distance (insertions, deletions, substitutions) between a[aStart, aEnd) and
 * b[bStart, bEnd). With `limit`, only the diagonal band of width 2·limit + 1 is computed and the
 * result is limit + 1 as soon as the distance must exceed it, which is all a thresholded level
 * needs. Allocates nothing.
 */
export function levenshteinRange(
  a: CodeUnits, aStart: number, aEnd: number,
  b: CodeUnits, bStart: number, bEnd: number,
  limit = 1 << 30,
): number {
  const lengthA = aEnd - aStart;
  const lengthB = bEnd - bStart;
  if (Math.abs(lengthA - lengthB) > limit) return limit + 1;
  if (lengthA === 0) return lengthB;
  if (lengthB === 0) return lengthA;
  if (previousRow.length <= lengthB) {
    previousRow = new Int32Array((lengthB + 1) * 2);
    currentRow = new Int32Array((lengthB + 1) * 2);
  }
  const outside = limit + 1;
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= lengthB; j++) previous[j] = j <= limit ? j : outside;
  for (let i = 1; i <= lengthA; i++) {
    const low = Math.max(1, i - limit);
    const high = Math.min(lengthB, i + limit);
    current[0] = i <= limit ? i : outside;
    if (low > 1) current[low - 1] = outside;
    let rowMinimum = current[0]!;
    const unit = a[aStart + i - 1];
    for (let j = low; j <= high; j++) {
      let value = previous[j - 1]! + (unit === b[bStart + j - 1] ? 0 : 1);
      const deletion = previous[j]! + 1;
      const insertion = current[j - 1]! + 1;
      if (deletion < value) value = deletion;
      if (insertion < value) value = insertion;
      if (value > outside) value = outside;
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (high < lengthB) current[high + 1] = outside;
    if (rowMinimum > limit) return limit + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  const result = previous[lengthB]!;
  return result > limit ? limit + 1 : result;
}

/** Levenshtein distance of two strings (convenience form). */
export function levenshtein(a: string, b: string, limit?: number): number {
  return levenshteinRange(toCodeUnits(a), 0, a.length, toCodeUnits(b), 0, b.length, limit);
}
