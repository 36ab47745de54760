import crypto from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DialectHelpers } from '../db/dialect';
import type { Database } from '../db/schema';
import type { KeyRing } from '../crypto/key-ring';
import { anchorMac, GENESIS_HASH, hashEvent } from './audit-chain';
import type { AuditContext, AuditEventInput } from './audit-events';

/** Advisory lock id that serialises audit writers on PostgreSQL ("ctipaudt" in ASCII, truncated). */
const AUDIT_LOCK_ID = 0x63746970;

/** Thrown when an audit write is attempted without a context; never caught and ignored. */
export class MissingAuditContextError extends Error {
  override name = 'MissingAuditContextError';
}

/** What the writer needs: the database's dialect helpers, the key ring and a clock. */
export interface AuditWriterDeps {
  dialect: DialectHelpers;
  keyRing: KeyRing;
  now: () => Date;
}

/**
 * Appends one event to the chain inside the caller's transaction, so the event and the change
 * it records commit or roll back together; if the audit write fails, the whole request fails.
 * @throws MissingAuditContextError when called without a context.
 */
export async function writeAuditEvent(
  trx: Transaction<Database> | Kysely<Database>,
  deps: AuditWriterDeps,
  context: AuditContext | null | undefined,
  event: AuditEventInput,
): Promise<void> {
  if (!context) throw new MissingAuditContextError(`audit event ${event.action} written without a request context`);
  await deps.dialect.lockSequence(trx, AUDIT_LOCK_ID);
  const last = await trx.selectFrom('audit_events').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const key = deps.keyRing.key('audit', 1);
  const fields = {
    seq: (last?.seq ?? 0) + 1,
    id: crypto.randomUUID(),
    occurred_at: deps.now().toISOString(),
    action: event.action,
    outcome: event.outcome ?? 'success',
    actor_user_id: context.actorUserId,
    actor_organisation_id: context.actorOrganisationId,
    resource_type: event.resourceType ?? null,
    resource_id: event.resourceId ?? null,
    changed_fields: JSON.stringify([...(event.changedFields ?? [])].sort()),
    details: JSON.stringify(event.details ?? {}),
    request_id: context.requestId,
    ip: context.ip,
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  const hash = hashEvent(key, fields);
  await trx.insertInto('audit_events').values({ ...fields, hash }).execute();
  const anchor = { seq: fields.seq, hash, mac: anchorMac(key, fields.seq, hash) };
  await trx
    .insertInto('audit_anchor')
    .values({ id: 1, ...anchor })
    .onConflict((conflict) => conflict.column('id').doUpdateSet(anchor))
    .execute();
}
