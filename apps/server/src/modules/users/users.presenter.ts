import type { Locale, SessionSummary, User } from '@ctip/contracts';
import type { UserRow } from './users.repository';

/** A user as administrators see them: no password hash, no second-factor secret. */
export function presentUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    organisationId: row.organisation_id,
    organisationNameEn: row.organisation_name_en,
    roles: row.roles,
    locale: row.locale as Locale,
    status: row.status as User['status'],
    hasSecondFactor: row.totp_enabled_at !== null,
    mustChangePassword: row.must_change_password === 1,
    lastSignInAt: row.last_sign_in_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A session as administrators see it. */
export function presentSessionSummary(
  row: { id: string; user_id: string; email: string; organisation_id: string; created_at: string; last_seen_at: string; ip: string | null; user_agent: string | null },
  currentSessionId: string,
): SessionSummary {
  return {
    id: row.id,
    userId: row.user_id,
    userEmail: row.email,
    organisationId: row.organisation_id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    ip: row.ip,
    userAgent: row.user_agent,
    current: row.id === currentSessionId,
  };
}
