import type { SessionState } from '@ctip/contracts';
import { createSession, revokeSession, type ResolvedSession, type SessionRecord } from '../../../auth/sessions';
import type { Executor, Services } from '../../../services';

/**
 * Replaces a session by a new one at the next sign-in state. The token changes whenever the
 * session gains privilege, so a token seen before the step (session fixation) is worthless after.
 */
export async function advanceSession(
  services: Services,
  trx: Executor,
  current: ResolvedSession,
  state: SessionState,
  client: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; session: SessionRecord; state: SessionState }> {
  await revokeSession(services, trx, current.session.id, 'advanced');
  const created = await createSession(services, trx, { userId: current.actor.userId, state, ...client });
  if (state === 'active') {
    await trx.updateTable('users').set({ last_sign_in_at: services.now().toISOString() }).where('id', '=', current.actor.userId).execute();
  }
  return { ...created, state };
}
