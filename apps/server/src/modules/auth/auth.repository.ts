import type { Role } from '@ctip/contracts';
import type { Executor } from '../../services';

/** The account fields sign-in needs. */
export interface AccountRow {
  id: string;
  organisation_id: string;
  email: string;
  password_hash: string;
  status: string;
  must_change_password: number;
  is_demo: number;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled_at: string | null;
  totp_last_step: number | null;
  password_changed_at: string;
  created_at: string;
  organisation_status: string;
}

const ACCOUNT_COLUMNS = [
  'users.id',
  'users.organisation_id',
  'users.email',
  'users.password_hash',
  'users.status',
  'users.must_change_password',
  'users.is_demo',
  'users.totp_secret',
  'users.totp_pending_secret',
  'users.totp_enabled_at',
  'users.totp_last_step',
  'users.password_changed_at',
  'users.created_at',
  'organisations.status as organisation_status',
] as const;

/** An account by email (already normalised), with its organisation's status. */
export function findAccountByEmail(db: Executor, email: string): Promise<AccountRow | undefined> {
  return db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(ACCOUNT_COLUMNS)
    .where('users.email', '=', email)
    .executeTakeFirst();
}

/** An account by id. */
export function findAccountById(db: Executor, userId: string): Promise<AccountRow | undefined> {
  return db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(ACCOUNT_COLUMNS)
    .where('users.id', '=', userId)
    .executeTakeFirst();
}

/** The roles of a user. */
export async function findRoles(db: Executor, userId: string): Promise<Role[]> {
  const rows = await db.selectFrom('user_roles').select('role').where('user_id', '=', userId).orderBy('role').execute();
  return rows.map((row) => row.role as Role);
}

/**
 * Records an accepted TOTP step, only if it is newer than the last one: two requests racing
 * with the same code cannot both succeed. Resolves to whether this request won.
 */
export async function acceptTotpStep(db: Executor, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((where) => where.or([where('totp_last_step', 'is', null), where('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Uses up a recovery code; resolves to whether an unused code with that digest existed. */
export async function consumeRecoveryCode(db: Executor, userId: string, codeHash: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Replaces a user's recovery codes. */
export async function replaceRecoveryCodes(db: Executor, userId: string, hashes: string[], now: string, newId: () => string): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  if (hashes.length === 0) return;
  await db
    .insertInto('recovery_codes')
    .values(hashes.map((code_hash) => ({ id: newId(), user_id: userId, code_hash, used_at: null, created_at: now })))
    .execute();
}
