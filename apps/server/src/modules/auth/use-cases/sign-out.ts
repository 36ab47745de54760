import type { AuditContext } from '../../../audit/audit-events';
import { revokeSession, type ResolvedSession } from '../../../auth/sessions';
import { audit, inTransaction, type Services } from '../../../services';

/** Ends the current session; its cookie is refused from now on (SECURITY.md 9). */
export async function signOut(services: Services, current: ResolvedSession, context: AuditContext): Promise<void> {
  await inTransaction(services, async (trx) => {
    await revokeSession(services, trx, current.session.id, 'signed_out');
    await audit(services, trx, context, { action: 'auth.signed_out', resourceType: 'user', resourceId: current.actor.userId });
  });
}
