import { evaluatePairs, probabilityOfWeight, weightOfProbability, type Accuracy, type ScoredPairs } from '../../packages/linkage/src/index';

/** Rounds the figures of an accuracy for printing. */
export function roundAccuracy(accuracy: Accuracy) {
  const round = (value: number) => Math.round(value * 10000) / 10000;
  return { ...accuracy, precision: round(accuracy.precision), recall: round(accuracy.recall), f1: round(accuracy.f1) };
}

/**
 * Pair-level precision, recall and F1 of scored pairs at match probabilities 0.5 and 0.9 (the
 * thresholds fixed without labels) and at the best threshold (found with the labels, as Splink's
 * notebooks report it). Pairs blocking never produced count as missed.
 */
export function accuracyAtThresholds(pairs: ScoredPairs, truth: string[], options: { isLink: boolean; leftCount: number }) {
  const offset = options.isLink ? options.leftCount : 0;
  const at = (probability: number) => {
    const minimum = weightOfProbability(probability);
    const left: number[] = [];
    const right: number[] = [];
    for (let pair = 0; pair < pairs.count; pair++) {
      if (pairs.weights[pair]! >= minimum) {
        left.push(pairs.left[pair]!);
        right.push(pairs.right[pair]! + offset);
      }
    }
    return evaluatePairs(left, right, truth, options);
  };
  // Best F1: sweep the thresholds through the sorted weights once.
  const order = Array.from({ length: pairs.count }, (_, index) => index).sort((x, y) => pairs.weights[y]! - pairs.weights[x]!);
  const totalTrue = at(0.999999999999).truePositives + at(0.999999999999).falseNegatives;
  let truePositives = 0;
  let best = { f1: -1, probability: 1, truePositives: 0, falsePositives: 0 };
  order.forEach((pair, rank) => {
    if (truth[pairs.left[pair]!] === truth[pairs.right[pair]! + offset]) truePositives++;
    const next = order[rank + 1];
    if (next !== undefined && pairs.weights[next] === pairs.weights[pair]) return;
    const predicted = rank + 1;
    const f1 = (2 * truePositives) / (predicted + totalTrue);
    if (f1 > best.f1) best = { f1, probability: probabilityOfWeight(pairs.weights[pair]!), truePositives, falsePositives: predicted - truePositives };
  });
  const bestAccuracy = roundAccuracy({
    truePositives: best.truePositives, falsePositives: best.falsePositives, falseNegatives: totalTrue - best.truePositives,
    precision: best.truePositives / Math.max(1, best.truePositives + best.falsePositives), recall: best.truePositives / Math.max(1, totalTrue), f1: best.f1,
  });
  return {
    'p=0.5': roundAccuracy(at(0.5)),
    'p=0.9': roundAccuracy(at(0.9)),
    best: { ...bestAccuracy, atProbability: Math.round(best.probability * 10000) / 10000 },
  };
}
