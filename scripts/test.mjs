#!/usr/bin/env node
// `npm test`: every test. Unit and integration tests of every workspace (SQLite always,
// PostgreSQL when TEST_DATABASE_URL is set), then the browser tests against the built web app
// (when Chromium is installed). Outside CI a missing PostgreSQL or Chromium is skipped with a
// printed reason; with CI=true nothing may be skipped and a missing one fails the run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const isCi = process.env.CI === 'true';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const problems = [];
const skipped = [];

if (!process.env.TEST_DATABASE_URL) {
  (isCi ? problems : skipped).push('PostgreSQL tests: TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/postgres)');
}
const hasChromium = fs.existsSync(chromium);
if (!hasChromium) (isCi ? problems : skipped).push(`browser tests: no Chromium at ${chromium} (apt-get install chromium)`);

if (problems.length > 0) {
  console.error(`CI=true, and these cannot run:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
for (const reason of skipped) console.log(`SKIPPED ${reason}`);

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`✗ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

run('unit and integration tests', 'npx', ['vitest', 'run']);
if (hasChromium) {
  run('build the web app', 'npm', ['run', 'build:web']);
  run('browser tests', 'npx', ['vitest', 'run', '--config', 'apps/web/vitest.e2e.config.ts']);
}
for (const reason of skipped) console.log(`SKIPPED ${reason}`);
console.log('\n✓ all tests passed');
