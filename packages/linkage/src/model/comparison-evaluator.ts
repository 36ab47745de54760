import { damerauLevenshteinRange } from '../comparators/damerau-levenshtein';
import { agreesAtPrecision, dateDigitDistance, dayDistance, isPackedDayMonthSwap, isSameDay, packedDateDistance } from '../comparators/date-similarity';
import { jaroWinklerRange } from '../comparators/jaro-winkler';
import { levenshteinRange } from '../comparators/levenshtein';
import { numericDistance, relativeDifference } from '../comparators/numeric-distance';
import { tokenSetSimilarityRange } from '../comparators/token-set-similarity';
import type { DateColumn, EncodedDataset, NumberColumn, TextColumn } from '../encode/columns';
import type { ResolvedComparison } from './resolve-settings';
import type { LevelDefinition } from './settings';

/**
 * Computes a pair's level in one comparison: 0 when either value is missing (the null level),
 * 1 … n for the comparison's levels in order (the first that holds), n + 1 for "all other".
 * `keyFrequency` gives the term frequency of what two records share at a level — the value for
 * the exact level, the sorted tokens, phonetic key or consonant skeleton for the equivalence
 * levels — or 0 when there is none (no adjustment). Both allocate nothing.
 */
export interface ComparisonEvaluator {
  levelOf(a: number, b: number): number;
  keyFrequency(a: number, b: number, level: number): number;
}

/** Level types as small integers, so the per-pair loop switches on numbers. */
const levelCode: Record<LevelDefinition['type'], number> = {
  exact: 1, tokensAnyOrder: 2, equivalentSpelling: 3, jaroWinkler: 4, tokenSet: 5, levenshtein: 6,
  damerauLevenshtein: 7, swapped: 8, sameDay: 9, sameAtPrecision: 10, dateTypo: 11, dayMonthSwapped: 12,
  withinDays: 13, withinYears: 14, withinAbsolute: 15, withinRelative: 16, sameConsonants: 17,
};

function codesOf(levels: LevelDefinition[]): Int32Array {
  return Int32Array.from(levels, (level) => levelCode[level.type]);
}

function parameterOf(level: LevelDefinition): number {
  switch (level.type) {
    case 'sameAtPrecision': return level.precision === 'month' ? 2 : level.precision === 'year' ? 1 : 0;
    case 'jaroWinkler': case 'tokenSet': case 'swapped': return level.threshold;
    case 'levenshtein': case 'damerauLevenshtein': case 'dateTypo': return level.maxDistance;
    case 'withinDays': return level.days;
    case 'withinYears': return level.years;
    case 'withinAbsolute': return level.distance;
    case 'withinRelative': return level.ratio;
    default: return 0;
  }
}

function maximumParameter(levels: LevelDefinition[], type: LevelDefinition['type']): number {
  let maximum = 0;
  for (const level of levels) if (level.type === type) maximum = Math.max(maximum, parameterOf(level));
  return maximum;
}

const levelCacheBits = 16;
const levelCacheSize = 1 << levelCacheBits;

// Character counts for the multiset bound, reset after each use.
const characterBalance = new Int32Array(65536);

/**
 * A lower bound of the edit distance between two ranges of one buffer: an edit adds or removes at
 * most one character of each kind, so the distance is at least the larger count of characters one
 * side has in excess. Rejects most unrelated identifiers before the dynamic programme.
 */
function multisetDistanceBound(chars: Uint16Array, as: number, ae: number, bs: number, be: number): number {
  for (let index = as; index < ae; index++) characterBalance[chars[index]!]!++;
  for (let index = bs; index < be; index++) characterBalance[chars[index]!]!--;
  let excessA = 0;
  let excessB = 0;
  for (let index = as; index < ae; index++) {
    const balance = characterBalance[chars[index]!]!;
    if (balance > 0) {
      excessA += balance;
      characterBalance[chars[index]!] = 0;
    }
  }
  for (let index = bs; index < be; index++) {
    const balance = characterBalance[chars[index]!]!;
    if (balance < 0) excessB -= balance;
    characterBalance[chars[index]!] = 0;
  }
  return excessA > excessB ? excessA : excessB;
}

