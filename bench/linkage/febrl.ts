import { dedupe, evaluateClusters, link } from '../../packages/linkage/src/index';
import { accuracyAtThresholds, roundAccuracy } from './accuracy-at-thresholds';
import { hasFebrl, readFebrl } from './febrl-data';
import { febrlSettings } from './febrl-settings';
import { printResult } from './machine-info';

/**
 * FEBRL benchmarks, unsupervised: record ids are removed before the engine sees the records, the
 * model is trained without labels and the threshold is fixed (p = 0.5, 0.9). Labels are used only
 * afterwards, to count. Prints one JSON line per data set.
 */
export async function runFebrlBenchmarks(threads?: number): Promise<void> {
  if (!hasFebrl()) {
    printResult({ benchmark: 'febrl', skipped: 'data not found in ../shared/data/febrl' });
    return;
  }
  {
    const left = readFebrl('dataset4a.csv');
    const right = readFebrl('dataset4b.csv');
    const started = performance.now();
    const result = await link(left.records, right.records, febrlSettings, { threads, keepPairsAbove: 0.001 });
    const seconds = (performance.now() - started) / 1000;
    const truth = [...left.entities, ...right.entities];
    printResult({
      benchmark: 'febrl4', task: 'link 4a ↔ 4b', unsupervised: true,
      pairs: accuracyAtThresholds(result.pairs, truth, { isLink: true, leftCount: left.records.length }),
      clusters: { 'p=0.5': roundAccuracy(evaluateClusters(result.clusters, truth).pairwise) },
      splink: { 'p=0.5': { precision: 1, recall: 0.9984, f1: 0.9992 }, best: { f1: 0.9998 } },
      target: { 'p=0.5': { f1: 0.999 } },
      prior: result.model.probabilityTwoRandomRecordsMatch, truePrior: 5000 / (5000 * 5000),
      scoredPairs: result.summary.scoredPairs, seconds: Math.round(seconds * 100) / 100, threads: result.summary.threads,
    });
  }
  {
    const data = readFebrl('dataset3.csv');
    const started = performance.now();
    const result = await dedupe(data.records, febrlSettings, { threads, keepPairsAbove: 0.001 });
    const seconds = (performance.now() - started) / 1000;
    const truePairs = 6538;
    printResult({
      benchmark: 'febrl3', task: 'dedupe', unsupervised: true,
      pairs: accuracyAtThresholds(result.pairs, data.entities, { isLink: false, leftCount: data.records.length }),
      clusters: { 'p=0.5': roundAccuracy(evaluateClusters(result.clusters, data.entities).pairwise) },
      splink: { 'p=0.5': { precision: 0.9997, recall: 0.9862, f1: 0.9929 }, best: { f1: 0.9954 } },
      target: { 'p=0.5': { f1: 0.995 } },
      prior: result.model.probabilityTwoRandomRecordsMatch, truePrior: truePairs / ((5000 * 4999) / 2),
      scoredPairs: result.summary.scoredPairs, seconds: Math.round(seconds * 100) / 100, threads: result.summary.threads,
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runFebrlBenchmarks();
