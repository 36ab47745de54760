import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

/** The machine a benchmark ran on, attached to every result line. */
export function machineInfo() {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: process.platform,
    // Other work on the machine slows a benchmark: the load when it finished says how quiet it was.
    loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

/** Prints one benchmark result as one JSON line on stdout. */
export function printResult(result: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify({ ...result, machine: machineInfo(), at: new Date().toISOString() })}\n`);
}
