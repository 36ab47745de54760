import type { Role, SessionInfo } from '@ctip/contracts';

/**
 * What the interface offers on reports, sites, operations and the map, by role. It mirrors the
 * server's permission table (apps/server/src/policy/permissions.ts, explained in
 * apps/server/src/modules/intake/POLICY.md) only to hide what would be refused; which record a
 * user may touch is decided by the server.
 */
export type IntakeCapability =
  | 'report.create'
  | 'report.import'
  | 'report.list'
  | 'report.change'
  | 'site.list'
  | 'site.create'
  | 'site.publish'
  | 'operation.create'
  | 'operation.list'
  | 'map.read';

const ROLES_BY_CAPABILITY: Record<IntakeCapability, readonly Role[]> = {
  'report.create': ['hotline_operator', 'investigator'],
  // An embassy's list imported as one report: whoever records reports.
  'report.import': ['hotline_operator', 'investigator'],
  'report.list': ['hotline_operator', 'investigator', 'case_worker'],
  // Correct, triage, link and refer a report of one's own organisation.
  'report.change': ['hotline_operator', 'investigator'],
  'site.list': ['hotline_operator', 'investigator', 'case_worker', 'administrator'],
  'site.create': ['hotline_operator', 'investigator'],
  'site.publish': ['administrator'],
  'operation.create': ['investigator', 'case_worker'],
  'operation.list': ['investigator', 'case_worker', 'hotline_operator'],
  'map.read': ['hotline_operator', 'investigator', 'case_worker', 'administrator'],
};

// Publishing to the public list is for administrators of the organisation that runs the platform.
const PLATFORM_OPERATOR_ONLY = new Set<IntakeCapability>(['site.publish']);

/** Whether the signed-in user's roles (and organisation) allow an intake capability. */
export function canOnIntake(session: Pick<SessionInfo, 'user'>, capability: IntakeCapability): boolean {
  const allowed = ROLES_BY_CAPABILITY[capability];
  if (!session.user.roles.some((role) => allowed.includes(role))) return false;
  return !PLATFORM_OPERATOR_ONLY.has(capability) || session.user.organisation.isPlatformOperator;
}
