import { damerauLevenshteinRange } from './damerau-levenshtein';
import type { PartialDate } from './partial-date';

const digitsA = new Uint16Array(8);
const digitsB = new Uint16Array(8);

function spell(digits: number, into: Uint16Array): void {
  let rest = digits;
  for (let index = 7; index >= 0; index--) {
    into[index] = 48 + (rest % 10);
    rest = Math.floor(rest / 10);
  }
}

/** True when both dates are known to the day and are the same day. */
export function isSameDay(yearA: number, monthA: number, dayA: number, yearB: number, monthB: number, dayB: number): boolean {
  return dayA !== 0 && dayB !== 0 && yearA === yearB && monthA === monthB && dayA === dayB;
}

/**
 * True when the dates agree on every part both of them know and at least one of them is partial:
 * "1990" against "1990-05-12", or "1990-05" against "1990-05-12". This is all the agreement a
 * partial date can show, and it carries less evidence than two equal full dates, so it is a level
 * of its own.
 */
export function agreesAtPrecision(yearA: number, monthA: number, dayA: number, yearB: number, monthB: number, dayB: number): boolean {
  if (yearA !== yearB || yearA === 0) return false;
  if (dayA !== 0 && dayB !== 0) return false;
  if (monthA !== 0 && monthB !== 0 && monthA !== monthB) return false;
  return true;
}

/**
 * Edit distance (Damerau–Levenshtein, OSA) between the eight written digits YYYYMMDD of two dates,
 * which catches typing errors even when one of them produced an impossible date. Returns 99 when
 * either date was not written with all eight digits. Allocates nothing.
 */
export function dateDigitDistance(digitsOfA: number, digitsOfB: number, limit = 8): number {
  if (digitsOfA < 0 || digitsOfB < 0) return 99;
  if (digitsOfA === digitsOfB) return 0;
  if (limit <= 1) {
    // Equal lengths: one edit is one changed digit or one exchange of neighbours.
    let rest = digitsOfA ^ 0;
    let other = digitsOfB ^ 0;
    let differences = 0;
    let firstDifference = -1;
    const spelledA = digitsA;
    const spelledB = digitsB;
    for (let index = 7; index >= 0; index--) {
      spelledA[index] = rest % 10;
      spelledB[index] = other % 10;
      rest = (rest - spelledA[index]!) / 10;
      other = (other - spelledB[index]!) / 10;
      if (spelledA[index] !== spelledB[index]) {
        differences++;
        firstDifference = index;
      }
    }
    if (differences === 1) return 1;
    if (differences === 2 && firstDifference < 7 && spelledA[firstDifference] === spelledB[firstDifference + 1]
      && spelledA[firstDifference + 1] === spelledB[firstDifference]) return 1;
    return limit + 1;
  }
  spell(digitsOfA, digitsA);
  spell(digitsOfB, digitsB);
  return damerauLevenshteinRange(digitsA, 0, 8, digitsB, 0, 8, limit);
}

/**
 * True when two dates written in full differ only by day and month being exchanged
 * (1990-03-05 against 1990-05-03), the commonest confusion between day-first and month-first
 * forms. Works on the written digits, so an exchange that made the month impossible is found too.
 */
export function isDayMonthSwapped(digitsOfA: number, digitsOfB: number): boolean {
  if (digitsOfA < 0 || digitsOfB < 0) return false;
  const yearA = Math.floor(digitsOfA / 10000);
  const yearB = Math.floor(digitsOfB / 10000);
  if (yearA !== yearB) return false;
  const monthA = Math.floor(digitsOfA / 100) % 100;
  const dayA = digitsOfA % 100;
  const monthB = Math.floor(digitsOfB / 100) % 100;
  const dayB = digitsOfB % 100;
  return monthA !== dayA && monthA === dayB && dayA === monthB;
}

/**
 * Absolute difference in days between two dates known to the day; Infinity when either is
 * partial (a partial date has no day to measure from).
 */
