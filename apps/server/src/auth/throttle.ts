import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AppError } from '../errors';

/** How many failures within a window block a key, and for how long. */
export interface ThrottleRule {
  maxFailures: number;
  windowMinutes: number;
  blockMinutes: number;
}

/**
 * Sign-in limits (OWASP ASVS 6.3): per account, keyed by the normalised email whether or not
 * such an account exists (so the limit itself does not reveal accounts), and per address.
 */
export const THROTTLE_RULES = {
  account: { maxFailures: 5, windowMinutes: 15, blockMinutes: 15 },
  address: { maxFailures: 20, windowMinutes: 15, blockMinutes: 15 },
} satisfies Record<string, ThrottleRule>;

/**
 * Refuses when any key is currently blocked.
 * @throws AppError rate_limited with a Retry-After header.
 */
export async function ensureNotThrottled(db: Kysely<Database>, keys: string[], now: Date): Promise<void> {
  if (keys.length === 0) return;
  const rows = await db.selectFrom('auth_throttle').select(['blocked_until']).where('key', 'in', keys).execute();
  const blockedUntil = rows
    .map((row) => row.blocked_until)
    .filter((until): until is string => until !== null && until > now.toISOString())
    .sort()
    .at(-1);
  if (blockedUntil) {
    const seconds = Math.max(1, Math.ceil((Date.parse(blockedUntil) - now.getTime()) / 1000));
    throw new AppError('rate_limited', undefined, [], { 'retry-after': String(seconds) });
  }
}

/** Counts one failure against a key, blocking it once the rule's limit is reached. */
export async function recordThrottledFailure(db: Kysely<Database>, key: string, rule: ThrottleRule, now: Date): Promise<void> {
  const row = await db.selectFrom('auth_throttle').selectAll().where('key', '=', key).executeTakeFirst();
  const windowStart = new Date(now.getTime() - rule.windowMinutes * 60_000).toISOString();
  const inWindow = row !== undefined && row.window_started_at > windowStart;
  const failures = inWindow ? row.failures + 1 : 1;
  const values = {
    window_started_at: inWindow ? row.window_started_at : now.toISOString(),
    failures,
    blocked_until: failures >= rule.maxFailures ? new Date(now.getTime() + rule.blockMinutes * 60_000).toISOString() : null,
  };
  await db
    .insertInto('auth_throttle')
    .values({ key, ...values })
    .onConflict((conflict) => conflict.column('key').doUpdateSet(values))
    .execute();
}

/** Forgets a key's failures (after a successful sign-in). */
export async function clearThrottle(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('auth_throttle').where('key', '=', key).execute();
}
