import type { SessionInfo } from '@ctip/contracts';

/**
 * Whether the user may run estimates and read them whole (small cells included): analysts. Anyone
 * signed in may read an estimate's published figure. It mirrors the server's policy
 * (`estimation.run`, `estimation.read`) only to hide what would be refused.
 */
export function canRunEstimates(session: Pick<SessionInfo, 'user'>): boolean {
  return session.user.roles.includes('analyst');
}
