// The case list and the case page with 100,000 synthetic cases, measured through HTTP (app.inject,
// the full request path: session, CSRF, validation, policy, queries, decryption, audit write,
// response serialisation). Targets (issue 3): list with a name search and two filters p95 < 100 ms,
// case page p95 < 50 ms, on SQLite and on PostgreSQL.
//
// Run: npm run bench:cases
//   or: npx tsx bench/cases/case-benchmarks.ts [--cases 100000] [--requests 500] [--postgres URL] [--sqlite-only]
// PostgreSQL is measured when --postgres or TEST_DATABASE_URL gives a server (a fresh database is
// created on it and dropped afterwards). Prints one JSON line per result, with the machine noted.

import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { ageGroupOf } from '@ctip/contracts';
import type { DialectName } from '../../apps/server/src/db/dialect';
import type { HttpAgent } from '../../apps/server/src/testing/http-agent';
import { createTestContext, type TestContext } from '../../apps/server/src/testing/test-context';
import { todayOf } from '../../apps/server/src/validation/dates';
import { createRandom, type Random } from '../../apps/server/src/factories/random';
import { bulkLoadCases, type BenchOrganisation, type LoadedCases } from './bulk-load-cases';

const { values: args } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    requests: { type: 'string', default: '500' },
    postgres: { type: 'string' },
    'sqlite-only': { type: 'boolean', default: false },
    'postgres-only': { type: 'boolean', default: false },
    organisations: { type: 'string', default: '20' },
    'own-share': { type: 'string', default: '0.3' },
  },
});
const caseCount = Number(args.cases);
const requests = Number(args.requests);
const postgresUrl = args.postgres ?? process.env.TEST_DATABASE_URL;
const dialects: DialectName[] = args['postgres-only'] ? ['postgres'] : args['sqlite-only'] || !postgresUrl ? ['sqlite'] : ['sqlite', 'postgres'];

const machine = { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.arch()}`, loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))) };
const print = (result: Record<string, unknown>) => console.log(JSON.stringify({ ...result, machine: { ...machine, loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))) } }));

/** Percentile by the nearest-rank method. */
function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)]!;
}

function summarise(benchmark: string, dialect: DialectName, durations: number[], failures: number, targetP95Ms: number): void {
  const sorted = [...durations].sort((left, right) => left - right);
  const p95 = percentile(sorted, 0.95);
  const round = (value: number) => Number(value.toFixed(1));
  print({ benchmark, dialect, cases: caseCount, requests: durations.length, failures, p50Ms: round(percentile(sorted, 0.5)), p95Ms: round(p95), p99Ms: round(percentile(sorted, 0.99)), meanMs: round(sorted.reduce((sum, value) => sum + value, 0) / sorted.length), maxMs: round(sorted.at(-1)!), targetP95Ms, meetsTarget: p95 < targetP95Ms });
}

/** A search as a case worker types it: a Khmer name, a romanised name, or one given name, with two filters the case matches. */
function listQuery(random: Random, target: LoadedCases['owned'][number]): string {
  const khmer = target.names.find((name) => name.script === 'khmer');
  const latin = target.names.find((name) => name.script === 'latin') ?? target.names[0]!;
  const draw = random.next();
  const search = draw < 0.4 && khmer ? khmer.full : draw < 0.8 ? latin.full : (latin.given ?? latin.full);
  const filters = [
    ['stage', target.stage],
    ['sex', target.sex],
    ...(target.provinceCode ? [['province', target.provinceCode]] : []),
    ...(target.nationality ? [['nationality', target.nationality]] : []),
    ...(target.exploitationType ? [['exploitationType', target.exploitationType]] : []),
  ];
  const first = filters.splice(random.int(0, filters.length - 1), 1)[0]!;
  const second = filters[random.int(0, filters.length - 1)]!;
  return `/api/cases?${new URLSearchParams([['search', search], first as [string, string], second as [string, string]]).toString()}`;
}

/**
 * Agents to spread requests over: the API limits each address to 600 requests a minute, as a
 * browser would be; a benchmark is many case workers at once, so each agent signs in afresh.
 */
async function agentsFor(context: TestContext, email: string, count: number): Promise<HttpAgent[]> {
  const agents: HttpAgent[] = [];
  for (let index = 0; index < count; index += 1) agents.push(await context.signIn(email));
  return agents;
}

/** Requests sent so far, so that each agent sends at most 300 (the limit is 600 a minute per address). */
let sent = 0;

async function measure(agents: HttpAgent[], urls: readonly string[]): Promise<{ durations: number[]; failures: number }> {
  const durations: number[] = [];
  let failures = 0;
  for (const url of urls) {
    const agent = agents[Math.floor(sent++ / 300) % agents.length]!;
    const started = performance.now();
    const response = await agent.get(url);
    durations.push(performance.now() - started);
    if (response.statusCode !== 200) failures += 1;
  }
  return { durations, failures };
}

for (const dialect of dialects) {
  if (dialect === 'postgres') process.env.TEST_DATABASE_URL = postgresUrl;
  const context = await createTestContext(dialect);
  try {
    const organisations: Array<BenchOrganisation & { email: string }> = [];
    for (let index = 0; index < Number(args.organisations); index += 1) {
      const id = await context.createOrganisation({ nameEn: `[Bench] Organisation ${index + 1}` });
      const worker = await context.createUser(id, ['case_worker']);
      organisations.push({ id, workerId: worker.id, email: worker.email });
    }
    const today = todayOf(context.services.now());
    const started = performance.now();
    let lastReport = started;
    const loaded = await bulkLoadCases(context.services, organisations, {
      cases: caseCount,
      seed: 2026,
      today,
      ownShare: Number(args['own-share']),
      onProgress: (done) => {
        if (performance.now() - lastReport > 15_000) {
          lastReport = performance.now();
          console.error(`${dialect}: ${done.toLocaleString('en')} cases loaded`);
        }
      },
    });
    // PostgreSQL's autovacuum analyses freshly loaded tables by itself within a minute; do it now rather than wait.
    if (dialect === 'postgres') await sql`analyze`.execute(context.services.db);
    print({ benchmark: 'bulk-load', dialect, cases: loaded.total, ownedByMeasuredOrganisation: loaded.owned.length, grantedToIt: loaded.granted, seconds: Number(((performance.now() - started) / 1000).toFixed(1)) });

    const random = createRandom(99);
    sent = 0;
    const agents = await agentsFor(context, organisations[0]!.email, Math.ceil((requests * 2 + Math.min(requests, 200) + 100) / 300) + 1);
    const warmUp = Array.from({ length: 50 }, () => listQuery(random, random.pick(loaded.owned)));
    await measure(agents, [...warmUp, ...Array.from({ length: 50 }, () => `/api/cases/${random.pick(loaded.owned).caseId}`)]);

    const list = await measure(agents, Array.from({ length: requests }, () => listQuery(random, random.pick(loaded.owned))));
    summarise('case-list-name-search-two-filters', dialect, list.durations, list.failures, 100);
    const page = await measure(agents, Array.from({ length: requests }, () => `/api/cases/${random.pick(loaded.owned).caseId}`));
    summarise('case-page', dialect, page.durations, page.failures, 50);
    const plain = await measure(agents, Array.from({ length: Math.min(requests, 200) }, () => `/api/cases?stage=${random.pick(['in_care', 'follow_up', 'identified'])}&ageGroup=${ageGroupOf(random.int(8, 40))}`));
    summarise('case-list-two-filters-no-search', dialect, plain.durations, plain.failures, 100);
  } finally {
    await context.close();
  }
}
