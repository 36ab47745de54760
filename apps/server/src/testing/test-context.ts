import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { Role } from '@ctip/contracts';
import { buildApp } from '../app';
import { systemAuditContext } from '../audit/audit-events';
import { boot, type Booted } from '../boot';
import { loadConfig, type Config } from '../config';
import type { DialectName } from '../db/dialect';
import { createOrganisation, type OrganisationInput } from '../modules/organisations/use-cases/save-organisation';
import { createUser } from '../modules/users/use-cases/manage-users';
import { ensurePlatformOperator } from '../seed/platform-operator';
import { syncReferenceData } from '../seed/reference-data';
import type { Services } from '../services';
import { buildOrganisation } from '../factories/organisation-factory';
import { buildUser } from '../factories/user-factory';
import { HttpAgent } from './http-agent';
import { createTestClock, type TestClock } from './test-clock';
import { WriteRecorder } from './write-recorder';
import { createTestDatabase, type TestDatabase } from './test-database';

/** The password of every account tests create. */
export const TEST_PASSWORD = 'correct horse battery staple';

/** A running application on a fresh database, with helpers to build records and sign in. */
export interface TestContext {
  dialect: DialectName;
  app: FastifyInstance;
  services: Services;
  config: Config;
  clock: TestClock;
  /** Everything the server logged, for tests that prove logs hold no content. */
  logs(): string;
  /** Every write the application attempts (see write-recorder.ts). */
  writes: WriteRecorder;
  operatorOrganisationId: string;
  createOrganisation(overrides?: Partial<OrganisationInput>): Promise<string>;
  createUser(organisationId: string, roles: Role[], overrides?: { email?: string; password?: string }): Promise<{ id: string; email: string }>;
  /** An agent signed in (password only: tests run in demo mode unless they ask otherwise). */
  signIn(email: string, password?: string): Promise<HttpAgent>;
  agent(): HttpAgent;
  close(): Promise<void>;
}

/** Options of a test context. */
export interface TestContextOptions {
  /** Demo mode relaxes the second-factor requirement; tests of the second factor turn it off. */
  demoMode?: boolean;
  env?: Record<string, string>;
}

/**
 * Opens a fresh database of the dialect, migrates it, builds the app on it with a test clock
 * and captured logs. Argon2 runs at OWASP's minimum cost to keep tests quick.
 */
export async function createTestContext(dialect: DialectName, options: TestContextOptions = {}): Promise<TestContext> {
  const database: TestDatabase = await createTestDatabase(dialect);
  const config = loadConfig({
    CTIP_DATA_DIR: database.dataDir,
    CTIP_DEMO: options.demoMode === false ? 'false' : 'true',
    CTIP_LOG_LEVEL: 'info',
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    ...options.env,
  });
  const clock = createTestClock();
  let booted: Booted;
  try {
    booted = await boot(config, { now: clock.now });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const writes = new WriteRecorder();
  const services = { ...booted.services, db: booted.services.db.withPlugin(writes) };
  await syncReferenceData(services);
  const operatorOrganisationId = await ensurePlatformOperator(services);
  const logStream = new PassThrough();
  const logChunks: string[] = [];
  logStream.on('data', (chunk: Buffer) => logChunks.push(chunk.toString('utf8')));
  const app = await buildApp({ services, webRoot: null, logStream });
  const context = systemAuditContext('test');

  const testContext: TestContext = {
    dialect,
    app,
    services,
    config,
    clock,
    logs: () => logChunks.join(''),
    writes,
    operatorOrganisationId,
    async createOrganisation(overrides = {}) {
      return (await createOrganisation(services, buildOrganisation(overrides), context)).id;
    },
    async createUser(organisationId, roles, overrides = {}) {
      const input = buildUser(organisationId, { roles, password: overrides.password ?? TEST_PASSWORD, mustChangePassword: false, ...(overrides.email ? { email: overrides.email } : {}) });
      const { user } = await createUser(services, input, context);
      return { id: user.id, email: user.email };
    },
    async signIn(email, password = TEST_PASSWORD) {
      const agent = new HttpAgent(app);
      const response = await agent.post('/api/auth/sign-in', { email, password });
      if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
      await agent.refreshCsrf();
      return agent;
    },
    agent: () => new HttpAgent(app),
    async close() {
      await app.close();
      await booted.close();
      await database.drop();
    },
  };
  return testContext;
}
