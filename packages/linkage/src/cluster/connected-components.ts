/**
 * Groups records into clusters: two records are in one cluster when a chain of pairs at or above
 * the threshold joins them (connected components, by union–find with path halving). Returns each
 * record's cluster number, numbered 0, 1, … in the order of each cluster's first record, so the
 * result does not depend on the order of the pairs.
 */
export function clusterConnectedComponents(
  recordCount: number, left: ArrayLike<number>, right: ArrayLike<number>, weights: ArrayLike<number>, minimumWeight: number,
): Int32Array {
  const parent = new Int32Array(recordCount);
  for (let record = 0; record < recordCount; record++) parent[record] = record;
  const find = (record: number): number => {
    let current = record;
    while (parent[current] !== current) {
      parent[current] = parent[parent[current]!]!;
      current = parent[current]!;
    }
    return current;
  };
  for (let pair = 0; pair < weights.length; pair++) {
    if (!(weights[pair]! >= minimumWeight)) continue;
    const rootA = find(left[pair]!);
    const rootB = find(right[pair]!);
    if (rootA === rootB) continue;
    if (rootA < rootB) parent[rootB] = rootA;
    else parent[rootA] = rootB;
  }
  const clusterOf = new Int32Array(recordCount).fill(-1);
  const numberOfRoot = new Int32Array(recordCount).fill(-1);
  let clusters = 0;
  for (let record = 0; record < recordCount; record++) {
    const root = find(record);
    if (numberOfRoot[root] === -1) numberOfRoot[root] = clusters++;
    clusterOf[record] = numberOfRoot[root]!;
  }
  return clusterOf;
}
