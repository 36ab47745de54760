import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@ctip/contracts';
import { auditTrailAccess } from '../modules/audit-trail/audit-trail.access';
import { authAccess } from '../modules/auth/auth.access';
import { caseCareAccess } from '../modules/case-care/case-care.access';
import { caseExchangeAccess } from '../modules/case-exchange/case-exchange.access';
import { caseFilesAccess } from '../modules/case-files/case-files.access';
import { casesAccess } from '../modules/cases/cases.access';
import { estimationAccess } from '../modules/estimation/estimation.access';
import { estimateAndStore } from '../modules/estimation/use-cases/run-estimate';
import { linkageAccess } from '../modules/linkage/linkage.access';
import { decideCandidate } from '../modules/linkage/use-cases/review-matches';
import { systemAuditContext } from '../audit/audit-events';
import { personsAccess } from '../modules/persons/persons.access';
import { organisationsAccess } from '../modules/organisations/organisations.access';
import { referenceAccess } from '../modules/reference/reference.access';
import { sheltersAccess } from '../modules/shelters/shelters.access';
import { systemAccess } from '../modules/system/system.access';
import { usersAccess } from '../modules/users/users.access';
import { geoAccess } from '../modules/geo/geo.access';
import { intakeAccess } from '../modules/intake/intake.access';
import { operationsAccess } from '../modules/operations/operations.access';
import { publicPortalAccess } from '../modules/public-portal/public-portal.access';
import { sitesAccess } from '../modules/sites/sites.access';
import { SIGNED_IN, type AccessEntry, type AccessFixture, type ActorKind, type Relation } from '../testing/access-matrix';
import { CaseFixtures } from '../testing/case-fixtures';
import type { HttpAgent } from '../testing/http-agent';
import { createTestContext, type TestContext } from '../testing/test-context';
import { dialectsUnderTest } from '../testing/test-database';

/** Every route's row; a module that adds routes adds its rows here. */
const ENTRIES: AccessEntry[] = [...systemAccess, ...authAccess, ...organisationsAccess, ...usersAccess, ...auditTrailAccess, ...referenceAccess, ...personsAccess, ...casesAccess, ...caseCareAccess, ...sheltersAccess, ...caseFilesAccess, ...linkageAccess, ...intakeAccess, ...sitesAccess, ...operationsAccess, ...geoAccess, ...publicPortalAccess, ...caseExchangeAccess, ...estimationAccess];

/** Tables a refused request may still write: its own session's last-seen time, throttling, the audit trail (and its anchor). */
const BOOKKEEPING_TABLES = new Set(['sessions', 'auth_throttle', 'audit_events', 'audit_anchor']);

const key = (method: string, url: string) => `${method} ${url}`;

