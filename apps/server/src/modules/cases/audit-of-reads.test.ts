import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFixtures } from '../../testing/case-fixtures';
import type { HttpAgent } from '../../testing/http-agent';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { dialectsUnderTest } from '../../testing/test-database';

/** A read a generated run may make, and whether a successful answer carries identifying data. */
type Read = { actor: number; kind: 'case' | 'person' | 'list' | 'screenings' | 'consents' | 'referrals' | 'organisations'; target: number };

describe.each(dialectsUnderTest())('every read of identifying data is audited (%s, SECURITY.md 3)', (dialect) => {
  let context: TestContext;
  const agents: HttpAgent[] = [];
  const cases: Array<{ caseId: string; personId: string }> = [];

  beforeAll(async () => {
    context = await createTestContext(dialect);
    const fixtures = new CaseFixtures(context);
    const shelter = await context.createOrganisation();
    const police = await context.createOrganisation({ kind: 'police_unit' });
    for (let index = 0; index < 3; index += 1) cases.push(await fixtures.openCase(shelter));
    cases.push(await fixtures.openCase(police));
    await fixtures.refer(cases[0]!.caseId, police, { service: 'legal_aid' });
    agents.push(await context.signIn((await context.createUser(shelter, ['case_worker'])).email));
    agents.push(await context.signIn((await context.createUser(police, ['investigator'])).email));
    agents.push(await context.signIn((await context.createUser(shelter, ['analyst'])).email));
    agents.push(await context.signIn((await context.createUser(context.operatorOrganisationId, ['administrator'])).email));
  });
  afterAll(async () => context?.close());

  it('writes exactly one audit event per response that carried identifying data', async () => {
    const reads = fc.record({ actor: fc.nat(3), kind: fc.constantFrom('case', 'person', 'list', 'screenings', 'consents', 'referrals', 'organisations'), target: fc.nat(3) }) as fc.Arbitrary<Read>;
    await fc.assert(
      fc.asyncProperty(fc.array(reads, { minLength: 1, maxLength: 25 }), async (run) => {
        const before = await context.services.db.selectFrom('audit_events').select('seq').where('action', 'in', ['record.read', 'record.listed']).execute();
        let identifyingResponses = 0;
        for (const read of run) {
          const agent = agents[read.actor]!;
          const target = cases[read.target]!;
          const url = {
            case: `/api/cases/${target.caseId}`,
            person: `/api/persons/${target.personId}`,
            list: '/api/cases?search=srey',
            screenings: `/api/persons/${target.personId}/screenings`,
            consents: `/api/cases/${target.caseId}/consents`,
            referrals: `/api/cases/${target.caseId}/referrals`,
            organisations: '/api/organisations',
          }[read.kind];
          const response = await agent.get(url);
          // The organisation directory is not about people; everything else here is.
          if (response.statusCode === 200 && read.kind !== 'organisations') identifyingResponses += 1;
        }
        const after = await context.services.db.selectFrom('audit_events').select('seq').where('action', 'in', ['record.read', 'record.listed']).execute();
        expect(after.length - before.length).toBe(identifyingResponses);
      }),
      { numRuns: 15, seed: 303 },
    );
  }, 120_000);
});
