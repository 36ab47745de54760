import { toCodeUnits, type CodeUnits } from './code-units';

// Three rows of the dynamic programme, reused by every call in this thread and grown as needed.
let rowTwoBack = new Int32Array(64);
let rowBack = new Int32Array(64);
let rowNow = new Int32Array(64);

/**
 * Damerau–Levenshtein distance in its optimal string alignment (OSA) form: Levenshtein plus the
 * transposition of two adjacent characters, where no substring is edited twice. OSA differs from
 * the unrestricted distance only on contrived inputs ("ca" → "abc" is 3, not 2); for typing errors
 * in names, dates and numbers the two agree, and OSA needs three rows instead of an alphabet-sized
 * table. With `limit`, only the band of width 2·limit + 1 is computed and the result is limit + 1
 * as soon as the distance must exceed it. Allocates nothing.
 */
export function damerauLevenshteinRange(
  a: CodeUnits, aStart: number, aEnd: number,
  b: CodeUnits, bStart: number, bEnd: number,
  limit = 1 << 30,
): number {
  const lengthA = aEnd - aStart;
  const lengthB = bEnd - bStart;
  if (Math.abs(lengthA - lengthB) > limit) return limit + 1;
  if (lengthA === 0) return lengthB;
  if (lengthB === 0) return lengthA;
  if (rowBack.length <= lengthB) {
    rowTwoBack = new Int32Array((lengthB + 1) * 2);
    rowBack = new Int32Array((lengthB + 1) * 2);
    rowNow = new Int32Array((lengthB + 1) * 2);
  }
  const outside = limit + 1;
  let twoBack = rowTwoBack;
  let back = rowBack;
  let now = rowNow;
  for (let j = 0; j <= lengthB; j++) back[j] = j <= limit ? j : outside;
  for (let i = 1; i <= lengthA; i++) {
    const low = Math.max(1, i - limit);
    const high = Math.min(lengthB, i + limit);
    now[0] = i <= limit ? i : outside;
    if (low > 1) now[low - 1] = outside;
    let rowMinimum = now[0]!;
    const unit = a[aStart + i - 1];
    const previousUnit = i > 1 ? a[aStart + i - 2] : -1;
    for (let j = low; j <= high; j++) {
      const other = b[bStart + j - 1];
      let value = back[j - 1]! + (unit === other ? 0 : 1);
      const deletion = back[j]! + 1;
      const insertion = now[j - 1]! + 1;
      if (deletion < value) value = deletion;
      if (insertion < value) value = insertion;
      if (j > 1 && unit === b[bStart + j - 2] && previousUnit === other) {
        const transposition = twoBack[j - 2]! + 1;
        if (transposition < value) value = transposition;
      }
      if (value > outside) value = outside;
      now[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (high < lengthB) now[high + 1] = outside;
    if (rowMinimum > limit) return limit + 1;
    const oldest = twoBack;
    twoBack = back;
    back = now;
    now = oldest;
  }
  const result = back[lengthB]!;
  return result > limit ? limit + 1 : result;
}

/** Damerau–Levenshtein (OSA) distance of two strings (convenience form). */
export function damerauLevenshtein(a: string, b: string, limit?: number): number {
  return damerauLevenshteinRange(toCodeUnits(a), 0, a.length, toCodeUnits(b), 0, b.length, limit);
}
