import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTIONS_BY_SERVICE, SERVICE_TYPES, type ServiceType } from '@ctip/contracts';
import { CaseFixtures } from '../../testing/case-fixtures';
import type { HttpAgent } from '../../testing/http-agent';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { dialectsUnderTest } from '../../testing/test-database';

/** One step of a generated consent history. */
type Step =
  | { kind: 'consent'; partner: number }
  | { kind: 'withdraw'; partner: number }
  | { kind: 'refer'; partner: number; service: ServiceType; override: boolean }
  | { kind: 'accept'; partner: number }
  | { kind: 'end'; partner: number };

const PARTNERS = 3;
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('consent' as const), partner: fc.nat(PARTNERS - 1) }),
  fc.record({ kind: fc.constant('withdraw' as const), partner: fc.nat(PARTNERS - 1) }),
  fc.record({ kind: fc.constant('refer' as const), partner: fc.nat(PARTNERS - 1), service: fc.constantFrom(...SERVICE_TYPES), override: fc.boolean() }),
  fc.record({ kind: fc.constant('accept' as const), partner: fc.nat(PARTNERS - 1) }),
  fc.record({ kind: fc.constant('end' as const), partner: fc.nat(PARTNERS - 1) }),
);

describe.each(dialectsUnderTest())('consent is enforced over generated histories on %s (SECURITY.md 13, 2)', (dialect) => {
  let context: TestContext;
  let fixtures: CaseFixtures;
  let owner: string;
  let ownerAgent: HttpAgent;
  const partners: Array<{ id: string; agent: HttpAgent }> = [];

  beforeAll(async () => {
    context = await createTestContext(dialect);
    fixtures = new CaseFixtures(context);
    owner = await context.createOrganisation({ nameEn: 'Owner' });
    ownerAgent = await context.signIn((await context.createUser(owner, ['case_worker'])).email);
    for (let index = 0; index < PARTNERS; index += 1) {
      const id = await context.createOrganisation({ nameEn: `Partner ${index}` });
      partners.push({ id, agent: await context.signIn((await context.createUser(id, ['case_worker'])).email) });
    }
  });
  afterAll(async () => context?.close());

  it('never lets a partner see a case without an active consent or a reasoned override, nor beyond what its services need', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const { caseId } = await fixtures.openCase(owner, { documents: [{ type: 'passport', number: 'N1234567', heldByOthers: false }], contacts: [{ kind: 'phone', value: '+855 12 000 111' }] });
        const consents = new Map<number, string>();
        const referrals = new Map<number, Array<{ id: string; service: ServiceType }>>();
        for (const current of steps) {
          const partner = partners[current.partner]!;
          if (current.kind === 'consent') {
            const response = await ownerAgent.post(`/api/cases/${caseId}/consents`, { kind: 'share_with_organisation', recipientOrganisationId: partner.id, method: 'written', givenOn: '2026-11-01' });
            consents.set(current.partner, response.json().id);
          } else if (current.kind === 'withdraw' && consents.has(current.partner)) {
            await ownerAgent.post(`/api/cases/${caseId}/consents/${consents.get(current.partner)}/withdraw`, { withdrawnOn: '2026-11-02', reason: 'withdrawn in test' });
            consents.delete(current.partner);
          } else if (current.kind === 'refer') {
            const response = await ownerAgent.post(`/api/cases/${caseId}/referrals`, { toOrganisationId: partner.id, service: current.service, ...(current.override ? { consentOverrideReason: 'Emergency: cannot reach her to ask' } : {}) });
            // Without consent and without an override, the referral must be refused.
            if (!consents.has(current.partner) && !current.override) expect(response.statusCode).toBe(400);
            if (response.statusCode === 201) referrals.set(current.partner, [...(referrals.get(current.partner) ?? []), { id: response.json().id, service: current.service }]);
          } else if (current.kind === 'accept') {
            for (const referral of referrals.get(current.partner) ?? []) await partner.agent.post(`/api/referrals/${referral.id}/accept`, {});
          } else if (current.kind === 'end') {
            for (const referral of referrals.get(current.partner) ?? []) await ownerAgent.post(`/api/referrals/${referral.id}/withdraw`, {});
          }

          // The invariant, after every step, checked from the database and from each partner's view.
          const db = context.services.db;
          const grants = await db.selectFrom('case_grants').innerJoin('case_referrals', 'case_referrals.id', 'case_grants.referral_id').select(['case_grants.organisation_id', 'case_grants.sections', 'case_referrals.consent_override_reason', 'case_referrals.service']).where('case_grants.case_id', '=', caseId).where('case_grants.revoked_at', 'is', null).execute();
          for (const grant of grants) {
            const consented = await db.selectFrom('case_consents').select('id').where('case_id', '=', caseId).where('recipient_organisation_id', '=', grant.organisation_id).where('withdrawn_on', 'is', null).executeTakeFirst();
            expect(consented !== undefined || grant.consent_override_reason !== null).toBe(true);
            expect(JSON.parse(grant.sections)).toEqual(SECTIONS_BY_SERVICE[grant.service as ServiceType]);
          }
          for (const [index, partner] of partners.entries()) {
            const view = await partner.agent.get(`/api/cases/${caseId}`);
            const partnerGrants = grants.filter((grant) => grant.organisation_id === partner.id);
            expect(view.statusCode, `partner ${index}`).toBe(partnerGrants.length > 0 ? 200 : 404);
            if (view.statusCode === 200) {
              const allowed = new Set(partnerGrants.flatMap((grant) => JSON.parse(grant.sections) as string[]));
              expect(view.json().visibleSections.every((section: string) => allowed.has(section))).toBe(true);
              const person = (await partner.agent.get(`/api/persons/${view.json().personId}`)).json();
              expect(person.documents === null).toBe(!allowed.has('documents'));
              expect(person.contacts === null).toBe(!allowed.has('contacts'));
              if (!allowed.has('exploitation')) expect(view.json().exploitation).toBeNull();
            }
          }
        }
      }),
      { numRuns: 12, seed: 1303 },
    );
  }, 240_000);
});