export function dayDistance(yearA: number, monthA: number, dayA: number, yearB: number, monthB: number, dayB: number): number {
  if (dayA === 0 || dayB === 0) return Infinity;
  return Math.abs(Date.UTC(yearA, monthA - 1, dayA) - Date.UTC(yearB, monthB - 1, dayB)) / 86_400_000;
}

/** Absolute difference between the years of two dates; Infinity when either is absent. */
export function yearDistance(yearA: number, yearB: number): number {
  if (yearA === 0 || yearB === 0) return Infinity;
  return Math.abs(yearA - yearB);
}

/**
 * Packs the eight digits YYYYMMDD into four-bit nibbles (1990-05-12 → 0x19900512), or -1 when the
 * date was not written in full; input of `packedDateDistance` and `isPackedDayMonthSwap`.
 */
export function packDateDigits(digits: number): number {
  if (digits < 0) return -1;
  let packed = 0;
  let rest = digits;
  for (let shift = 0; shift < 32; shift += 4) {
    const quotient = Math.floor(rest / 10);
    packed |= (rest - quotient * 10) << shift;
    rest = quotient;
  }
  return packed;
}

/**
 * Typing-error distance between two packed dates, capped at 2: 0 equal, 1 for one changed digit or
 * one exchange of neighbouring digits, 2 otherwise (and for dates not written in full). Eight
 * fixed-width digits cannot differ by one insertion, so these are the only single edits.
 */
export function packedDateDistance(packedA: number, packedB: number): number {
  if (packedA === -1 || packedB === -1) return 2;
  const difference = packedA ^ packedB;
  if (difference === 0) return 0;
  const nibbles = (difference | (difference >>> 1) | (difference >>> 2) | (difference >>> 3)) & 0x11111111;
  let count = nibbles - ((nibbles >>> 1) & 0x55555555);
  count = (count & 0x33333333) + ((count >>> 2) & 0x33333333);
  count = (((count + (count >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  if (count === 1) return 1;
  if (count !== 2) return 2;
  // Two differing digits: an exchange when they are neighbours holding each other's value.
  const low = 31 - Math.clz32(nibbles & -nibbles);
  const high = 31 - Math.clz32(nibbles);
  if (high - low !== 4) return 2;
  const digitA = (packedA >>> low) & 15;
  const nextA = (packedA >>> high) & 15;
  const digitB = (packedB >>> low) & 15;
  const nextB = (packedB >>> high) & 15;
  return digitA === nextB && nextA === digitB ? 1 : 2;
}

/** Day and month exchanged, on packed dates (see isDayMonthSwapped). */
export function isPackedDayMonthSwap(packedA: number, packedB: number): boolean {
  if (packedA === -1 || packedB === -1) return false;
  if (packedA >>> 16 !== packedB >>> 16) return false;
  const monthA = (packedA >>> 8) & 0xff;
  const dayA = packedA & 0xff;
  return monthA !== dayA && monthA === (packedB & 0xff) && dayA === ((packedB >>> 8) & 0xff);
}

/** Convenience forms of the above on parsed dates, for tests and explanations. */
export const partialDateRelations = {
  isSameDay: (a: PartialDate, b: PartialDate) => isSameDay(a.year, a.month, a.day, b.year, b.month, b.day),
  agreesAtPrecision: (a: PartialDate, b: PartialDate) => agreesAtPrecision(a.year, a.month, a.day, b.year, b.month, b.day),
  digitDistance: (a: PartialDate, b: PartialDate) => dateDigitDistance(a.digits, b.digits),
  isDayMonthSwapped: (a: PartialDate, b: PartialDate) => isDayMonthSwapped(a.digits, b.digits),
  dayDistance: (a: PartialDate, b: PartialDate) => dayDistance(a.year, a.month, a.day, b.year, b.month, b.day),
  yearDistance: (a: PartialDate, b: PartialDate) => yearDistance(a.year, b.year),
};
