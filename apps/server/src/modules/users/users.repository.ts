import type { Role } from '@ctip/contracts';
import { sql } from 'kysely';
import type { DialectHelpers } from '../../db/dialect';
import type { UsersTable } from '../../db/schema';
import type { Executor } from '../../services';

/** A user row with its organisation's name and its roles. */
export type UserRow = Omit<UsersTable, 'password_hash' | 'totp_secret' | 'totp_pending_secret'> & {
  organisation_name_en: string;
  roles: Role[];
};

/** Filters of the user list. */
export interface UserFilters {
  search?: string | undefined;
  organisationId?: string | undefined;
  role?: Role | undefined;
  status?: 'active' | 'disabled' | undefined;
  /** Restricts to one organisation when the actor administers only their own. */
  scopeOrganisationId?: string | undefined;
}

const USER_COLUMNS = [
  'users.id',
  'users.organisation_id',
  'users.email',
  'users.display_name',
  'users.locale',
  'users.status',
  'users.must_change_password',
  'users.is_demo',
  'users.totp_enabled_at',
  'users.totp_last_step',
  'users.password_changed_at',
  'users.last_sign_in_at',
  'users.created_at',
  'users.updated_at',
  'organisations.name_en as organisation_name_en',
] as const;

async function withRoles<T extends { id: string }>(db: Executor, rows: T[]): Promise<Array<T & { roles: Role[] }>> {
  if (rows.length === 0) return [];
  const roles = await db.selectFrom('user_roles').select(['user_id', 'role']).where('user_id', 'in', rows.map((row) => row.id)).orderBy('role').execute();
  return rows.map((row) => ({ ...row, roles: roles.filter((role) => role.user_id === row.id).map((role) => role.role as Role) }));
}

/** One user by id. */
export async function findUser(db: Executor, id: string): Promise<UserRow | undefined> {
  const row = await db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(USER_COLUMNS)
    .where('users.id', '=', id)
    .executeTakeFirst();
  return row ? (await withRoles(db, [row]))[0] : undefined;
}

/** Whether an email is taken. */
export async function isEmailTaken(db: Executor, email: string): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) !== undefined;
}

/** A page of users, sorted by email. */
export async function listUsers(db: Executor, dialect: DialectHelpers, filters: UserFilters, page: { page: number; pageSize: number }): Promise<{ rows: UserRow[]; total: number }> {
  let query = db.selectFrom('users').innerJoin('organisations', 'organisations.id', 'users.organisation_id');
  if (filters.scopeOrganisationId) query = query.where('users.organisation_id', '=', filters.scopeOrganisationId);
  if (filters.organisationId) query = query.where('users.organisation_id', '=', filters.organisationId);
  if (filters.status) query = query.where('users.status', '=', filters.status);
  if (filters.role) {
    const role = filters.role;
    query = query.where('users.id', 'in', (select) => select.selectFrom('user_roles').select('user_id').where('role', '=', role));
  }
  if (filters.search) {
    const search = filters.search;
    query = query.where((where) => where.or([dialect.containsInsensitive('users.email', search), dialect.containsInsensitive('users.display_name', search)]));
  }
  const { total } = await query.select(sql<number>`count(*)`.as('total')).executeTakeFirstOrThrow();
  const rows = await query.select(USER_COLUMNS).orderBy('users.email').limit(page.pageSize).offset((page.page - 1) * page.pageSize).execute();
  return { rows: await withRoles(db, rows), total: Number(total) };
}

/** Inserts a user with roles. */
export async function insertUser(db: Executor, row: UsersTable, roles: Role[]): Promise<void> {
  await db.insertInto('users').values(row).execute();
  await db.insertInto('user_roles').values(roles.map((role) => ({ user_id: row.id, role }))).execute();
}

/** Updates fields of a user. */
export async function updateUser(db: Executor, id: string, changes: Partial<UsersTable>): Promise<void> {
  await db.updateTable('users').set(changes).where('id', '=', id).execute();
}

/** Replaces a user's roles. */
export async function replaceRoles(db: Executor, userId: string, roles: Role[]): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  await db.insertInto('user_roles').values(roles.map((role) => ({ user_id: userId, role }))).execute();
}

/** Active sessions, newest first, within an organisation scope. */
export async function listActiveSessions(db: Executor, now: string, scopeOrganisationId: string | undefined, page: { page: number; pageSize: number }) {
  let query = db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.idle_expires_at', '>', now)
    .where('sessions.absolute_expires_at', '>', now);
  if (scopeOrganisationId) query = query.where('users.organisation_id', '=', scopeOrganisationId);
  const { total } = await query.select(sql<number>`count(*)`.as('total')).executeTakeFirstOrThrow();
  const rows = await query
    .select(['sessions.id', 'sessions.user_id', 'users.email', 'users.organisation_id', 'sessions.created_at', 'sessions.last_seen_at', 'sessions.ip', 'sessions.user_agent'])
    .orderBy('sessions.last_seen_at', 'desc')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { rows, total: Number(total) };
}

/** A session with its user's organisation. */
export function findSessionOwner(db: Executor, sessionId: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id', 'sessions.user_id', 'users.organisation_id', 'sessions.revoked_at'])
    .where('sessions.id', '=', sessionId)
    .executeTakeFirst();
}

/** One user by email (normalised). */
export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const row = await db.selectFrom('users').select('id').where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
  return row ? findUser(db, row.id) : undefined;
}
