import type { Kysely } from 'kysely';
import type { AuditVerification } from '@ctip/contracts';
import type { Database } from '../db/schema';
import type { KeyRing } from '../crypto/key-ring';
import { anchorMac, GENESIS_HASH, hashEvent } from './audit-chain';

const BATCH = 5_000;

/**
 * Walks the whole chain and names the first broken link: a gap or reordering in the sequence,
 * a previous-hash that does not match, a row whose content no longer matches its keyed hash,
 * or a head that disagrees with the keyed anchor (the newest rows were cut off).
 */
export async function verifyAuditChain(db: Kysely<Database>, keyRing: KeyRing): Promise<AuditVerification> {
  const key = keyRing.key('audit', 1);
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  let checked = 0;
  const broken = (seq: number, reason: string): AuditVerification => ({ ok: false, checked, firstBrokenSeq: seq, reason });

  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.seq !== expectedSeq) return broken(expectedSeq, `event ${expectedSeq} is missing (next is ${row.seq})`);
      if (row.prev_hash !== previousHash) return broken(row.seq, `event ${row.seq} does not follow event ${row.seq - 1}`);
      if (hashEvent(key, row) !== row.hash) return broken(row.seq, `event ${row.seq} was altered`);
      previousHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
  }

  const anchor = await db.selectFrom('audit_anchor').selectAll().where('id', '=', 1).executeTakeFirst();
  const lastSeq = expectedSeq - 1;
  if (!anchor) {
    return lastSeq === 0 ? { ok: true, checked, firstBrokenSeq: null, reason: null } : broken(lastSeq, 'the chain head anchor is missing');
  }
  if (anchor.mac !== anchorMac(key, anchor.seq, anchor.hash)) return broken(Math.min(anchor.seq, lastSeq + 1), 'the chain head anchor was altered');
  if (anchor.seq !== lastSeq || anchor.hash !== previousHash) {
    return broken(Math.min(anchor.seq, lastSeq + 1), `the chain ends at event ${lastSeq} but its anchor records event ${anchor.seq}`);
  }
  return { ok: true, checked, firstBrokenSeq: null, reason: null };
}
