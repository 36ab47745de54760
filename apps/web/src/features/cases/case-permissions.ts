import type { Role, SessionInfo } from '@ctip/contracts';

/**
 * What the interface offers on survivor cases, by role. It mirrors the server's permission table
 * (apps/server/src/policy/permissions.ts) only to hide what would be refused; which case a user
 * may touch is decided by the server, and the case page follows the `allowedActions` it answers.
 */
export type CaseCapability =
  | 'case.list'
  | 'case.create'
  | 'person.create'
  | 'screening.create'
  | 'referral.list'
  | 'shelter.list'
  | 'case.import'
  | 'case.export_deidentified';

const ROLES_BY_CAPABILITY: Record<CaseCapability, readonly Role[]> = {
  'case.list': ['case_worker', 'investigator', 'partner_liaison'],
  'case.create': ['case_worker'],
  'person.create': ['case_worker', 'hotline_operator', 'investigator'],
  'screening.create': ['case_worker', 'investigator'],
  'referral.list': ['case_worker', 'investigator', 'partner_liaison'],
  'shelter.list': ['case_worker', 'investigator', 'partner_liaison'],
  'case.import': ['case_worker'],
  'case.export_deidentified': ['analyst', 'case_worker'],
};

/** Whether the signed-in user's roles allow a case capability. */
export function canOnCases(session: Pick<SessionInfo, 'user'>, capability: CaseCapability): boolean {
  const allowed = ROLES_BY_CAPABILITY[capability];
  return session.user.roles.some((role) => allowed.includes(role));
}

/** Whether a user can both record a person and screen them: the start of a new case. */
export function canStartCase(session: Pick<SessionInfo, 'user'>): boolean {
  return canOnCases(session, 'person.create') && canOnCases(session, 'screening.create');
}
