// Intake benchmarks: creating a report through HTTP, and the intake queue with 200,000 reports
// and 5,000 sites (target: under 100 ms at the 95th percentile), on SQLite and — when a
// PostgreSQL URL is given (BENCH_DATABASE_URL or TEST_DATABASE_URL) — PostgreSQL.
// Every request goes through the whole HTTP stack (app.inject: session, CSRF, schemas,
// policy, presenter). Prints one JSON line per result with the machine it ran on.
// Run: npm run bench:intake   (or: npx tsx bench/intake/intake-benchmarks.ts [--reports N] [--sites N] [--runs N])
// PostgreSQL is vacuumed and analysed after the bulk load, as its autovacuum would; SQLite is left as the
// application leaves it (no ANALYZE).

import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { createTestContext, type TestContext } from '../../apps/server/src/testing/test-context';
import type { HttpAgent } from '../../apps/server/src/testing/http-agent';
import { createRandom } from '../../packages/linkage/src/index';
import { printResult } from '../linkage/machine-info';
import { seedReports, seedSites } from './seed-intake-data';

const { values } = parseArgs({ options: { reports: { type: 'string', default: '200000' }, sites: { type: 'string', default: '5000' }, runs: { type: 'string', default: '200' } } });
const REPORTS = Number(values.reports);
const SITES = Number(values.sites);
const RUNS = Number(values.runs);
const WARM_UP = 10;
const QUEUE_TARGET_MS = 100;

const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (postgresUrl) process.env.TEST_DATABASE_URL = postgresUrl;
const dialects = postgresUrl ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/** Times one request repeated: a warm-up first, then RUNS timed requests; every answer must be 2xx. */
async function measure(name: string, send: () => Promise<{ statusCode: number; body: string }>): Promise<{ medianMs: number; p95Ms: number; maxMs: number }> {
  for (let run = 0; run < WARM_UP; run += 1) await send();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const response = await send();
    times.push(performance.now() - started);
    if (response.statusCode >= 300) throw new Error(`${name}: HTTP ${response.statusCode} ${response.body.slice(0, 200)}`);
  }
  times.sort((left, right) => left - right);
  return { medianMs: Number(percentile(times, 0.5).toFixed(2)), p95Ms: Number(percentile(times, 0.95).toFixed(2)), maxMs: Number(times.at(-1)!.toFixed(2)) };
}

async function benchmarkDialect(dialect: 'sqlite' | 'postgres'): Promise<void> {
  const context: TestContext = await createTestContext(dialect);
  try {
    const hotline = await context.createOrganisation({ nameEn: 'National hotline', kind: 'ngo' });
    const ngos = [await context.createOrganisation({ nameEn: 'NGO A', kind: 'ngo' }), await context.createOrganisation({ nameEn: 'NGO B', kind: 'ngo' }), await context.createOrganisation({ nameEn: 'Embassy desk', kind: 'embassy' })];
    const police = await context.createOrganisation({ nameEn: 'Anti-trafficking police', kind: 'police_unit' });
    const hotlineUser = await context.createUser(hotline, ['hotline_operator']);
    const policeUser = await context.createUser(police, ['investigator']);
    const recorders = await Promise.all(ngos.map((id) => context.createUser(id, ['hotline_operator'])));
    const owners = {
      organisations: [
        { id: hotline, share: 0.5, recorderId: hotlineUser.id },
        ...ngos.map((id, index) => ({ id, share: 0.12, recorderId: recorders[index]!.id })),
        { id: police, share: 0.14, recorderId: policeUser.id },
      ],
      policeId: police,
    };
    const random = createRandom(20_221_118);
    const seeding = performance.now();
    const siteIds = await seedSites(context.services, owners, SITES, random);
    await seedReports(context.services, owners, siteIds, REPORTS, context.services.now(), random, (done) => {
      if (done % 20_000 === 0) process.stderr.write(`${dialect}: ${done} reports\n`);
    });
    // PostgreSQL's autovacuum would vacuum and analyse the freshly loaded tables; do it now.
    if (dialect === 'postgres') await sql`vacuum analyze`.execute(context.services.db);
    const seedSeconds = Number(((performance.now() - seeding) / 1000).toFixed(1));
    const open = await context.services.db.selectFrom('reports').select((select) => select.fn.countAll<number>().as('count')).where('owner_organisation_id', '=', hotline).where('is_open', '=', 1).executeTakeFirstOrThrow();
    const data = { reports: REPORTS, sites: SITES, openReportsOfLargestOrganisation: Number(open.count), seedSeconds };

    const fresh = async (email: string): Promise<HttpAgent> => context.signIn(email);
    const site = siteIds[0]!;
    const body = {
      channel: 'hotline',
      reporter: { name: 'Chea Dara', contact: { kind: 'phone', value: '+855 12 345 678' }, relationship: 'family_member' },
      people: [{ names: [{ script: 'khmer', full: 'ជា សុខា' }, { script: 'latin', full: 'Chea Sokha' }], nationality: 'KH', age: 24, sex: 'female' }, { names: [{ script: 'latin', full: 'Tran Thi Mai' }], nationality: 'VN', sex: 'female' }],
      siteId: site,
      allegation: { narrative: 'Held in a compound and made to run scams; passport taken; beaten.', types: ['forced_criminality', 'document_retention'] },
      urgency: 'immediate_danger',
    };
    const cases: Array<{ benchmark: string; email: string; request: (agent: HttpAgent) => Promise<{ statusCode: number; body: string }>; targetMs?: number }> = [
      { benchmark: 'queue-largest-organisation', email: hotlineUser.email, request: (agent) => agent.get('/api/reports/queue'), targetMs: QUEUE_TARGET_MS },
      { benchmark: 'queue-overdue-view', email: hotlineUser.email, request: (agent) => agent.get('/api/reports/queue?view=overdue'), targetMs: QUEUE_TARGET_MS },
      { benchmark: 'queue-page-40', email: hotlineUser.email, request: (agent) => agent.get('/api/reports/queue?page=40'), targetMs: QUEUE_TARGET_MS },
      { benchmark: 'queue-immediate-danger', email: hotlineUser.email, request: (agent) => agent.get('/api/reports/queue?urgency=immediate_danger'), targetMs: QUEUE_TARGET_MS },
      { benchmark: 'queue-referred-to-police', email: policeUser.email, request: (agent) => agent.get('/api/reports/queue'), targetMs: QUEUE_TARGET_MS },
      { benchmark: 'queue-mine', email: hotlineUser.email, request: (agent) => agent.get('/api/reports/queue?view=mine'), targetMs: QUEUE_TARGET_MS },
      { benchmark: 'report-list-newest', email: hotlineUser.email, request: (agent) => agent.get('/api/reports') },
      { benchmark: 'report-list-name-search', email: hotlineUser.email, request: (agent) => agent.get(`/api/reports?search=${encodeURIComponent('Chea Sokha')}`) },
      { benchmark: 'create-report-http', email: hotlineUser.email, request: (agent) => agent.post('/api/reports', body) },
    ];
    for (const entry of cases) {
      const agent = await fresh(entry.email);
      const figures = await measure(entry.benchmark, () => entry.request(agent));
      const target = entry.targetMs === undefined ? {} : { targetP95Ms: entry.targetMs, meetsTarget: figures.p95Ms < entry.targetMs };
      printResult({ benchmark: entry.benchmark, dialect, runs: RUNS, ...figures, ...target, data });
    }
  } finally {
    await context.close();
  }
}

for (const dialect of dialects) await benchmarkDialect(dialect);
