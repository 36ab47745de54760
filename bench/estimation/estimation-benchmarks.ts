// Benchmarks of the three reference analyses that the R packages take minutes for:
//   UK 2013 six lists, CSV 2021 stepwise + 1,000-replicate BCa   (R: 242 s, target < 2.5 s)
//   New Orleans eight lists (n = 185), stepwise + BCa            (R: 587 s, target < 6 s)
//   Kosovo, BIC over all hierarchical models to order 3 + BCa    (R:  64 s, target < 0.7 s)
// Each is run several times in one process: the first run includes starting the worker thread
// (loading tsx takes a few hundred milliseconds) and the JIT warming up; later runs reuse it.
// The median is reported as the figure, the first run beside it. Prints one JSON line per result with the machine it ran on.
// Run: npm run bench:estimation   (or: npx tsx bench/estimation/estimation-benchmarks.ts [runs])

import { readFileSync } from 'node:fs';
import os from 'node:os';
import { estimatePopulation, parseContingencyCsv, stopEstimationWorkers, type EstimationOptions } from '@ctip/estimation';

const dataDirectory = new URL('../../../shared/data/mse/', import.meta.url);
const runs = Math.max(1, Number(process.argv[2] ?? 5));

const cases: Array<{ name: string; file: string; options: EstimationOptions; targetSeconds: number; referenceRSeconds: number; referenceEstimate: number }> = [
  { name: 'uk-6-lists-stepwise-bca', file: 'uk_2013_6lists.csv', options: { method: 'stepwise' }, targetSeconds: 2.5, referenceRSeconds: 242, referenceEstimate: 11418 },
  { name: 'new-orleans-8-lists-stepwise-bca', file: 'new_orleans_8lists_n185.csv', options: { method: 'stepwise' }, targetSeconds: 6, referenceRSeconds: 587, referenceEstimate: 1184 },
  { name: 'kosovo-bic-order-3-bca', file: 'kosovo_1999_4lists.csv', options: { method: 'bic', maxOrder: 3 }, targetSeconds: 0.7, referenceRSeconds: 64, referenceEstimate: 10357 },
];

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  node: process.version,
  platform: `${os.platform()} ${os.arch()}`,
  loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))),
};

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

for (const benchmark of cases) {
  // Start each benchmark without a worker thread, so that its first run includes starting one.
  await stopEstimationWorkers();
  const table = parseContingencyCsv(readFileSync(new URL(benchmark.file, dataDirectory), 'utf8'));
  const seconds: number[] = [];
  let last = null as Awaited<ReturnType<typeof estimatePopulation>> | null;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    last = await estimatePopulation(table, { ...benchmark.options, profile: false, bootstrap: { replicates: 1000, seed: 1234 } });
    seconds.push((performance.now() - started) / 1000);
  }
  const bca95 = last!.intervals.find((interval) => interval.method === 'bca' && interval.level === 0.95)!;
  const medianSeconds = median(seconds);
  console.log(
    JSON.stringify({
      benchmark: benchmark.name,
      replicates: 1000,
      runs,
      medianSeconds: Number(medianSeconds.toFixed(3)),
      firstRunSeconds: Number(seconds[0]!.toFixed(3)),
      allSeconds: seconds.map((value) => Number(value.toFixed(3))),
      targetSeconds: benchmark.targetSeconds,
      meetsTarget: medianSeconds < benchmark.targetSeconds,
      referenceRSeconds: benchmark.referenceRSeconds,
      speedUpOverR: Number((benchmark.referenceRSeconds / medianSeconds).toFixed(1)),
      estimate: Number(last!.estimate.toFixed(2)),
      referenceEstimate: benchmark.referenceEstimate,
      bca95: [bca95.lower === null ? null : Number(bca95.lower.toFixed(1)), bca95.upper === null ? null : Number(bca95.upper.toFixed(1))],
      workers: last!.bootstrap!.workers,
      machine,
    }),
  );
}
await stopEstimationWorkers();
