// Capture patterns and model terms are both subsets of the lists, stored as bit masks (bit i =
// list i). A log-linear model's design matrix on the 2^t cells has X[cell][term] = 1 exactly when
// term ⊆ cell, so every product with it is a sum over a subset lattice: X·β is a subset-sum
// (zeta) transform and Xᵀ·v is a superset-sum transform, each O(t·2^t) instead of O(cells·terms).

/** Number of lists a mask contains. */
export function countBits(mask: number): number {
  let value = mask - ((mask >>> 1) & 0x55555555);
  value = (value & 0x33333333) + ((value >>> 2) & 0x33333333);
  return (((value + (value >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** In place: values[mask] ← Σ over submasks s ⊆ mask of values[s]. `values.length` must be 2^listCount. */
export function sumOverSubsets(values: Float64Array, listCount: number): void {
  const size = values.length;
  for (let bit = 1, i = 0; i < listCount; i += 1, bit <<= 1) {
    for (let mask = 0; mask < size; mask += 1) {
      if ((mask & bit) !== 0) values[mask]! += values[mask ^ bit]!;
    }
  }
}

/** In place: values[mask] ← Σ over supermasks s ⊇ mask of values[s]. `values.length` must be 2^listCount. */
export function sumOverSupersets(values: Float64Array, listCount: number): void {
  const size = values.length;
  for (let bit = 1, i = 0; i < listCount; i += 1, bit <<= 1) {
    for (let mask = 0; mask < size; mask += 1) {
      if ((mask & bit) === 0) values[mask]! += values[mask | bit]!;
    }
  }
}

/** In place: flags[mask] ← 1 if any submask of mask is flagged (used to drop cells below −∞ terms). */
export function spreadToSupersets(flags: Uint8Array, listCount: number): void {
  const size = flags.length;
  for (let bit = 1, i = 0; i < listCount; i += 1, bit <<= 1) {
    for (let mask = 0; mask < size; mask += 1) {
      if ((mask & bit) !== 0 && flags[mask ^ bit] !== 0) flags[mask] = 1;
    }
  }
}

/** The lists of a mask, as indices in increasing order. */
export function listIndicesOf(mask: number): number[] {
  const indices: number[] = [];
  for (let i = 0; mask >>> i !== 0; i += 1) if ((mask >>> i) & 1) indices.push(i);
  return indices;
}

/** A term's display name, e.g. "LA:NG" (lists in table order). */
export function nameTerm(mask: number, listNames: readonly string[]): string {
  return listIndicesOf(mask)
    .map((index) => listNames[index])
    .join(':');
}

/** A capture pattern's display name, e.g. "A+C" for people on lists A and C only. */
export function nameCell(mask: number, listNames: readonly string[]): string {
  return listIndicesOf(mask)
    .map((index) => listNames[index])
    .join('+');
}

/** Orders terms by size, then by the lists they contain (so "A:B" < "A:C" < "B:C" < "A:B:C"). */
export function compareTerms(left: number, right: number): number {
  const sizeDifference = countBits(left) - countBits(right);
  if (sizeDifference !== 0) return sizeDifference;
  const leftIndices = listIndicesOf(left);
  const rightIndices = listIndicesOf(right);
  for (let i = 0; i < leftIndices.length; i += 1) {
    const difference = leftIndices[i]! - rightIndices[i]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

/** All two-list terms in the order the stepwise methods scan them: (1,2), (1,3), …, (t−1,t). */
export function listPairs(listCount: number): number[] {
  const pairs: number[] = [];
  for (let i = 0; i < listCount - 1; i += 1) {
    for (let j = i + 1; j < listCount; j += 1) pairs.push((1 << i) | (1 << j));
  }
  return pairs;
}
