import type { SessionInfo } from '@ctip/contracts';

/**
 * Whether the user may run record linkage, review its queue and see its model: administrators
 * of the organisation that runs the platform, since linkage compares persons across every
 * organisation. It mirrors the server's policy (`linkage.*`) only to hide what would be refused.
 */
export function canManageLinkage(session: Pick<SessionInfo, 'user'>): boolean {
  return session.user.roles.includes('administrator') && session.user.organisation.isPlatformOperator;
}
