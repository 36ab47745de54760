import { randomUUID } from 'node:crypto';
import type { SessionState } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import type { ResolvedSession, SessionRecord } from '../../../auth/sessions';
import { generateTotpSecret, matchTotpStep, totpUri } from '../../../auth/totp';
import { decryptField, encryptField } from '../../../crypto/field-cipher';
import { AppError } from '../../../errors';
import { audit, inTransaction, type Services } from '../../../services';
import { findAccountById, findRoles, replaceRecoveryCodes } from '../auth.repository';
import { nextSessionState } from '../next-session-state';
import { generateRecoveryCodes, hashRecoveryCode } from '../recovery-codes';
import { mustChangePassword } from './sign-in';
import { advanceSession } from './advance-session';

/**
 * Starts enrolling an authenticator app: a new secret, kept encrypted as pending until the
 * user proves they set it up by sending a code from it.
 * @throws AppError conflict when a second factor is already set up.
 */
export async function startEnrolment(services: Services, current: ResolvedSession): Promise<{ secret: string; otpauthUri: string }> {
  if (current.session.state !== 'enrol_second_factor' && current.session.state !== 'active') {
    throw new AppError('conflict', 'Finish the earlier sign-in step first.');
  }
  if (current.user.hasSecondFactor) throw new AppError('conflict', 'A second factor is already set up; an administrator can reset it.');
  const secret = generateTotpSecret();
  const location = { table: 'users', column: 'totp_pending_secret', rowId: current.actor.userId };
  await services.db
    .updateTable('users')
    .set({ totp_pending_secret: encryptField(services.keyRing, location, secret), updated_at: services.now().toISOString() })
    .where('id', '=', current.actor.userId)
    .execute();
  return { secret, otpauthUri: totpUri(current.user.email, secret) };
}

/**
 * Confirms enrolment with a code from the app, turns the second factor on, and issues
 * recovery codes (shown once; only their keyed digests are kept).
 * @throws AppError conflict without a pending enrolment, validation_failed for a wrong code.
 */
export async function confirmEnrolment(
  services: Services,
  current: ResolvedSession,
  input: { code: string; userAgent: string | null; context: AuditContext },
): Promise<{ recoveryCodes: string[]; next: { token: string; session: SessionRecord; state: SessionState } | null }> {
  const account = await findAccountById(services.db, current.actor.userId);
  if (!account?.totp_pending_secret) throw new AppError('conflict', 'Start enrolment first.');
  if (account.totp_secret) throw new AppError('conflict', 'A second factor is already set up.');
  const now = services.now();
  const secret = decryptField(services.keyRing, { table: 'users', column: 'totp_pending_secret', rowId: account.id }, account.totp_pending_secret);
  const step = matchTotpStep(secret, input.code, now);
  if (step === null) {
    throw new AppError('validation_failed', 'The code is not right.', [{ path: 'code', message: 'The code is not right.', code: 'bad_code' }]);
  }
  const recoveryCodes = generateRecoveryCodes();
  return inTransaction(services, async (trx) => {
    await trx
      .updateTable('users')
      .set({
        totp_secret: encryptField(services.keyRing, { table: 'users', column: 'totp_secret', rowId: account.id }, secret),
        totp_pending_secret: null,
        totp_enabled_at: now.toISOString(),
        totp_last_step: step,
        updated_at: now.toISOString(),
      })
      .where('id', '=', account.id)
      .execute();
    await replaceRecoveryCodes(trx, account.id, recoveryCodes.map((code) => hashRecoveryCode(services.keyRing, code)), now.toISOString(), randomUUID);
    await audit(services, trx, input.context, { action: 'auth.second_factor.enrolled', resourceType: 'user', resourceId: account.id });
    if (current.session.state === 'active') return { recoveryCodes, next: null };
    const state = nextSessionState({
      roles: await findRoles(trx, account.id),
      hasSecondFactor: true,
      secondFactorVerified: true,
      mustChangePassword: mustChangePassword(account, services.config.demoMode),
      demoMode: services.config.demoMode,
    });
    return { recoveryCodes, next: await advanceSession(services, trx, current, state, { ip: input.context.ip, userAgent: input.userAgent }) };
  });
}
