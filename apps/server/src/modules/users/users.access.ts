import { administeredRecord, administratorsCollection, caseWorkRoles, type AccessEntry, type ActorKind, type Expected, type Relation } from '../../testing/access-matrix';

const userRecord = (suffix: string, method: AccessEntry['method'], body?: unknown): AccessEntry => ({
  method,
  url: `/api/users/:id${suffix}`,
  relations: ['own', 'other'],
  expected: administeredRecord,
  request: async (fixture, relation) => ({ url: `/api/users/${(await fixture.newUser(relation)).id}${suffix}`, ...(body === undefined ? {} : { body }) }),
});

/** Creating a user in an organisation: its administrators (or the platform operator's). */
const createInOrganisation = (actor: ActorKind, relation: Relation): Expected => {
  if (actor === 'anonymous') return 401;
  if (actor === 'platform_administrator' || (actor === 'administrator' && relation === 'own')) return 'ok';
  return 403;
};

/** Access matrix rows of user and session administration. */
export const usersAccess: AccessEntry[] = [
  { method: 'GET', url: '/api/users', expected: administratorsCollection, request: async () => ({ url: '/api/users' }) },
  {
    method: 'POST',
    url: '/api/users',
    relations: ['own', 'other'],
    expected: createInOrganisation,
    request: async (fixture, relation) => ({
      url: '/api/users',
      body: { email: `new-${Math.random().toString(36).slice(2)}@example.test`, displayName: 'New person', organisationId: fixture.organisationFor(relation), roles: ['analyst'] },
    }),
  },
  userRecord('', 'GET'),
  userRecord('', 'PATCH', { displayName: 'Renamed' }),
  userRecord('/disable', 'POST'),
  userRecord('/enable', 'POST'),
  userRecord('/reset-password', 'POST'),
  userRecord('/reset-second-factor', 'POST'),
  { method: 'GET', url: '/api/colleagues', expected: caseWorkRoles(['case_worker', 'investigator', 'partner_liaison', 'hotline_operator']), request: async () => ({ url: '/api/colleagues?role=case_worker' }) },
  { method: 'GET', url: '/api/sessions', expected: administratorsCollection, request: async () => ({ url: '/api/sessions' }) },
  {
    method: 'DELETE',
    url: '/api/sessions/:id',
    relations: ['own', 'other'],
    expected: administeredRecord,
    request: async (fixture, relation) => ({ url: `/api/sessions/${await fixture.newSession(relation)}` }),
  },
];
