// Measures whether a failed sign-in takes the same time whether or not the account exists
// (SECURITY.md 10). Prints one JSON line per case with the median and p95, and their ratio.
// Run: npx tsx bench/auth-timing/sign-in-timing.ts [--runs 200]
import os from 'node:os';
import { createTestContext } from '../../apps/server/src/testing/test-context';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 200;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const context = await createTestContext('sqlite', { env: { CTIP_LOG_LEVEL: 'silent' } });
const { email } = await context.createUser(context.operatorOrganisationId, ['analyst']);
const timings: Record<'existing' | 'unknown', number[]> = { existing: [], unknown: [] };
for (let run = 0; run < runs; run += 1) {
  // Alternate, so drift in machine load affects both equally; a fresh address each time keeps
  // the throttle out of the measurement (the throttle is per account too: reset it).
  for (const kind of (run % 2 === 0 ? ['existing', 'unknown'] : ['unknown', 'existing']) as const) {
    await context.services.db.deleteFrom('auth_throttle').execute();
    const agent = context.agent();
    const started = process.hrtime.bigint();
    const response = await agent.post('/api/auth/sign-in', { email: kind === 'existing' ? email : `nobody-${run}@example.test`, password: 'not the password' });
    timings[kind].push(Number(process.hrtime.bigint() - started) / 1e6);
    if (response.statusCode !== 401) throw new Error(`expected 401, got ${response.statusCode}`);
  }
}
const machine = { cpu: os.cpus()[0]?.model, cores: os.cpus().length, node: process.version };
const medians = { existing: percentile(timings.existing, 50), unknown: percentile(timings.unknown, 50) };
for (const kind of ['existing', 'unknown'] as const) {
  console.log(JSON.stringify({ bench: 'sign-in-failure', account: kind, runs, medianMs: Number(medians[kind].toFixed(2)), p95Ms: Number(percentile(timings[kind], 95).toFixed(2)), machine }));
}
console.log(JSON.stringify({ bench: 'sign-in-failure', differenceOfMediansMs: Number(Math.abs(medians.existing - medians.unknown).toFixed(2)), ratio: Number((medians.existing / medians.unknown).toFixed(3)), machine }));
await context.close();