function textEvaluator(comparison: ResolvedComparison, column: TextColumn, swapColumn: TextColumn | undefined): ComparisonEvaluator {
  const {
    recordEntry, entryToken, tokenChar, chars, entryValue, entrySorted, entryKey, entrySkeleton, tokenValue, tokenKey,
    tokenGroupLow, tokenGroupHigh, valueFrequency, equivalenceFrequency,
  } = column;
  const types = codesOf(comparison.levels);
  const parameters = Float64Array.from(comparison.levels, parameterOf);
  const levelCount = types.length;
  const levenshteinLimit = maximumParameter(comparison.levels, 'levenshtein');
  const damerauLimit = maximumParameter(comparison.levels, 'damerauLevenshtein');

  const anyEqual = (ids: Int32Array, a0: number, a1: number, b0: number, b1: number): boolean => {
    for (let ea = a0; ea < a1; ea++) for (let eb = b0; eb < b1; eb++) if (ids[ea] === ids[eb]) return true;
    return false;
  };

  const isEquivalentEntry = (ea: number, eb: number): boolean => {
    if (entryKey[ea] === entryKey[eb] && entryKey[ea]! >= 0) return true;
    const ta0 = entryToken[ea]!;
    const ta1 = entryToken[ea + 1]!;
    const tb0 = entryToken[eb]!;
    const tb1 = entryToken[eb + 1]!;
    if (ta1 - ta0 !== tb1 - tb0 || ta1 - ta0 > 8) return false;
    let used = 0;
    for (let ta = ta0; ta < ta1; ta++) {
      let found = false;
      for (let tb = tb0; tb < tb1; tb++) {
        const bit = 1 << (tb - tb0);
        if ((used & bit) !== 0) continue;
        if (tokenValue[ta] === tokenValue[tb] || (tokenKey[ta] === tokenKey[tb] && tokenKey[ta]! >= 0)
          || (tokenGroupLow[ta]! & tokenGroupLow[tb]!) !== 0 || (tokenGroupHigh[ta]! & tokenGroupHigh[tb]!) !== 0) {
          used |= bit;
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  };

  const bestJaroWinkler = (a0: number, a1: number, b0: number, b1: number): number => {
    let best = 0;
    for (let ea = a0; ea < a1; ea++) {
      for (let eb = b0; eb < b1; eb++) {
        const similarity = jaroWinklerRange(chars, tokenChar[entryToken[ea]!]!, tokenChar[entryToken[ea + 1]!]!, chars, tokenChar[entryToken[eb]!]!, tokenChar[entryToken[eb + 1]!]!);
        if (similarity > best) best = similarity;
      }
    }
    return best;
  };

  const bestTokenSet = (source: TextColumn, a0: number, a1: number, target: TextColumn, b0: number, b1: number): number => {
    let best = 0;
    for (let ea = a0; ea < a1; ea++) {
      for (let eb = b0; eb < b1; eb++) {
        const similarity = tokenSetSimilarityRange(
          source.chars, source.tokenChar, source.entryToken[ea]!, source.entryToken[ea + 1]!,
          target.chars, target.tokenChar, target.entryToken[eb]!, target.entryToken[eb + 1]!,
        );
        if (similarity > best) best = similarity;
      }
    }
    return best;
  };

  const smallestDistance = (isDamerau: boolean, limit: number, a0: number, a1: number, b0: number, b1: number): number => {
    let best = limit + 1;
    for (let ea = a0; ea < a1; ea++) {
      for (let eb = b0; eb < b1; eb++) {
        const as = tokenChar[entryToken[ea]!]!;
        const ae = tokenChar[entryToken[ea + 1]!]!;
        const bs = tokenChar[entryToken[eb]!]!;
        const be = tokenChar[entryToken[eb + 1]!]!;
        const distance = isDamerau ? damerauLevenshteinRange(chars, as, ae, chars, bs, be, limit) : levenshteinRange(chars, as, ae, chars, bs, be, limit);
        if (distance < best) best = distance;
      }
    }
    return best;
  };

  const isSwapped = (a: number, b: number, a0: number, a1: number, b0: number, b1: number, threshold: number): boolean => {
    if (!swapColumn) return false;
    const sb0 = swapColumn.recordEntry[b]!;
    const sb1 = swapColumn.recordEntry[b + 1]!;
    if (sb0 === sb1) return false;
    if (bestTokenSet(column, a0, a1, swapColumn, sb0, sb1) < threshold) return false;
    const sa0 = swapColumn.recordEntry[a]!;
    const sa1 = swapColumn.recordEntry[a + 1]!;
    // Both directions must agree when the first record has both names; one is enough otherwise.
    return sa0 === sa1 || bestTokenSet(swapColumn, sa0, sa1, column, b0, b1) >= threshold;
  };

  // The usual case: each record has one entry. Similarities are computed once, when first needed.
  const singleLevel = (a: number, b: number, ea: number, eb: number): number => {
    const ta0 = entryToken[ea]!;
    const ta1 = entryToken[ea + 1]!;
    const tb0 = entryToken[eb]!;
    const tb1 = entryToken[eb + 1]!;
    const as = tokenChar[ta0]!;
    const ae = tokenChar[ta1]!;
    const bs = tokenChar[tb0]!;
    const be = tokenChar[tb1]!;
    const isSingleToken = ta1 - ta0 === 1 && tb1 - tb0 === 1;
    let jaroWinkler = -1;
    let tokenSet = -1;
    let levenshtein = -1;
    let damerau = -1;
    for (let level = 0; level < levelCount; level++) {
      const parameter = parameters[level]!;
      switch (types[level]) {
        case 1: // exact
          if (entryValue[ea] === entryValue[eb]) return level + 1;
          break;
        case 2: // tokensAnyOrder
          if (entrySorted[ea] === entrySorted[eb]) return level + 1;
          break;
        case 3: // equivalentSpelling
          if (isEquivalentEntry(ea, eb)) return level + 1;
          break;
        case 17: // sameConsonants
          if (entrySkeleton[ea] === entrySkeleton[eb] && entrySkeleton[ea]! >= 0) return level + 1;
          break;
        case 4: // jaroWinkler
          if (jaroWinkler < 0) jaroWinkler = jaroWinklerRange(chars, as, ae, chars, bs, be);
          if (jaroWinkler >= parameter) return level + 1;
          break;
        case 5: // tokenSet (for single tokens it is Jaro–Winkler)
          if (tokenSet < 0) {
            if (isSingleToken) {
              if (jaroWinkler < 0) jaroWinkler = jaroWinklerRange(chars, as, ae, chars, bs, be);
              tokenSet = jaroWinkler;
            } else {
              tokenSet = tokenSetSimilarityRange(chars, tokenChar, ta0, ta1, chars, tokenChar, tb0, tb1);
            }
          }
          if (tokenSet >= parameter) return level + 1;
          break;
        case 6: // levenshtein
          if (levenshtein < 0) levenshtein = multisetDistanceBound(chars, as, ae, bs, be) > levenshteinLimit ? levenshteinLimit + 1 : levenshteinRange(chars, as, ae, chars, bs, be, levenshteinLimit);
          if (levenshtein <= parameter) return level + 1;
          break;
        case 7: // damerauLevenshtein
          if (damerau < 0) damerau = multisetDistanceBound(chars, as, ae, bs, be) > damerauLimit ? damerauLimit + 1 : damerauLevenshteinRange(chars, as, ae, chars, bs, be, damerauLimit);
          if (damerau <= parameter) return level + 1;
          break;
        case 8: // swapped
          if (isSwapped(a, b, ea, ea + 1, eb, eb + 1, parameter)) return level + 1;
          break;
        default:
          break;
      }
    }
    return levelCount + 1;
  };

  // Values repeat (common names), so pairs of the same two values recur: remember the level of
  // recent value pairs in a small direct-mapped table. Not for swapped levels, which also read
  // another column.
  const isCacheable = !types.includes(8);
  const cacheKeys = new Float64Array(isCacheable ? levelCacheSize : 0).fill(-1);
  const cacheLevels = new Uint8Array(isCacheable ? levelCacheSize : 0);

  return {
    levelOf(a: number, b: number): number {
      const a0 = recordEntry[a]!;
      const a1 = recordEntry[a + 1]!;
      const b0 = recordEntry[b]!;
      const b1 = recordEntry[b + 1]!;
      if (a0 === a1 || b0 === b1) return 0;
      if (a1 - a0 === 1 && b1 - b0 === 1) {
        if (!isCacheable) return singleLevel(a, b, a0, b0);
        const valueA = entryValue[a0]!;
        const valueB = entryValue[b0]!;
        const key = valueA * 67_108_864 + valueB;
        const slot = (Math.imul(valueA, 0x9e3779b1) ^ Math.imul(valueB + 0x7f4a7c15, 0x85ebca6b)) >>> (32 - levelCacheBits);
        if (cacheKeys[slot] === key) return cacheLevels[slot]!;
        const level = singleLevel(a, b, a0, b0);
        cacheKeys[slot] = key;
        cacheLevels[slot] = level;
        return level;
      }
      let jaroWinkler = -1;
      let tokenSet = -1;
      let levenshtein = -1;
      let damerau = -1;
      for (let level = 0; level < levelCount; level++) {
        const parameter = parameters[level]!;
        switch (types[level]) {
          case 1: // exact
            if (anyEqual(entryValue, a0, a1, b0, b1)) return level + 1;
            break;
          case 2: // tokensAnyOrder
            if (anyEqual(entrySorted, a0, a1, b0, b1)) return level + 1;
            break;
          case 3: // equivalentSpelling
            for (let ea = a0; ea < a1; ea++) for (let eb = b0; eb < b1; eb++) if (isEquivalentEntry(ea, eb)) return level + 1;
            break;
          case 17: // sameConsonants
            if (anyEqual(entrySkeleton, a0, a1, b0, b1) && entrySkeleton[a0]! >= 0) return level + 1;
            break;
          case 4: // jaroWinkler
            if (jaroWinkler < 0) jaroWinkler = bestJaroWinkler(a0, a1, b0, b1);
            if (jaroWinkler >= parameter) return level + 1;
            break;
          case 5: // tokenSet
            if (tokenSet < 0) tokenSet = bestTokenSet(column, a0, a1, column, b0, b1);
            if (tokenSet >= parameter) return level + 1;
            break;
          case 6: // levenshtein
            if (levenshtein < 0) levenshtein = smallestDistance(false, levenshteinLimit, a0, a1, b0, b1);
            if (levenshtein <= parameter) return level + 1;
            break;
          case 7: // damerauLevenshtein
            if (damerau < 0) damerau = smallestDistance(true, damerauLimit, a0, a1, b0, b1);
            if (damerau <= parameter) return level + 1;
            break;
          case 8: // swapped
            if (isSwapped(a, b, a0, a1, b0, b1, parameter)) return level + 1;
            break;
          default:
            break;
        }
      }
      return levelCount + 1;
    },
    keyFrequency(a: number, b: number, level: number): number {
      const type = types[level - 1];
      const ids = type === 1 ? entryValue : type === 2 ? entrySorted : type === 3 ? entryKey : type === 17 ? entrySkeleton : null;
      if (ids === null) return 0;
      const frequencies = type === 1 ? valueFrequency : equivalenceFrequency;
      const a0 = recordEntry[a]!;
      const a1 = recordEntry[a + 1]!;
      const b0 = recordEntry[b]!;
      const b1 = recordEntry[b + 1]!;
      let frequency = 0;
      for (let ea = a0; ea < a1; ea++) {
        for (let eb = b0; eb < b1; eb++) {
          const id = ids[ea]!;
          // Of several shared alternatives, the rarest is the evidence.
          if (id >= 0 && id === ids[eb] && (frequency === 0 || frequencies[id]! < frequency)) frequency = frequencies[id]!;
        }
      }
      return frequency;
    },
  };
}

function dateEvaluator(comparison: ResolvedComparison, column: DateColumn): ComparisonEvaluator {
  const { year, month, day, digits, packedDigits } = column;
  const types = codesOf(comparison.levels);
  const parameters = Float64Array.from(comparison.levels, parameterOf);
  const levelCount = types.length;
  return {
    levelOf(a: number, b: number): number {
      const yearA = year[a]!;
      const yearB = year[b]!;
      if (yearA === 0 || yearB === 0) return 0;
      const monthA = month[a]!;
      const monthB = month[b]!;
      const dayA = day[a]!;
      const dayB = day[b]!;
      const digitsA = digits[a]!;
      const digitsB = digits[b]!;
      const packedA = packedDigits[a]!;
      const packedB = packedDigits[b]!;
      for (let level = 0; level < levelCount; level++) {
        const parameter = parameters[level]!;
        switch (types[level]) {
          case 9: // sameDay
            if (isSameDay(yearA, monthA, dayA, yearB, monthB, dayB) || (digitsA >= 0 && digitsA === digitsB)) return level + 1;
            break;
          case 11: // dateTypo
            if ((parameter <= 1 ? packedDateDistance(packedA, packedB) : dateDigitDistance(digitsA, digitsB, parameter)) <= parameter) return level + 1;
            break;
          case 12: // dayMonthSwapped
            if (isPackedDayMonthSwap(packedA, packedB)) return level + 1;
            break;
          case 10: // sameAtPrecision (parameter 2: both know the month; 1: the year is all one knows)
            if (agreesAtPrecision(yearA, monthA, dayA, yearB, monthB, dayB)
              && (parameter === 0 || (parameter === 2) === (monthA !== 0 && monthB !== 0))) return level + 1;
            break;
          case 13: // withinDays
            if (dayDistance(yearA, monthA, dayA, yearB, monthB, dayB) <= parameter) return level + 1;
            break;
          case 14: // withinYears
            if (Math.abs(yearA - yearB) <= parameter) return level + 1;
            break;
          default:
            break;
        }
      }
      return levelCount + 1;
    },
    keyFrequency: () => 0,
  };
}

function numberEvaluator(comparison: ResolvedComparison, column: NumberColumn): ComparisonEvaluator {
  const { values } = column;
  const types = codesOf(comparison.levels);
  const parameters = Float64Array.from(comparison.levels, parameterOf);
  const levelCount = types.length;
  return {
    levelOf(a: number, b: number): number {
      const valueA = values[a]!;
      const valueB = values[b]!;
      if (Number.isNaN(valueA) || Number.isNaN(valueB)) return 0;
      for (let level = 0; level < levelCount; level++) {
        const isWithin = types[level] === levelCode.withinAbsolute
          ? numericDistance(valueA, valueB) <= parameters[level]!
          : relativeDifference(valueA, valueB) <= parameters[level]!;
        if (isWithin) return level + 1;
      }
      return levelCount + 1;
    },
    keyFrequency: () => 0,
  };
}

/** Builds the evaluator of one comparison over an encoded dataset. Throws if its column was not encoded. */
export function createComparisonEvaluator(comparison: ResolvedComparison, dataset: EncodedDataset): ComparisonEvaluator {
  const column = dataset.columns[comparison.columnKey];
  if (!column) throw new Error(`Column ${comparison.columnKey} was not encoded`);
  if (column.type === 'date') return dateEvaluator(comparison, column);
  if (column.type === 'number') return numberEvaluator(comparison, column);
  const swapColumn = comparison.swapColumnKey ? dataset.columns[comparison.swapColumnKey] : undefined;
  return textEvaluator(comparison, column, swapColumn?.type === 'text' ? swapColumn : undefined);
}
