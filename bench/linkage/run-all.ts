import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// `npm run bench:linkage`: each benchmark in its own process, so that peak memory and timings of
// one do not include another. Each prints one JSON line per result.
const benchmarks = ['febrl.ts', 'throughput.ts', 'million.ts'];
let failed = false;
for (const file of benchmarks) {
  const script = fileURLToPath(new URL(file, import.meta.url));
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
