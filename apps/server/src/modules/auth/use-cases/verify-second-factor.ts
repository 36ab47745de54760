import type { SessionState } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import type { ResolvedSession, SessionRecord } from '../../../auth/sessions';
import { ensureNotThrottled, recordThrottledFailure, THROTTLE_RULES } from '../../../auth/throttle';
import { matchTotpStep } from '../../../auth/totp';
import { decryptField } from '../../../crypto/field-cipher';
import { AppError } from '../../../errors';
import { audit, inTransaction, type Services } from '../../../services';
import { acceptTotpStep, consumeRecoveryCode, findAccountById, findRoles } from '../auth.repository';
import { nextSessionState } from '../next-session-state';
import { hashRecoveryCode } from '../recovery-codes';
import { mustChangePassword, throttleKeys } from './sign-in';
import { advanceSession } from './advance-session';

/** A code from the authenticator app, or a recovery code. */
export interface SecondFactorInput {
  code?: string | undefined;
  recoveryCode?: string | undefined;
  userAgent: string | null;
  context: AuditContext;
}

/**
 * Completes the second step of sign-in. A TOTP code is accepted once: a code for a time step
 * at or before the last one accepted is refused (SECURITY.md 8). A recovery code is used up.
 * Failures count against the account like wrong passwords.
 * @throws AppError conflict when the session is not waiting for a second factor,
 *   validation_failed for a wrong or reused code, rate_limited while blocked.
 */
export async function verifySecondFactor(services: Services, current: ResolvedSession, input: SecondFactorInput): Promise<{ token: string; session: SessionRecord; state: SessionState }> {
  if (current.session.state !== 'second_factor') throw new AppError('conflict', 'This session is not waiting for a second factor.');
  const now = services.now();
  const keys = throttleKeys(services, current.user.email, input.context.ip);
  await ensureNotThrottled(services.db, [keys.account, keys.address], now);
  const account = await findAccountById(services.db, current.actor.userId);
  if (!account?.totp_secret) throw new AppError('conflict', 'This account has no second factor.');

  const fail = async (reason: 'bad_code' | 'replayed_code') => {
    await inTransaction(services, async (trx) => {
      await recordThrottledFailure(trx, keys.account, THROTTLE_RULES.account, now);
      await audit(services, trx, input.context, { action: 'auth.second_factor.failed', outcome: 'failure', resourceType: 'user', resourceId: account.id, details: { reason } });
    });
    const message = reason === 'replayed_code' ? 'This code was already used; wait for the next one.' : 'The code is not right.';
    return new AppError('validation_failed', message, [{ path: input.code !== undefined ? 'code' : 'recoveryCode', message, code: reason }]);
  };

  // Failures are recorded after the transaction, never inside it: one connection, no nesting.
  type Outcome = { failure: 'bad_code' | 'replayed_code' } | { advanced: Awaited<ReturnType<typeof advanceSession>> };
  const outcome = await inTransaction(services, async (trx): Promise<Outcome> => {
    let method: 'totp' | 'recovery_code';
    if (input.code !== undefined) {
      const secret = decryptField(services.keyRing, { table: 'users', column: 'totp_secret', rowId: account.id }, account.totp_secret!);
      const step = matchTotpStep(secret, input.code, now);
      if (step === null) return { failure: 'bad_code' };
      if (!(await acceptTotpStep(trx, account.id, step))) return { failure: 'replayed_code' };
      method = 'totp';
    } else {
      const used = await consumeRecoveryCode(trx, account.id, hashRecoveryCode(services.keyRing, input.recoveryCode ?? ''), now.toISOString());
      if (!used) return { failure: 'bad_code' };
      method = 'recovery_code';
    }
    const state = nextSessionState({
      roles: await findRoles(trx, account.id),
      hasSecondFactor: true,
      secondFactorVerified: true,
      mustChangePassword: mustChangePassword(account, services.config.demoMode),
      demoMode: services.config.demoMode,
    });
    const advanced = await advanceSession(services, trx, current, state, { ip: input.context.ip, userAgent: input.userAgent });
    await audit(services, trx, input.context, { action: 'auth.second_factor.succeeded', resourceType: 'user', resourceId: account.id, details: { method } });
    return { advanced };
  });
  if ('failure' in outcome) throw await fail(outcome.failure);
  return outcome.advanced;
}
