import { toCodeUnits, type CodeUnits } from './code-units';
import { damerauLevenshteinRange } from './damerau-levenshtein';
import { jaroWinklerRange } from './jaro-winkler';

/** At most this many tokens of a name take part; names are short, so this only guards bad input. */
const maximumTokens = 8;
/** A token pairing below this similarity is treated as no pairing at all. */
const minimumPairing = 0.6;

/**
 * Similarity of two tokens inside a name: Jaro–Winkler, or for tokens of at most four letters the
 * share of characters kept by the edit distance when that is higher. Jaro–Winkler's matching
 * window is zero for three-letter words, so "tan" and "tn" would otherwise look unrelated.
 */
function unitSimilarity(a: CodeUnits, as: number, ae: number, b: CodeUnits, bs: number, be: number): number {
  const jaroWinkler = jaroWinklerRange(a, as, ae, b, bs, be);
  const longest = Math.max(ae - as, be - bs);
  // Only short tokens need the edit distance; for longer ones Jaro–Winkler already tolerates typos.
  if (jaroWinkler >= 0.9 || longest > 4) return jaroWinkler;
  const distance = damerauLevenshteinRange(a, as, ae, b, bs, be, 2);
  const kept = distance > 2 ? 0 : 1 - distance / longest;
  return kept > jaroWinkler ? kept : jaroWinkler;
}

// Scratch for the candidate units (single tokens and adjacent token pairs) of each side.
const unitStartA = new Int32Array(maximumTokens * 2);
const unitEndA = new Int32Array(maximumTokens * 2);
const unitMaskA = new Int32Array(maximumTokens * 2);
const unitStartB = new Int32Array(maximumTokens * 2);
const unitEndB = new Int32Array(maximumTokens * 2);
const unitMaskB = new Int32Array(maximumTokens * 2);
const similarities = new Float64Array(maximumTokens * 2 * maximumTokens * 2);

function collectUnits(
  tokenBounds: Int32Array, firstToken: number, tokenCount: number, withPairs: boolean,
  starts: Int32Array, ends: Int32Array, masks: Int32Array,
): number {
  let units = 0;
  for (let t = 0; t < tokenCount; t++) {
    starts[units] = tokenBounds[firstToken + t]!;
    ends[units] = tokenBounds[firstToken + t + 1]!;
    masks[units] = 1 << t;
    units++;
  }
  if (withPairs) {
    // Adjacent tokens are contiguous in the buffer (tokens are stored without separators),
    // so "sok ha" read as one unit is simply the range spanning both tokens.
    for (let t = 0; t + 1 < tokenCount; t++) {
      starts[units] = tokenBounds[firstToken + t]!;
      ends[units] = tokenBounds[firstToken + t + 2]!;
      masks[units] = 3 << t;
      units++;
    }
  }
  return units;
}

/**
 * Similarity of two multi-token names regardless of token order, tolerant of split or merged
 * tokens ("Chea Sok Ha" ~ "Sokha Chea" = 1). Tokens of a side lie contiguously in `chars`; token t
 * spans [tokenBounds[t], tokenBounds[t + 1]). Tokens (and, when the counts differ, adjacent token
 * pairs) are paired greedily by similarity (Jaro–Winkler, or the share of characters an edit
 * distance of at most 2 keeps on short tokens, whichever is higher; pairings below 0.6 are dropped); the score is
 * the length-weighted similarity of paired units over all characters, and never less than
 * Jaro–Winkler of the two names read in their given order. For single tokens it equals
 * Jaro–Winkler. Returns 0 when either side is empty. Allocates nothing.
 */
export function tokenSetSimilarityRange(
  charsA: CodeUnits, tokenBoundsA: Int32Array, firstTokenA: number, endTokenA: number,
  charsB: CodeUnits, tokenBoundsB: Int32Array, firstTokenB: number, endTokenB: number,
): number {
  const countA = Math.min(endTokenA - firstTokenA, maximumTokens);
  const countB = Math.min(endTokenB - firstTokenB, maximumTokens);
  if (countA <= 0 || countB <= 0) return 0;
  const startA = tokenBoundsA[firstTokenA]!;
  const endA = tokenBoundsA[endTokenA]!;
  const startB = tokenBoundsB[firstTokenB]!;
  const endB = tokenBoundsB[endTokenB]!;
  const whole = jaroWinklerRange(charsA, startA, endA, charsB, startB, endB);
  if (countA === 1 && countB === 1) return whole;
  const withPairs = countA !== countB;
  const unitsA = collectUnits(tokenBoundsA, firstTokenA, countA, withPairs, unitStartA, unitEndA, unitMaskA);
  const unitsB = collectUnits(tokenBoundsB, firstTokenB, countB, withPairs, unitStartB, unitEndB, unitMaskB);
  for (let u = 0; u < unitsA; u++) {
    for (let v = 0; v < unitsB; v++) {
      // Two adjacent pairs never need to pair with each other: their tokens pair one by one.
      const isPairA = u >= countA;
      const isPairB = v >= countB;
      similarities[u * unitsB + v] = isPairA && isPairB
        ? 0
        : unitSimilarity(charsA, unitStartA[u]!, unitEndA[u]!, charsB, unitStartB[v]!, unitEndB[v]!);
    }
  }
  let usedA = 0;
  let usedB = 0;
  let pairedWeight = 0;
  for (;;) {
    let best = minimumPairing;
    let bestLength = 0;
    let bestU = -1;
    let bestV = -1;
    for (let u = 0; u < unitsA; u++) {
      if ((unitMaskA[u]! & usedA) !== 0) continue;
      for (let v = 0; v < unitsB; v++) {
        if ((unitMaskB[v]! & usedB) !== 0) continue;
        const similarity = similarities[u * unitsB + v]!;
        const length = unitEndA[u]! - unitStartA[u]! + unitEndB[v]! - unitStartB[v]!;
        // On a tie prefer the longer units, so a merged pair beats one of its halves.
        if (similarity > best || (similarity === best && bestU >= 0 && length > bestLength)) {
          best = similarity;
          bestLength = length;
          bestU = u;
          bestV = v;
        }
      }
    }
    if (bestU < 0) break;
    usedA |= unitMaskA[bestU]!;
    usedB |= unitMaskB[bestV]!;
    pairedWeight += best * bestLength;
  }
  const totalLength = endA - startA + endB - startB;
  const score = totalLength > 0 ? pairedWeight / totalLength : 0;
  return score > whole ? score : whole;
}

/**
 * Token-set similarity of two names given as strings (convenience form): tokens split on spaces.
 */
export function tokenSetSimilarity(a: string, b: string): number {
  const [charsA, boundsA, countA] = splitTokens(a);
  const [charsB, boundsB, countB] = splitTokens(b);
  return tokenSetSimilarityRange(charsA, boundsA, 0, countA, charsB, boundsB, 0, countB);
}

function splitTokens(text: string): [CodeUnits, Int32Array, number] {
  const tokens = text.split(/\s+/).filter((token) => token.length > 0);
  const chars = toCodeUnits(tokens.join(''));
  const bounds = new Int32Array(tokens.length + 1);
  for (let t = 0; t < tokens.length; t++) bounds[t + 1] = bounds[t]! + tokens[t]!.length;
  return [chars, bounds, tokens.length];
}
