/**
 * One-to-one linking of two lists that have no duplicates within themselves: pairs are taken from
 * the strongest down, skipping any whose left or right record is already linked, so each record
 * keeps at most its best available partner. Ties break by record numbers, so the result is
 * deterministic. Returns the indices of the chosen pairs (weights at or above `minimumWeight`).
 */
export function selectBestLinks(
  left: ArrayLike<number>, right: ArrayLike<number>, weights: ArrayLike<number>, minimumWeight: number,
): Int32Array {
  const candidates: number[] = [];
  for (let pair = 0; pair < weights.length; pair++) if (weights[pair]! >= minimumWeight) candidates.push(pair);
  candidates.sort((x, y) => weights[y]! - weights[x]! || left[x]! - left[y]! || right[x]! - right[y]!);
  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  const chosen: number[] = [];
  for (const pair of candidates) {
    if (usedLeft.has(left[pair]!) || usedRight.has(right[pair]!)) continue;
    usedLeft.add(left[pair]!);
    usedRight.add(right[pair]!);
    chosen.push(pair);
  }
  return Int32Array.from(chosen.sort((x, y) => x - y));
}
