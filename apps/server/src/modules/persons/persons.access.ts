import { buildPersonInput } from '../../testing/case-fixtures';
import { caseOwnerWorker, caseReader, caseWorkRoles, type AccessEntry, type ActorKind, type Expected, type Relation } from '../../testing/access-matrix';

const CASE_RELATIONS: Relation[] = ['own', 'other', 'referred', 'transferred'];

/** Screenings are read by case readers whose access includes the screening section (a medical referral does not). */
const screeningReader = (actor: ActorKind, relation: Relation): Expected => (relation === 'referred' && actor !== 'anonymous' ? 404 : caseReader(actor, relation));

/** Screening is done by case workers and investigators of the organisation that holds the person. */
const screener = (actor: ActorKind, relation: Relation): Expected => {
  if (actor === 'anonymous') return 401;
  if ((actor !== 'case_worker' && actor !== 'investigator') || relation === 'other') return 404;
  return relation === 'referred' ? 403 : 'ok';
};

/** Access matrix rows of persons and screenings. */
export const personsAccess: AccessEntry[] = [
  { method: 'POST', url: '/api/persons', expected: caseWorkRoles(['case_worker', 'hotline_operator', 'investigator']), request: async () => ({ url: '/api/persons', body: buildPersonInput() }) },
  { method: 'POST', url: '/api/persons/duplicates', expected: caseWorkRoles(['case_worker', 'hotline_operator', 'investigator']), request: async () => ({ url: '/api/persons/duplicates', body: { names: [{ full: 'Srey Mom' }] } }) },
  { method: 'GET', url: '/api/persons/:id', relations: CASE_RELATIONS, expected: caseReader, request: async (fixture, relation) => ({ url: `/api/persons/${(await fixture.newCase(relation)).personId}` }) },
  { method: 'PUT', url: '/api/persons/:id', relations: CASE_RELATIONS, expected: caseOwnerWorker, request: async (fixture, relation) => ({ url: `/api/persons/${(await fixture.newCase(relation)).personId}`, body: buildPersonInput({ sex: 'male' }) }) },
  {
    method: 'POST',
    url: '/api/persons/:id/screenings',
    relations: CASE_RELATIONS,
    expected: screener,
    request: async (fixture, relation) => ({ url: `/api/persons/${(await fixture.newCase(relation)).personId}/screenings`, body: { screenedOn: '2026-11-01', acts: [{ code: 'receipt', evidence: '' }] } }),
  },
  { method: 'GET', url: '/api/persons/:id/screenings', relations: CASE_RELATIONS, expected: screeningReader, request: async (fixture, relation) => ({ url: `/api/persons/${(await fixture.newCase(relation)).personId}/screenings` }) },
  { method: 'GET', url: '/api/screenings/:id', relations: CASE_RELATIONS, expected: screeningReader, request: async (fixture, relation) => ({ url: `/api/screenings/${(await fixture.newCase(relation)).screeningId}` }) },
];