describe.each(dialectsUnderTest())('access matrix on %s', (dialect) => {
  let context: TestContext;
  let fixture: AccessFixture;
  const agents = new Map<ActorKind, HttpAgent>();

  async function signInFresh(actor: ActorKind): Promise<HttpAgent> {
    if (actor === 'anonymous') return context.agent();
    const organisationId = actor === 'platform_administrator' ? context.operatorOrganisationId : fixture.ownOrganisationId;
    const role: Role = actor === 'platform_administrator' ? 'administrator' : actor;
    const user = await context.createUser(organisationId, [role]);
    return context.signIn(user.email);
  }

  beforeAll(async () => {
    context = await createTestContext(dialect);
    const ownOrganisationId = await context.createOrganisation({ nameEn: 'Own organisation' });
    const otherOrganisationId = await context.createOrganisation({ nameEn: 'Other organisation' });
    const thirdOrganisationId = await context.createOrganisation({ nameEn: 'Third organisation' });
    const cases = new CaseFixtures(context);
    const newCase = async (relation: Relation) => {
      if (relation === 'own') return cases.openCase(ownOrganisationId);
      const created = await cases.openCase(otherOrganisationId);
      if (relation === 'referred') await cases.refer(created.caseId, ownOrganisationId);
      if (relation === 'transferred') await cases.transfer(created.caseId, ownOrganisationId);
      return created;
    };
    fixture = {
      thirdOrganisationId,
      newLinkageCandidate: () => cases.linkageCandidate(ownOrganisationId),
      async newPersonMatch() {
        const { candidateId } = await cases.linkageCandidate(ownOrganisationId);
        await decideCandidate(context.services, candidateId, 'confirmed', 'fixture', systemAuditContext('fixture'));
        return (await context.services.db.selectFrom('person_matches').select('id').where('candidate_id', '=', candidateId).executeTakeFirstOrThrow()).id;
      },
      async newEstimate() {
        // Two lists of 120 and 90 people with 30 in common: enough for the engine to answer.
        const memberships = [...Array.from({ length: 90 }, () => ['A']), ...Array.from({ length: 60 }, () => ['B']), ...Array.from({ length: 30 }, () => ['A', 'B'])];
        const request = { from: '2026-01-01', to: '2026-10-31', lists: [{ label: 'A', organisationIds: [ownOrganisationId] }, { label: 'B', organisationIds: [otherOrganisationId] }], method: 'main' as const, bootstrap: 0, seed: 1 };
        return (await estimateAndStore(context.services, request, memberships, systemAuditContext('fixture'))).id;
      },
      async waitForLinkageRuns() {
        for (let attempt = 0; attempt < 1200; attempt += 1) {
          if (!(await context.services.db.selectFrom('linkage_runs').select('id').where('status', '=', 'running').executeTakeFirst())) return;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        throw new Error('a linkage run did not finish');
      },
      newCase,
      newScreening: (relation: Relation) => cases.screenPerson(relation === 'own' ? ownOrganisationId : otherOrganisationId),
      async newConsent(relation: Relation) {
        const created = await newCase(relation);
        return { caseId: created.caseId, consentId: await cases.consent(created.caseId) };
      },
      async newReferral(relation: Relation, accepted = false) {
        const [from, to] = relation === 'own' ? [ownOrganisationId, otherOrganisationId] : relation === 'referred' ? [otherOrganisationId, ownOrganisationId] : [otherOrganisationId, thirdOrganisationId];
        const { caseId } = await cases.openCase(from);
        return cases.refer(caseId, to, { accept: accepted });
      },
      context,
      ownOrganisationId,
      otherOrganisationId,
      organisationFor: (relation: Relation) => (relation === 'own' ? ownOrganisationId : otherOrganisationId),
      newUser: (relation: Relation) => context.createUser(relation === 'own' ? ownOrganisationId : otherOrganisationId, ['analyst']),
      async newSession(relation: Relation) {
        const user = await this.newUser(relation);
        await context.signIn(user.email);
        const session = await context.services.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).executeTakeFirstOrThrow();
        return session.id;
      },
    };
    agents.set('anonymous', context.agent());
    for (const actor of SIGNED_IN) agents.set(actor, await signInFresh(actor));
  });
  afterAll(async () => context?.close());

  it('has a declared row for every route the server registers', () => {
    const declared = new Set(ENTRIES.map((entry) => key(entry.method, entry.url)));
    const undeclared = context.app.registeredRoutes
      .filter((route) => route.method !== 'HEAD' && !route.url.startsWith('/api/docs'))
      .map((route) => key(route.method, route.url))
      .filter((route) => !declared.has(route));
    expect(undeclared, 'routes without an entry in the access matrix').toEqual([]);
  });

  it('records the writes of an allowed request (so that a silent recorder cannot pass the next test)', async () => {
    context.writes.reset();
    const response = await agents.get('platform_administrator')!.post('/api/organisations', { nameEn: 'Recorder control', kind: 'ngo', countryCode: 'KH' });
    expect(response.statusCode).toBe(201);
    expect(context.writes.tablesWritten()).toEqual(['audit_anchor', 'audit_events', 'organisations']);
  });

  it('answers every (route, actor, relation) as declared; refusals change nothing', async () => {
    const failures: string[] = [];
    for (const entry of ENTRIES) {
      for (const relation of entry.relations ?? ['none']) {
        for (const actor of ['anonymous', ...SIGNED_IN] as ActorKind[]) {
          const expected = entry.expected(actor, relation);
          const agent = entry.consumesSession ? await signInFresh(actor) : agents.get(actor)!;
          const { url, body } = await entry.request(fixture, relation);
          context.writes.reset();
          const response = await agent.request(entry.method, url, body);
          await entry.settle?.(fixture);
          const label = `${entry.method} ${entry.url} as ${actor} on ${relation}`;
          const okay = expected === 'ok' ? response.statusCode >= 200 && response.statusCode < 300 : response.statusCode === expected;
          if (!okay) failures.push(`${label}: expected ${expected}, got ${response.statusCode} ${response.body.slice(0, 120)}`);
          if (expected !== 'ok') {
            const written = context.writes.tablesWritten().filter((table) => !BOOKKEEPING_TABLES.has(table));
            if (written.length > 0) failures.push(`${label}: refused, yet wrote to ${written.join(', ')}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
