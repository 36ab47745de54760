import { randomUUID } from 'node:crypto';
import type { Locale, Role } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { revokeUserSessions } from '../../../auth/sessions';
import { hashPassword } from '../../../crypto/passwords';
import { AppError, invalidField } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Services } from '../../../services';
import { generateTemporaryPassword } from '../temporary-password';
import { findUser, insertUser, isEmailTaken, replaceRoles, updateUser, type UserRow } from '../users.repository';

/** A new account. */
export interface NewUser {
  email: string;
  displayName: string;
  organisationId: string;
  roles: Role[];
  locale: Locale;
  /** Only the CLI sets a password; the API always issues a temporary one. */
  password?: string;
  /** Whether the password must be changed at first sign-in (always, for temporary ones). */
  mustChangePassword?: boolean;
  isDemo?: boolean;
}

/**
 * Creates an account with a temporary password, shown once to the administrator, which the
 * user must change at first sign-in.
 * @throws AppError validation_failed when the email is taken or the organisation is unknown.
 */
export async function createUser(services: Services, input: NewUser, context: AuditContext): Promise<{ user: UserRow; temporaryPassword: string | null }> {
  const email = input.email.trim().toLowerCase();
  if (await isEmailTaken(services.db, email)) throw invalidField('email', 'An account with this email already exists.', 'taken');
  const organisation = await services.db.selectFrom('organisations').select(['id', 'status']).where('id', '=', input.organisationId).executeTakeFirst();
  if (!organisation) throw invalidField('organisationId', 'No such organisation.', 'unknown');
  if (organisation.status !== 'active') throw invalidField('organisationId', 'The organisation is inactive.', 'inactive');
  const temporaryPassword = input.password === undefined ? generateTemporaryPassword() : null;
  const passwordHash = await hashPassword(input.password ?? temporaryPassword!, services.config.argon2);
  const now = services.now().toISOString();
  const id = randomUUID();
  await inTransaction(services, async (trx) => {
    await insertUser(
      trx,
      {
        id,
        organisation_id: input.organisationId,
        email,
        display_name: input.displayName,
        password_hash: passwordHash,
        locale: input.locale,
        status: 'active',
        must_change_password: (input.mustChangePassword ?? temporaryPassword !== null) ? 1 : 0,
        is_demo: input.isDemo ? 1 : 0,
        totp_secret: null,
        totp_pending_secret: null,
        totp_enabled_at: null,
        totp_last_step: null,
        password_changed_at: now,
        last_sign_in_at: null,
        created_at: now,
        updated_at: now,
      },
      [...new Set(input.roles)],
    );
    await audit(services, trx, context, {
      action: 'user.created',
      resourceType: 'user',
      resourceId: id,
      changedFields: ['email', 'displayName', 'organisationId', 'roles', 'locale'],
      details: { roles: [...new Set(input.roles)].sort().join(',') },
    });
  });
  return { user: (await findUser(services.db, id))!, temporaryPassword };
}

/**
 * Changes a user's name, roles or language. Administrators cannot take the administrator role
 * from themselves, so that an organisation is never left with nobody to administer it by accident.
 * @throws AppError validation_failed.
 */
export async function changeUser(
  services: Services,
  actor: Actor,
  user: UserRow,
  changes: { displayName?: string | undefined; roles?: Role[] | undefined; locale?: Locale | undefined },
  context: AuditContext,
): Promise<UserRow> {
  if (changes.roles && user.id === actor.userId && !changes.roles.includes('administrator') && user.roles.includes('administrator')) {
    throw invalidField('roles', 'You cannot remove your own administrator role.', 'self_demotion');
  }
  const changed: string[] = [];
  const columns: Record<string, string> = {};
  if (changes.displayName !== undefined && changes.displayName !== user.display_name) {
    columns.display_name = changes.displayName;
    changed.push('displayName');
  }
  if (changes.locale !== undefined && changes.locale !== user.locale) {
    columns.locale = changes.locale;
    changed.push('locale');
  }
  const roles = changes.roles ? [...new Set(changes.roles)].sort() : null;
  const rolesChanged = roles !== null && roles.join(',') !== [...user.roles].sort().join(',');
  if (rolesChanged) changed.push('roles');
  if (changed.length === 0) return user;
  await inTransaction(services, async (trx) => {
    await updateUser(trx, user.id, { ...columns, updated_at: services.now().toISOString() });
    if (rolesChanged) {
      await replaceRoles(trx, user.id, roles);
      // New roles take effect at the next sign-in: a session keeps the powers it was granted with.
      await revokeUserSessions(services, trx, user.id, 'roles_changed');
    }
    await audit(services, trx, context, { action: 'user.updated', resourceType: 'user', resourceId: user.id, changedFields: changed });
  });
  return (await findUser(services.db, user.id))!;
}

/**
 * Disables or re-enables an account. Disabling ends every session of the user at once.
 * @throws AppError conflict when administrators try to disable themselves.
 */
export async function setUserStatus(services: Services, actor: Actor, user: UserRow, status: 'active' | 'disabled', context: AuditContext): Promise<UserRow> {
  if (status === 'disabled' && user.id === actor.userId) throw new AppError('conflict', 'You cannot disable your own account.');
  if (user.status === status) return user;
  await inTransaction(services, async (trx) => {
    await updateUser(trx, user.id, { status, updated_at: services.now().toISOString() });
    if (status === 'disabled') await revokeUserSessions(services, trx, user.id, 'disabled');
    await audit(services, trx, context, { action: status === 'disabled' ? 'user.disabled' : 'user.enabled', resourceType: 'user', resourceId: user.id, changedFields: ['status'] });
  });
  return (await findUser(services.db, user.id))!;
}

/** Issues a new temporary password (shown once) and ends the user's sessions. */
export async function resetPassword(services: Services, user: UserRow, context: AuditContext, password?: string): Promise<{ user: UserRow; temporaryPassword: string | null }> {
  const temporaryPassword = password === undefined ? generateTemporaryPassword() : null;
  const hash = await hashPassword(password ?? temporaryPassword!, services.config.argon2);
  const now = services.now().toISOString();
  await inTransaction(services, async (trx) => {
    await updateUser(trx, user.id, { password_hash: hash, must_change_password: temporaryPassword !== null ? 1 : 0, password_changed_at: now, updated_at: now });
    await revokeUserSessions(services, trx, user.id, 'password_reset');
    await audit(services, trx, context, { action: 'user.password_reset', resourceType: 'user', resourceId: user.id, changedFields: ['password'] });
  });
  return { user: (await findUser(services.db, user.id))!, temporaryPassword };
}

/** Removes a lost second factor; the user enrols again at their next sign-in. */
export async function resetSecondFactor(services: Services, user: UserRow, context: AuditContext): Promise<UserRow> {
  await inTransaction(services, async (trx) => {
    await updateUser(trx, user.id, { totp_secret: null, totp_pending_secret: null, totp_enabled_at: null, totp_last_step: null, updated_at: services.now().toISOString() });
    await trx.deleteFrom('recovery_codes').where('user_id', '=', user.id).execute();
    await revokeUserSessions(services, trx, user.id, 'second_factor_reset');
    await audit(services, trx, context, { action: 'user.second_factor_reset', resourceType: 'user', resourceId: user.id, changedFields: ['secondFactor'] });
  });
  return (await findUser(services.db, user.id))!;
}
