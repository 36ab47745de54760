import { caseOwnerWorker, caseReader, caseWorkRoles, type AccessEntry, type ActorKind, type Expected, type Relation } from '../../testing/access-matrix';

const CASE_RELATIONS: Relation[] = ['own', 'other', 'referred', 'transferred'];
const CASE_ROLES: ActorKind[] = ['case_worker', 'investigator', 'partner_liaison'];

/** Consents are read by case readers whose access includes the consent section (a medical referral does not). */
const consentReader = (actor: ActorKind, relation: Relation): Expected => (relation === 'referred' && actor !== 'anonymous' ? 404 : caseReader(actor, relation));

/** Opening a case: case workers, from a screening their organisation holds; another's screening is unknown to them. */
const caseOpener = (actor: ActorKind, relation: Relation): Expected => {
  if (actor === 'anonymous') return 401;
  if (actor !== 'case_worker') return 403;
  return relation === 'own' ? 'ok' : 400;
};

/** Answering a referral: the roles that work on cases, in the receiving organisation only. */
const referralReceiver = (actor: ActorKind, relation: Relation): Expected => (actor === 'anonymous' ? 401 : CASE_ROLES.includes(actor) && relation === 'referred' ? 'ok' : 404);

/** Withdrawing a referral: case workers of the sending organisation. */
const referralSender = (actor: ActorKind, relation: Relation): Expected => (actor === 'anonymous' ? 401 : actor === 'case_worker' && relation === 'own' ? 'ok' : 404);

/** Completing an accepted referral: the sender's case workers, or the receiving side. */
const referralCompleter = (actor: ActorKind, relation: Relation): Expected => {
  if (actor === 'anonymous') return 401;
  if (relation === 'own') return actor === 'case_worker' ? 'ok' : 404;
  if (relation === 'referred') return CASE_ROLES.includes(actor) ? 'ok' : 404;
  return 404;
};

const caseUrl = (suffix = '') => async (fixture: Parameters<AccessEntry['request']>[0], relation: Relation) => ({ url: `/api/cases/${(await fixture.newCase(relation)).caseId}${suffix}` });

/** Access matrix rows of survivor cases and how they are shared. */
export const casesAccess: AccessEntry[] = [
  { method: 'GET', url: '/api/cases', expected: caseWorkRoles(CASE_ROLES), request: async () => ({ url: '/api/cases?search=Srey' }) },
  { method: 'GET', url: '/api/my-work', expected: caseWorkRoles(CASE_ROLES), request: async () => ({ url: '/api/my-work' }) },
  {
    method: 'POST',
    url: '/api/cases',
    relations: ['own', 'other'],
    expected: caseOpener,
    request: async (fixture, relation) => ({ url: '/api/cases', body: { screeningId: await fixture.newScreening(relation), openedOn: '2026-11-01' } }),
  },
  { method: 'GET', url: '/api/cases/:id', relations: CASE_RELATIONS, expected: caseReader, request: caseUrl() },
  { method: 'PATCH', url: '/api/cases/:id', relations: CASE_RELATIONS, expected: caseOwnerWorker, request: async (fixture, relation) => ({ ...(await caseUrl()(fixture, relation)), body: { nonPunishment: true } }) },
  { method: 'POST', url: '/api/cases/:id/stage', relations: CASE_RELATIONS, expected: caseOwnerWorker, request: async (fixture, relation) => ({ ...(await caseUrl('/stage')(fixture, relation)), body: { to: 'in_care', reason: 'admitted' } }) },
  { method: 'GET', url: '/api/cases/:id/restriction', relations: CASE_RELATIONS, expected: caseReader, request: caseUrl('/restriction') },
  { method: 'PUT', url: '/api/cases/:id/restriction', relations: CASE_RELATIONS, expected: caseOwnerWorker, request: async (fixture, relation) => ({ ...(await caseUrl('/restriction')(fixture, relation)), body: { restricted: false } }) },
  { method: 'GET', url: '/api/cases/:id/consents', relations: CASE_RELATIONS, expected: consentReader, request: caseUrl('/consents') },
  {
    method: 'POST',
    url: '/api/cases/:id/consents',
    relations: CASE_RELATIONS,
    expected: caseOwnerWorker,
    request: async (fixture, relation) => ({ ...(await caseUrl('/consents')(fixture, relation)), body: { kind: 'photos', method: 'written', givenOn: '2026-11-01' } }),
  },
  {
    method: 'POST',
    url: '/api/cases/:id/consents/:consentId/withdraw',
    relations: CASE_RELATIONS,
    expected: caseOwnerWorker,
    request: async (fixture, relation) => {
      const { caseId, consentId } = await fixture.newConsent(relation);
      return { url: `/api/cases/${caseId}/consents/${consentId}/withdraw`, body: { withdrawnOn: '2026-11-02', reason: 'changed her mind' } };
    },
  },
  { method: 'GET', url: '/api/cases/:id/referrals', relations: CASE_RELATIONS, expected: caseReader, request: caseUrl('/referrals') },
  {
    method: 'POST',
    url: '/api/cases/:id/referrals',
    relations: CASE_RELATIONS,
    expected: caseOwnerWorker,
    request: async (fixture, relation) => ({ ...(await caseUrl('/referrals')(fixture, relation)), body: { toOrganisationId: fixture.thirdOrganisationId, service: 'legal_aid', consentOverrideReason: 'urgent hearing next week' } }),
  },
  {
    method: 'POST',
    url: '/api/cases/:id/transfer',
    relations: CASE_RELATIONS,
    expected: caseOwnerWorker,
    request: async (fixture, relation) => ({ ...(await caseUrl('/transfer')(fixture, relation)), body: { toOrganisationId: fixture.thirdOrganisationId, reason: 'moving province', consentOverrideReason: 'cannot be reached to consent' } }),
  },
  { method: 'GET', url: '/api/referrals', expected: caseWorkRoles(CASE_ROLES), request: async () => ({ url: '/api/referrals?direction=outgoing' }) },
  ...(['accept', 'decline'] as const).map((answer): AccessEntry => ({
    method: 'POST',
    url: `/api/referrals/:id/${answer}`,
    relations: ['own', 'other', 'referred'],
    expected: referralReceiver,
    request: async (fixture, relation) => ({ url: `/api/referrals/${await fixture.newReferral(relation)}/${answer}`, body: {} }),
  })),
  { method: 'POST', url: '/api/referrals/:id/withdraw', relations: ['own', 'other', 'referred'], expected: referralSender, request: async (fixture, relation) => ({ url: `/api/referrals/${await fixture.newReferral(relation)}/withdraw`, body: {} }) },
  { method: 'POST', url: '/api/referrals/:id/complete', relations: ['own', 'other', 'referred'], expected: referralCompleter, request: async (fixture, relation) => ({ url: `/api/referrals/${await fixture.newReferral(relation, true)}/complete`, body: {} }) },
];
