import { SECTIONS_BY_SERVICE, type CaseSection } from '@ctip/contracts';
import { systemAuditContext } from '../../audit/audit-events';
import type { Actor } from '../../policy/actor';
import { caseReader, caseWorkRoles, type AccessEntry, type AccessFixture, type ActorKind, type Expected, type Relation } from '../../testing/access-matrix';
import { findCaseRow } from '../cases/use-cases/load-case';
import { addFollowUp } from './use-cases/record-follow-up';
import { recordCaseEntry } from './use-cases/record-case-entry';

const CASE_RELATIONS: Relation[] = ['own', 'other', 'referred', 'transferred'];
const CASE_ROLES: ActorKind[] = ['case_worker', 'investigator', 'partner_liaison'];
/** What the matrix's `referred` relation (an accepted medical referral) opens. */
const REFERRED_SECTIONS: readonly CaseSection[] = SECTIONS_BY_SERVICE.medical;

/** The audit context of records the matrix prepares. */
export const matrixContext = systemAuditContext('access-matrix');

/**
 * Reading one section of a case: the roles that work on cases, when their organisation owns
 * the case or its referral opens that section; anyone else finds nothing.
 */
export const sectionReader = (section: CaseSection) => (actor: ActorKind, relation: Relation): Expected => {
  if (relation === 'referred' && actor !== 'anonymous' && !REFERRED_SECTIONS.includes(section)) return 404;
  return caseReader(actor, relation);
};

/**
 * Recording in one section of a case: the roles that work on cases, in the owning organisation
 * or one whose referral opens the section; a referred organisation without it is told no (403:
 * it knows the case exists); anyone else finds nothing.
 */
export const sectionRecorder = (section: CaseSection) => (actor: ActorKind, relation: Relation): Expected => {
  const read = caseReader(actor, relation);
  if (read !== 'ok') return read;
  return relation === 'referred' && !REFERRED_SECTIONS.includes(section) ? 403 : 'ok';
};

/** A case worker of the organisation that owns the relation's records, for preparing them. */
export async function preparerFor(fixture: AccessFixture, relation: Relation): Promise<Actor> {
  const user = await fixture.newUser(relation);
  return { userId: user.id, organisationId: fixture.organisationFor(relation), roles: ['case_worker'], isPlatformOperator: false };
}

const caseUrl = (suffix: string) => async (fixture: AccessFixture, relation: Relation) => ({ url: `/api/cases/${(await fixture.newCase(relation)).caseId}${suffix}` });
const assessment = { kind: 'assessment', occurredOn: '2026-11-01', data: { type: 'needs', health: 'medium' } };

/** Access matrix rows of case entries, follow-up visits and the timeline. */
export const caseCareAccess: AccessEntry[] = [
  { method: 'GET', url: '/api/cases/:id/entries', relations: CASE_RELATIONS, expected: caseReader, request: caseUrl('/entries') },
  { method: 'POST', url: '/api/cases/:id/entries', relations: CASE_RELATIONS, expected: sectionRecorder('assessments'), request: async (fixture, relation) => ({ ...(await caseUrl('/entries')(fixture, relation)), body: assessment }) },
  {
    method: 'PUT',
    url: '/api/cases/:id/entries/:entryId',
    relations: CASE_RELATIONS,
    expected: sectionRecorder('assessments'),
    request: async (fixture, relation) => {
      const { caseId } = await fixture.newCase(relation);
      const services = fixture.context.services;
      const entryId = await recordCaseEntry(services, await preparerFor(fixture, relation), await findCaseRow(services.db, caseId), { kind: 'assessment', occurredOn: '2026-10-20', data: { type: 'risk', safety: null, health: null, legal: null, family: null, psychosocial: null, economic: null, summary: '' } }, matrixContext);
      return { url: `/api/cases/${caseId}/entries/${entryId}`, body: assessment };
    },
  },
  { method: 'GET', url: '/api/cases/:id/follow-ups', relations: CASE_RELATIONS, expected: sectionReader('follow_up'), request: caseUrl('/follow-ups') },
  { method: 'POST', url: '/api/cases/:id/follow-ups', relations: CASE_RELATIONS, expected: sectionRecorder('follow_up'), request: async (fixture, relation) => ({ ...(await caseUrl('/follow-ups')(fixture, relation)), body: { dueOn: '2026-12-01' } }) },
  {
    method: 'POST',
    url: '/api/cases/:id/follow-ups/:followUpId/complete',
    relations: CASE_RELATIONS,
    expected: sectionRecorder('follow_up'),
    request: async (fixture, relation) => {
      const { caseId } = await fixture.newCase(relation);
      const services = fixture.context.services;
      const followUpId = await addFollowUp(services, await findCaseRow(services.db, caseId), '2026-11-15', matrixContext);
      return { url: `/api/cases/${caseId}/follow-ups/${followUpId}/complete`, body: { completedOn: '2026-11-16', method: 'home_visit', outcome: 'doing_well' } };
    },
  },
  { method: 'GET', url: '/api/follow-ups/overdue', expected: caseWorkRoles(CASE_ROLES), request: async () => ({ url: '/api/follow-ups/overdue' }) },
  { method: 'GET', url: '/api/cases/:id/timeline', relations: CASE_RELATIONS, expected: caseReader, request: caseUrl('/timeline') },
];
