import { caseWorkRoles, type AccessEntry, type ActorKind, type Expected, type Relation } from '../../testing/access-matrix';
import { intakeFixturesOf } from '../intake/intake.access';

const OPERATION_RECORDERS: ActorKind[] = ['investigator', 'case_worker'];
const OPERATION_READERS: ActorKind[] = ['investigator', 'case_worker', 'hotline_operator'];

/** Reading an operation: its readers in an organisation that took part; anyone else finds nothing. */
const operationReader = (actor: ActorKind, relation: Relation): Expected => (actor === 'anonymous' ? 401 : OPERATION_READERS.includes(actor) && relation === 'own' ? 'ok' : 404);

/** Access matrix rows of operations. */
export const operationsAccess: AccessEntry[] = [
  {
    method: 'POST',
    url: '/api/operations',
    expected: caseWorkRoles(OPERATION_RECORDERS),
    request: async (fixture) => {
      const siteId = await intakeFixturesOf(fixture).site(fixture.otherOrganisationId);
      return { url: '/api/operations', body: { kind: 'inspection', occurredOn: '2026-11-01', siteId, leadOrganisationId: fixture.ownOrganisationId } };
    },
  },
  { method: 'GET', url: '/api/operations', expected: caseWorkRoles(OPERATION_READERS), request: async () => ({ url: '/api/operations?kind=raid' }) },
  {
    method: 'GET',
    url: '/api/operations/:id',
    relations: ['own', 'other'],
    expected: operationReader,
    request: async (fixture, relation) => {
      const builder = intakeFixturesOf(fixture);
      const organisationId = fixture.organisationFor(relation);
      return { url: `/api/operations/${await builder.operation(organisationId, await builder.site(organisationId))}` };
    },
  },
];
