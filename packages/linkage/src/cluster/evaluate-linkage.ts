/** Precision, recall and F1 with the counts behind them. */
export interface Accuracy {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

function accuracyOf(truePositives: number, falsePositives: number, falseNegatives: number): Accuracy {
  const precision = truePositives + falsePositives > 0 ? truePositives / (truePositives + falsePositives) : 1;
  const recall = truePositives + falseNegatives > 0 ? truePositives / (truePositives + falseNegatives) : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

function countTruePairs(truth: ArrayLike<string | number | null>, isLink: boolean, leftCount: number): number {
  const left = new Map<string | number, number>();
  const right = new Map<string | number, number>();
  for (let record = 0; record < truth.length; record++) {
    const entity = truth[record];
    if (entity == null) continue;
    const side = isLink && record >= leftCount ? right : left;
    side.set(entity, (side.get(entity) ?? 0) + 1);
  }
  let pairs = 0;
  if (isLink) for (const [entity, count] of left) pairs += count * (right.get(entity) ?? 0);
  else for (const count of left.values()) pairs += (count * (count - 1)) / 2;
  return pairs;
}

/**
 * Pair-level accuracy: predicted pairs (record numbers) against the true entity of each record
 * (null = unknown, never a match). Every true pair not predicted, including pairs blocking never
 * generated, counts as missed. For a link, records at or after `leftCount` are the right list.
 */
export function evaluatePairs(
  left: ArrayLike<number>, right: ArrayLike<number>, truth: ArrayLike<string | number | null>,
  options: { isLink?: boolean; leftCount?: number } = {},
): Accuracy {
  const isLink = options.isLink ?? false;
  const leftCount = options.leftCount ?? truth.length;
  let truePositives = 0;
  let falsePositives = 0;
  for (let pair = 0; pair < left.length; pair++) {
    const entity = truth[left[pair]!];
    if (entity != null && entity === truth[right[pair]!]) truePositives++;
    else falsePositives++;
  }
  const truePairs = countTruePairs(truth, isLink, leftCount);
  return accuracyOf(truePositives, falsePositives, truePairs - truePositives);
}

/** Cluster-level accuracy: pairwise (every pair inside a predicted cluster) and exact clusters. */
export interface ClusterAccuracy {
  /** Pairs implied by the predicted clusters against the true pairs. */
  pairwise: Accuracy;
  /** Predicted clusters identical to a true entity's records (precision over predicted, recall over true). */
  exact: Accuracy;
}

/**
 * Cluster-level accuracy of a clustering (cluster number per record) against the true entity of
 * each record. Records with unknown truth (null) are their own entity.
 */
export function evaluateClusters(clusterOf: ArrayLike<number>, truth: ArrayLike<string | number | null>): ClusterAccuracy {
  const members = new Map<number, number[]>();
  const entities = new Map<string | number, number[]>();
  for (let record = 0; record < clusterOf.length; record++) {
    const cluster = clusterOf[record]!;
    const inCluster = members.get(cluster);
    if (inCluster) inCluster.push(record);
    else members.set(cluster, [record]);
    const entity = truth[record] ?? `unknown-${record}`;
    const list = entities.get(entity);
    if (list) list.push(record);
    else entities.set(entity, [record]);
  }
  let truePositives = 0;
  let predictedPairs = 0;
  let exactClusters = 0;
  for (const records of members.values()) {
    predictedPairs += (records.length * (records.length - 1)) / 2;
    const counts = new Map<string | number, number>();
    for (const record of records) {
      const entity = truth[record] ?? `unknown-${record}`;
      counts.set(entity, (counts.get(entity) ?? 0) + 1);
    }
    for (const count of counts.values()) truePositives += (count * (count - 1)) / 2;
    if (counts.size === 1) {
      const [entity] = counts.keys();
      if (entities.get(entity!)!.length === records.length) exactClusters++;
    }
  }
  let truePairs = 0;
  for (const records of entities.values()) truePairs += (records.length * (records.length - 1)) / 2;
  return {
    pairwise: accuracyOf(truePositives, predictedPairs - truePositives, truePairs - truePositives),
    exact: accuracyOf(exactClusters, members.size - exactClusters, entities.size - exactClusters),
  };
}
