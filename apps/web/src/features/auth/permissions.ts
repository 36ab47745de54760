import type { Role, SessionInfo } from '@ctip/contracts';

/**
 * What the interface offers a user. It mirrors the server's policy (apps/server/src/policy) only
 * to hide what would be refused: the server decides every access, whatever the browser shows.
 */
export type Capability =
  | 'administration'
  | 'organisation.manage'
  | 'user.manage'
  | 'session.manage'
  | 'audit.read'
  | 'audit.verify'
  | 'reference.read';

const ROLES_BY_CAPABILITY: Record<Capability, readonly Role[] | 'everyone'> = {
  administration: ['administrator'],
  'organisation.manage': ['administrator'],
  'user.manage': ['administrator'],
  'session.manage': ['administrator'],
  'audit.read': ['administrator'],
  'audit.verify': ['administrator'],
  'reference.read': 'everyone',
};

// Capabilities reserved to administrators of the organisation that runs the platform.
const PLATFORM_OPERATOR_ONLY = new Set<Capability>(['organisation.manage', 'audit.verify']);

/** Whether the signed-in user's roles (and organisation) allow a capability. */
export function can(session: Pick<SessionInfo, 'user'>, capability: Capability): boolean {
  const allowed = ROLES_BY_CAPABILITY[capability];
  const hasRole = allowed === 'everyone' || session.user.roles.some((role) => allowed.includes(role));
  if (!hasRole) return false;
  return !PLATFORM_OPERATOR_ONLY.has(capability) || session.user.organisation.isPlatformOperator;
}
