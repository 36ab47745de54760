import crypto from 'node:crypto';

/** The previous-hash value of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** The stored fields of one event that the chain protects, in a fixed order. */
export interface ChainedFields {
  seq: number;
  id: string;
  occurred_at: string;
  action: string;
  outcome: string;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  resource_type: string | null;
  resource_id: string | null;
  changed_fields: string;
  details: string;
  request_id: string | null;
  ip: string | null;
  prev_hash: string;
}

/**
 * The keyed hash of an event: HMAC-SHA256 over every stored field and the previous hash.
 * Keyed, so that someone who can write the table but not read the key cannot recompute a
 * consistent chain after an edit.
 */
export function hashEvent(key: Buffer, fields: ChainedFields): string {
  const canonical = JSON.stringify([
    fields.seq,
    fields.id,
    fields.occurred_at,
    fields.action,
    fields.outcome,
    fields.actor_user_id,
    fields.actor_organisation_id,
    fields.resource_type,
    fields.resource_id,
    fields.changed_fields,
    fields.details,
    fields.request_id,
    fields.ip,
    fields.prev_hash,
  ]);
  return crypto.createHmac('sha256', key).update(canonical, 'utf8').digest('hex');
}

/** The keyed seal over the head of the chain, so truncation is detected. */
export function anchorMac(key: Buffer, seq: number, hash: string): string {
  return crypto.createHmac('sha256', key).update(`anchor\u0000${seq}\u0000${hash}`, 'utf8').digest('hex');
}
