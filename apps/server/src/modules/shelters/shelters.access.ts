import type { ShelterInput } from '@ctip/contracts';
import { caseWorkRoles, type AccessEntry, type AccessFixture, type ActorKind, type Expected, type Relation } from '../../testing/access-matrix';
import { matrixContext, preparerFor, sectionReader, sectionRecorder } from '../case-care/case-care.access';
import { findCaseRow } from '../cases/use-cases/load-case';
import { admitToShelter } from './use-cases/record-shelter-stay';
import { registerShelter } from './use-cases/save-shelter';

const CASE_RELATIONS: Relation[] = ['own', 'other', 'referred', 'transferred'];
const CASE_ROLES: ActorKind[] = ['case_worker', 'investigator', 'partner_liaison'];
const roomyShelter: ShelterInput = { name: 'Matrix shelter', provinceCode: 'KH-12', capacity: 5, acceptsSex: 'any', acceptsChildren: true };

/** Reading one shelter: every role that works on cases, whoever keeps it. */
const shelterReader = (actor: ActorKind): Expected => (actor === 'anonymous' ? 401 : CASE_ROLES.includes(actor) ? 'ok' : 403);

/** Changing a shelter: case workers of the organisation that keeps it; another's is not found. */
const shelterKeeper = (actor: ActorKind, relation: Relation): Expected => {
  if (actor === 'anonymous') return 401;
  if (actor !== 'case_worker') return 403;
  return relation === 'own' ? 'ok' : 404;
};

/** A fresh shelter with room, kept by the organisation of the relation. */
async function newShelter(fixture: AccessFixture, relation: Relation): Promise<string> {
  return registerShelter(fixture.context.services, await preparerFor(fixture, relation), roomyShelter, matrixContext);
}

/** Access matrix rows of shelters and stays. */
export const sheltersAccess: AccessEntry[] = [
  { method: 'GET', url: '/api/shelters', expected: caseWorkRoles(CASE_ROLES), request: async () => ({ url: '/api/shelters?hasSpace=true' }) },
  { method: 'POST', url: '/api/shelters', expected: caseWorkRoles(['case_worker']), request: async () => ({ url: '/api/shelters', body: roomyShelter }) },
  { method: 'GET', url: '/api/shelters/:id', relations: ['own', 'other'], expected: shelterReader, request: async (fixture, relation) => ({ url: `/api/shelters/${await newShelter(fixture, relation)}` }) },
  { method: 'PATCH', url: '/api/shelters/:id', relations: ['own', 'other'], expected: shelterKeeper, request: async (fixture, relation) => ({ url: `/api/shelters/${await newShelter(fixture, relation)}`, body: { capacity: 6 } }) },
  { method: 'GET', url: '/api/cases/:id/shelter-stays', relations: CASE_RELATIONS, expected: sectionReader('shelter'), request: async (fixture, relation) => ({ url: `/api/cases/${(await fixture.newCase(relation)).caseId}/shelter-stays` }) },
  {
    method: 'POST',
    url: '/api/cases/:id/shelter-stays',
    relations: CASE_RELATIONS,
    expected: sectionRecorder('shelter'),
    request: async (fixture, relation) => ({ url: `/api/cases/${(await fixture.newCase(relation)).caseId}/shelter-stays`, body: { shelterId: await newShelter(fixture, 'own'), admittedOn: '2026-11-01' } }),
  },
  {
    method: 'POST',
    url: '/api/cases/:id/shelter-stays/:stayId/leave',
    relations: CASE_RELATIONS,
    expected: sectionRecorder('shelter'),
    request: async (fixture, relation) => {
      const { caseId } = await fixture.newCase(relation);
      const services = fixture.context.services;
      const preparer = await preparerFor(fixture, relation);
      const stayId = await admitToShelter(services, preparer, await findCaseRow(services.db, caseId), { relation: 'owner', sections: [] }, { shelterId: await newShelter(fixture, relation), admittedOn: '2026-11-01' }, matrixContext);
      return { url: `/api/cases/${caseId}/shelter-stays/${stayId}/leave`, body: { leftOn: '2026-11-10', reason: 'reintegrated' } };
    },
  },
];
