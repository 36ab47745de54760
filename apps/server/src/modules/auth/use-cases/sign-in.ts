import type { SessionState } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { createSession, type SessionRecord } from '../../../auth/sessions';
import { clearThrottle, ensureNotThrottled, recordThrottledFailure, THROTTLE_RULES } from '../../../auth/throttle';
import { keyedDigest } from '../../../auth/tokens';
import { dummyPasswordHash, verifyPassword } from '../../../crypto/passwords';
import { AppError } from '../../../errors';
import { audit, inTransaction, type Services } from '../../../services';
import { findAccountByEmail, findRoles, type AccountRow } from '../auth.repository';
import { nextSessionState } from '../next-session-state';

/** What the client sent and where from. */
export interface SignInInput {
  email: string;
  password: string;
  userAgent: string | null;
  context: AuditContext;
}

/** Keys under which failed attempts are counted: per account and per address. */
export function throttleKeys(services: Services, email: string, ip: string | null) {
  return {
    account: keyedDigest(services.sessionSecret, 'throttle-account', email),
    address: keyedDigest(services.sessionSecret, 'throttle-address', ip ?? 'unknown'),
  };
}

/** Whether a password must be changed before anything else: temporary, or a demo account's published one. */
export function mustChangePassword(account: AccountRow, demoMode: boolean): boolean {
  const demoPasswordUnchanged = account.is_demo === 1 && account.password_changed_at <= account.created_at;
  return account.must_change_password === 1 || (!demoMode && demoPasswordUnchanged);
}

/** The same answer for every failure, so that it does not tell which part was wrong. */
function rejected(): AppError {
  return new AppError('unauthenticated', 'The email or password is not right.');
}

/**
 * Checks an email and password and starts a session at its first remaining step. A missing
 * account, a wrong password and a disabled account get the same answer after the same work
 * (a password hash is always verified), and every failure counts against both the account and
 * the address.
 * @throws AppError unauthenticated, or rate_limited while blocked.
 */
export async function signIn(services: Services, input: SignInInput): Promise<{ token: string; session: SessionRecord; state: SessionState }> {
  const now = services.now();
  const keys = throttleKeys(services, input.email, input.context.ip);
  try {
    await ensureNotThrottled(services.db, [keys.account, keys.address], now);
  } catch (error) {
    await inTransaction(services, (trx) => audit(services, trx, input.context, { action: 'auth.sign_in.failed', outcome: 'denied', details: { reason: 'throttled' } }));
    throw error;
  }

  const account = await findAccountByEmail(services.db, input.email);
  const passwordMatches = await verifyPassword(account?.password_hash ?? (await dummyPasswordHash(services.config.argon2)), input.password);
  const usable = account !== undefined && account.status === 'active' && account.organisation_status === 'active';

  if (!account || !passwordMatches || !usable) {
    await inTransaction(services, async (trx) => {
      await recordThrottledFailure(trx, keys.account, THROTTLE_RULES.account, now);
      await recordThrottledFailure(trx, keys.address, THROTTLE_RULES.address, now);
      await audit(services, trx, input.context, {
        action: 'auth.sign_in.failed',
        outcome: 'failure',
        ...(account ? { resourceType: 'user', resourceId: account.id } : {}),
        details: { reason: account && passwordMatches ? 'disabled' : 'bad_credentials' },
      });
    });
    throw rejected();
  }

  const roles = await findRoles(services.db, account.id);
  const state = nextSessionState({
    roles,
    hasSecondFactor: account.totp_enabled_at !== null,
    secondFactorVerified: false,
    mustChangePassword: mustChangePassword(account, services.config.demoMode),
    demoMode: services.config.demoMode,
  });
  return inTransaction(services, async (trx) => {
    await clearThrottle(trx, keys.account);
    const created = await createSession(services, trx, { userId: account.id, state, ip: input.context.ip, userAgent: input.userAgent });
    if (state === 'active') {
      await trx.updateTable('users').set({ last_sign_in_at: now.toISOString() }).where('id', '=', account.id).execute();
    }
    await audit(services, trx, { ...input.context, actorUserId: account.id, actorOrganisationId: account.organisation_id }, {
      action: 'auth.sign_in.succeeded',
      resourceType: 'user',
      resourceId: account.id,
    });
    return { ...created, state };
  });
}
