import { parseArgs } from 'node:util';
import { dedupe, evaluateClusters, personSettings } from '../../packages/linkage/src/index';
import { accuracyAtThresholds, roundAccuracy } from './accuracy-at-thresholds';
import { generatePeople } from './generate-people';
import { printResult } from './machine-info';

/**
 * Deduplicates a generated list of Cambodian-style people (one million by default) with the
 * person preset: wall time of the engine (encode, block, train, score, cluster) and peak memory
 * (maximum resident set of the process, workers included). Generation is timed apart.
 */
export async function runMillionBenchmark(records = 1_000_000, threads?: number): Promise<void> {
  const generationStarted = performance.now();
  const people = generatePeople({ records, seed: 7 });
  const truth = people.map((person) => person.entity);
  const input = people.map(({ entity: _entity, ...record }) => record);
  const generationSeconds = (performance.now() - generationStarted) / 1000;
  const phases: Record<string, number> = {};
  const cpuAtPhase: Record<string, number> = {};
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  const result = await dedupe(input, personSettings, {
    threads,
    onProgress: (progress) => {
      if (progress.done !== progress.total) return;
      phases[progress.phase] = Math.round(performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuStarted);
      cpuAtPhase[progress.phase] = Math.round((cpu.user + cpu.system) / 1000) / 1000;
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const peakMemoryMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  printResult({
    benchmark: 'dedupe-generated-people', records, threads: result.summary.threads,
    wallSeconds: Math.round(seconds * 100) / 100, phasesEndedAt: phases, summarySeconds: result.summary.seconds,
    // CPU seconds of the whole process (all threads) when each phase ended: on a busy machine the
    // wall time says little, the CPU time says what the work costs.
    cpuSecondsAtPhaseEnd: cpuAtPhase,
    peakMemoryMiB, target: { wallSeconds: 60, peakMemoryMiB: 4096 },
    generationSeconds: Math.round(generationSeconds * 100) / 100,
    blockingRules: result.summary.blockingRules, scoredPairs: result.summary.scoredPairs, clusters: result.summary.clusters,
    // Accuracy on generated data, for information: the errors and ambiguity are of our own making.
    pairs: accuracyAtThresholds(result.pairs, truth, { isLink: false, leftCount: records }),
    clusterPairs: { 'p=0.5': roundAccuracy(evaluateClusters(result.clusters, truth).pairwise) },
    prior: result.model.probabilityTwoRandomRecordsMatch,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { records: { type: 'string', default: '1000000' }, threads: { type: 'string' } } });
  await runMillionBenchmark(Number(values.records), values.threads ? Number(values.threads) : undefined);
}
