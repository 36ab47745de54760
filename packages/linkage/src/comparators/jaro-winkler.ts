import { toCodeUnits, type CodeUnits } from './code-units';

// Scratch reused by every call in this thread: for the bit-parallel path, a bit mask of positions
// per character of the second string (cleared after each call); for long strings, matched flags.
const positionsOfUnit = new Int32Array(65536);
let matchedPositionsA = new Int32Array(64);
let matchedA = new Uint8Array(64);
let matchedB = new Uint8Array(64);

function jaroOfCounts(matches: number, transpositions: number, lengthA: number, lengthB: number): number {
  return (matches / lengthA + matches / lengthB + (matches - transpositions / 2) / matches) / 3;
}

/** Jaro for a second string of at most 31 characters: positions as bits, O(length) per call. */
function jaroShort(a: CodeUnits, aStart: number, lengthA: number, b: CodeUnits, bStart: number, lengthB: number, window: number): number {
  for (let j = 0; j < lengthB; j++) positionsOfUnit[b[bStart + j]!]! |= 1 << j;
  if (matchedPositionsA.length < lengthA) matchedPositionsA = new Int32Array(lengthA * 2);
  let taken = 0;
  let matches = 0;
  for (let i = 0; i < lengthA; i++) {
    const low = i > window ? i - window : 0;
    const high = i + window < lengthB - 1 ? i + window : lengthB - 1;
    if (low > high) continue;
    const inWindow = ((high >= 30 ? 0x7fffffff : (1 << (high + 1)) - 1) >> low) << low;
    const candidates = positionsOfUnit[a[aStart + i]!]! & ~taken & inWindow;
    if (candidates !== 0) {
      taken |= candidates & -candidates;
      matchedPositionsA[matches++] = i;
    }
  }
  for (let j = 0; j < lengthB; j++) positionsOfUnit[b[bStart + j]!] = 0;
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  let bits = taken;
  while (bits !== 0) {
    const lowest = bits & -bits;
    const j = 31 - Math.clz32(lowest);
    if (a[aStart + matchedPositionsA[k]!] !== b[bStart + j]) transpositions++;
    k++;
    bits ^= lowest;
  }
  return jaroOfCounts(matches, transpositions, lengthA, lengthB);
}

/** Jaro for longer strings: the textbook double loop with matched flags. */
function jaroLong(a: CodeUnits, aStart: number, lengthA: number, b: CodeUnits, bStart: number, lengthB: number, window: number): number {
  if (matchedA.length < lengthA) matchedA = new Uint8Array(lengthA * 2);
  if (matchedB.length < lengthB) matchedB = new Uint8Array(lengthB * 2);
  matchedA.fill(0, 0, lengthA);
  matchedB.fill(0, 0, lengthB);
  let matches = 0;
  for (let i = 0; i < lengthA; i++) {
    const low = i > window ? i - window : 0;
    const high = Math.min(lengthB - 1, i + window);
    const unit = a[aStart + i];
    for (let j = low; j <= high; j++) {
      if (matchedB[j] === 0 && b[bStart + j] === unit) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < lengthA; i++) {
    if (matchedA[i] === 0) continue;
    while (matchedB[k] === 0) k++;
    if (a[aStart + i] !== b[bStart + k]) transpositions++;
    k++;
  }
  return jaroOfCounts(matches, transpositions, lengthA, lengthB);
}

/**
 * Jaro similarity of a[aStart, aEnd) and b[bStart, bEnd): the share of characters matched within
 * the usual window, discounted by half the transpositions. Two empty strings are identical (1);
 * one empty string matches nothing (0). Strings up to 31 characters (every name) use a
 * bit-parallel form: each character of the first string finds its partner in one mask operation.
 * Allocates nothing.
 */
export function jaroRange(a: CodeUnits, aStart: number, aEnd: number, b: CodeUnits, bStart: number, bEnd: number): number {
  const lengthA = aEnd - aStart;
  const lengthB = bEnd - bStart;
  if (lengthA === 0 && lengthB === 0) return 1;
  if (lengthA === 0 || lengthB === 0) return 0;
  const window = Math.max(0, (Math.max(lengthA, lengthB) >> 1) - 1);
  return lengthB <= 31
    ? jaroShort(a, aStart, lengthA, b, bStart, lengthB, window)
    : jaroLong(a, aStart, lengthA, b, bStart, lengthB, window);
}

/**
 * Jaro–Winkler similarity (Winkler 1990): Jaro raised by 0.1 per common leading character, up to
 * four, when Jaro already exceeds 0.7. The standard form used by Splink and most linkage tools;
 * MARTHA/MARHTA gives 0.961. Allocates nothing.
 */
export function jaroWinklerRange(a: CodeUnits, aStart: number, aEnd: number, b: CodeUnits, bStart: number, bEnd: number): number {
  const jaro = jaroRange(a, aStart, aEnd, b, bStart, bEnd);
  if (jaro <= 0.7) return jaro;
  const limit = Math.min(4, aEnd - aStart, bEnd - bStart);
  let prefix = 0;
  while (prefix < limit && a[aStart + prefix] === b[bStart + prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Jaro similarity of two strings (convenience form; the hot path uses `jaroRange`). */
export function jaro(a: string, b: string): number {
  return jaroRange(toCodeUnits(a), 0, a.length, toCodeUnits(b), 0, b.length);
}

/** Jaro–Winkler similarity of two strings (convenience form; the hot path uses `jaroWinklerRange`). */
export function jaroWinkler(a: string, b: string): number {
  return jaroWinklerRange(toCodeUnits(a), 0, a.length, toCodeUnits(b), 0, b.length);
}
