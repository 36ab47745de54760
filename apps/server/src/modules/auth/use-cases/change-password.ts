import type { SessionState } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { revokeUserSessions, type ResolvedSession, type SessionRecord } from '../../../auth/sessions';
import { ensureNotThrottled, recordThrottledFailure, THROTTLE_RULES } from '../../../auth/throttle';
import { hashPassword, verifyPassword } from '../../../crypto/passwords';
import { AppError, invalidField } from '../../../errors';
import { audit, inTransaction, type Services } from '../../../services';
import { findAccountById, findRoles } from '../auth.repository';
import { nextSessionState } from '../next-session-state';
import { throttleKeys } from './sign-in';
import { advanceSession } from './advance-session';

/**
 * Changes the signed-in user's password after checking the current one; every other session
 * of the user ends. Used both for the forced change of a temporary password and by choice.
 * @throws AppError validation_failed (wrong current password, new equal to old or to the
 *   email), conflict (the session is at another sign-in step), rate_limited.
 */
export async function changePassword(
  services: Services,
  current: ResolvedSession,
  input: { currentPassword: string; newPassword: string; userAgent: string | null; context: AuditContext },
): Promise<{ token: string; session: SessionRecord; state: SessionState } | null> {
  if (current.session.state !== 'change_password' && current.session.state !== 'active') {
    throw new AppError('conflict', 'Finish the earlier sign-in step first.');
  }
  const now = services.now();
  const keys = throttleKeys(services, current.user.email, input.context.ip);
  await ensureNotThrottled(services.db, [keys.account], now);
  const account = await findAccountById(services.db, current.actor.userId);
  if (!account) throw new AppError('unauthenticated');
  if (!(await verifyPassword(account.password_hash, input.currentPassword))) {
    await inTransaction(services, (trx) => recordThrottledFailure(trx, keys.account, THROTTLE_RULES.account, now));
    throw invalidField('currentPassword', 'The current password is not right.', 'bad_password');
  }
  if (input.newPassword === input.currentPassword) throw invalidField('newPassword', 'Choose a password different from the current one.', 'unchanged');
  if (input.newPassword.toLowerCase().includes(account.email.split('@')[0]!.toLowerCase())) {
    throw invalidField('newPassword', 'The password must not contain your email name.', 'contains_email');
  }
  const hash = await hashPassword(input.newPassword, services.config.argon2);
  return inTransaction(services, async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: hash, must_change_password: 0, password_changed_at: now.toISOString(), updated_at: now.toISOString() })
      .where('id', '=', account.id)
      .execute();
    await revokeUserSessions(services, trx, account.id, 'password_changed', current.session.id);
    await audit(services, trx, input.context, { action: 'auth.password.changed', resourceType: 'user', resourceId: account.id, changedFields: ['password'] });
    if (current.session.state === 'active') return null;
    const state = nextSessionState({
      roles: await findRoles(trx, account.id),
      hasSecondFactor: account.totp_enabled_at !== null,
      secondFactorVerified: true,
      mustChangePassword: false,
      demoMode: services.config.demoMode,
    });
    return advanceSession(services, trx, current, state, { ip: input.context.ip, userAgent: input.userAgent });
  });
}
