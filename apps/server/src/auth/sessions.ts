import type { Role, SessionState } from '@ctip/contracts';
import type { Actor } from '../policy/actor';
import type { Executor, Services } from '../services';
import { keyedDigest, randomToken } from './tokens';

/** A session row as the server uses it. */
export interface SessionRecord {
  id: string;
  userId: string;
  state: SessionState;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
}

/** A live session with the user behind it. */
export interface ResolvedSession {
  session: SessionRecord;
  actor: Actor;
  user: {
    id: string;
    email: string;
    displayName: string;
    locale: string;
    hasSecondFactor: boolean;
    isDemo: boolean;
  };
  organisation: { id: string; nameEn: string; nameKm: string | null; isPlatformOperator: boolean };
}

/** Seconds between writes of a session's last-seen time; reads in between do not write. */
const TOUCH_INTERVAL_MS = 60_000;

function sessionIdFor(services: Services, token: string): string {
  return keyedDigest(services.sessionSecret, 'session', token);
}

function idleExpiry(services: Services, now: Date, absolute: string): string {
  const idle = new Date(now.getTime() + services.config.sessionIdleMinutes * 60_000).toISOString();
  return idle < absolute ? idle : absolute;
}

/** Starts a session; returns the token for the cookie (never stored) and the record. */
export async function createSession(
  services: Services,
  trx: Executor,
  input: { userId: string; state: SessionState; ip: string | null; userAgent: string | null },
): Promise<{ token: string; session: SessionRecord }> {
  const now = services.now();
  const token = randomToken();
  const absolute = new Date(now.getTime() + services.config.sessionAbsoluteHours * 3_600_000).toISOString();
  const session: SessionRecord = {
    id: sessionIdFor(services, token),
    userId: input.userId,
    state: input.state,
    csrfToken: randomToken(),
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    idleExpiresAt: idleExpiry(services, now, absolute),
    absoluteExpiresAt: absolute,
  };
  await trx
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      state: session.state,
      csrf_token: session.csrfToken,
      created_at: session.createdAt,
      last_seen_at: session.lastSeenAt,
      idle_expires_at: session.idleExpiresAt,
      absolute_expires_at: session.absoluteExpiresAt,
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
      revoked_at: null,
      revoked_reason: null,
    })
    .execute();
  return { token, session };
}

/**
 * Finds the live session for a cookie token: not revoked, within both timeouts, its user
 * active and its organisation active. Anything else is no session at all.
 */
export async function resolveSession(services: Services, token: string): Promise<ResolvedSession | null> {
  if (token.length < 20 || token.length > 100) return null;
  const now = services.now().toISOString();
  const row = await services.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select([
      'sessions.id',
      'sessions.user_id',
      'sessions.state',
      'sessions.csrf_token',
      'sessions.created_at',
      'sessions.last_seen_at',
      'sessions.idle_expires_at',
      'sessions.absolute_expires_at',
      'users.email',
      'users.display_name',
      'users.locale',
      'users.totp_enabled_at',
      'users.is_demo',
      'users.organisation_id',
      'organisations.name_en',
      'organisations.name_km',
      'organisations.is_platform_operator',
    ])
    .where('sessions.id', '=', sessionIdFor(services, token))
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.idle_expires_at', '>', now)
    .where('sessions.absolute_expires_at', '>', now)
    .where('users.status', '=', 'active')
    .where('organisations.status', '=', 'active')
    .executeTakeFirst();
  if (!row) return null;
  const roles = await services.db.selectFrom('user_roles').select('role').where('user_id', '=', row.user_id).execute();
  return {
    session: {
      id: row.id,
      userId: row.user_id,
      state: row.state as SessionState,
      csrfToken: row.csrf_token,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      idleExpiresAt: row.idle_expires_at,
      absoluteExpiresAt: row.absolute_expires_at,
    },
    actor: {
      userId: row.user_id,
      organisationId: row.organisation_id,
      roles: roles.map((role) => role.role as Role),
      isPlatformOperator: row.is_platform_operator === 1,
    },
    user: {
      id: row.user_id,
      email: row.email,
      displayName: row.display_name,
      locale: row.locale,
      hasSecondFactor: row.totp_enabled_at !== null,
      isDemo: row.is_demo === 1,
    },
    organisation: { id: row.organisation_id, nameEn: row.name_en, nameKm: row.name_km, isPlatformOperator: row.is_platform_operator === 1 },
  };
}

/** Pushes the idle timeout forward on activity, writing at most once a minute per session. */
export async function touchSession(services: Services, session: SessionRecord): Promise<void> {
  const now = services.now();
  if (now.getTime() - Date.parse(session.lastSeenAt) < TOUCH_INTERVAL_MS) return;
  const idleExpiresAt = idleExpiry(services, now, session.absoluteExpiresAt);
  await services.db
    .updateTable('sessions')
    .set({ last_seen_at: now.toISOString(), idle_expires_at: idleExpiresAt })
    .where('id', '=', session.id)
    .execute();
  session.lastSeenAt = now.toISOString();
  session.idleExpiresAt = idleExpiresAt;
}

/** Moves a session to its next sign-in state. */
export async function setSessionState(trx: Executor, sessionId: string, state: SessionState): Promise<void> {
  await trx.updateTable('sessions').set({ state }).where('id', '=', sessionId).execute();
}

/** Ends one session; its cookie is refused from now on. */
export async function revokeSession(services: Services, trx: Executor, sessionId: string, reason: string): Promise<void> {
  await trx
    .updateTable('sessions')
    .set({ revoked_at: services.now().toISOString(), revoked_reason: reason })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Ends every session of a user (disable, password reset), optionally keeping one. */
export async function revokeUserSessions(services: Services, trx: Executor, userId: string, reason: string, keepSessionId?: string): Promise<number> {
  let query = trx
    .updateTable('sessions')
    .set({ revoked_at: services.now().toISOString(), revoked_reason: reason })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (keepSessionId) query = query.where('id', '!=', keepSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
