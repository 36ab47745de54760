import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction, audit } from '../services';
import { createTestContext, type TestContext } from '../testing/test-context';
import { dialectsUnderTest } from '../testing/test-database';
import { systemAuditContext } from './audit-events';
import { verifyAuditChain } from './audit-verify';

/** The ways someone with write access to the table (but not the key) might tamper with it. */
type Tamper =
  | { kind: 'edit'; row: number; column: string }
  | { kind: 'delete'; row: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'truncate'; keep: number }
  | { kind: 'append' }
  | { kind: 'drop_anchor' };

const EDITABLE = ['occurred_at', 'action', 'outcome', 'actor_user_id', 'resource_id', 'changed_fields', 'details', 'ip', 'prev_hash', 'hash'];

describe.each(dialectsUnderTest())('audit chain tamper evidence on %s', (dialect) => {
  let context: TestContext;

  beforeAll(async () => {
    context = await createTestContext(dialect);
    // The attacker in this test has the database's own powers: the append-only triggers go first.
    if (dialect === 'postgres') await sql`alter table audit_events disable trigger user`.execute(context.services.db);
    else {
      await sql`drop trigger audit_events_no_update`.execute(context.services.db);
      await sql`drop trigger audit_events_no_delete`.execute(context.services.db);
    }
  });
  afterAll(async () => context?.close());

  async function freshChain(length: number): Promise<void> {
    const db = context.services.db;
    await db.deleteFrom('audit_events').execute();
    await db.deleteFrom('audit_anchor').execute();
    for (let index = 0; index < length; index += 1) {
      await inTransaction(context.services, (trx) =>
        audit(context.services, trx, { ...systemAuditContext('tamper-test'), ip: `10.0.0.${index}` }, { action: 'user.updated', resourceType: 'user', resourceId: `user-${index}`, changedFields: ['displayName'] }),
      );
    }
  }

  async function apply(tamper: Tamper, length: number): Promise<void> {
    const db = context.services.db;
    const seqOf = (row: number) => (row % length) + 1;
    switch (tamper.kind) {
      case 'edit': {
        const seq = seqOf(tamper.row);
        const current = await db.selectFrom('audit_events').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow();
        const before = String((current as Record<string, unknown>)[tamper.column] ?? '');
        const after = tamper.column === 'changed_fields' ? '["password"]' : tamper.column === 'details' ? '{"reason":"x"}' : `${before}x`;
        await db.updateTable('audit_events').set({ [tamper.column]: after } as never).where('seq', '=', seq).execute();
        return;
      }
      case 'delete':
        await db.deleteFrom('audit_events').where('seq', '=', seqOf(tamper.row)).execute();
        return;
      case 'swap': {
        const a = seqOf(tamper.a);
        const b = seqOf(tamper.b === tamper.a ? tamper.a + 1 : tamper.b);
        if (a === b) return apply({ kind: 'delete', row: tamper.a }, length);
        await db.updateTable('audit_events').set({ seq: -1 }).where('seq', '=', a).execute();
        await db.updateTable('audit_events').set({ seq: a }).where('seq', '=', b).execute();
        await db.updateTable('audit_events').set({ seq: b }).where('seq', '=', -1).execute();
        return;
      }
      case 'truncate':
        await db.deleteFrom('audit_events').where('seq', '>', tamper.keep % length).execute();
        return;
      case 'append': {
        const last = await db.selectFrom('audit_events').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
        await db.insertInto('audit_events').values({ ...last, seq: last.seq + 1, id: `forged-${last.seq}`, prev_hash: last.hash, hash: 'f'.repeat(64) }).execute();
        return;
      }
      case 'drop_anchor':
        await db.deleteFrom('audit_anchor').execute();
        return;
    }
  }

  const tampers: fc.Arbitrary<Tamper> = fc.oneof(
    fc.record({ kind: fc.constant('edit' as const), row: fc.nat(100), column: fc.constantFrom(...EDITABLE) }),
    fc.record({ kind: fc.constant('delete' as const), row: fc.nat(100) }),
    fc.record({ kind: fc.constant('swap' as const), a: fc.nat(100), b: fc.nat(100) }),
    fc.record({ kind: fc.constant('truncate' as const), keep: fc.nat(100) }),
    fc.constant({ kind: 'append' as const }),
    fc.constant({ kind: 'drop_anchor' as const }),
  );

  it('verifies an untouched chain', async () => {
    await freshChain(12);
    expect(await verifyAuditChain(context.services.db, context.services.keyRing)).toEqual({ ok: true, checked: 12, firstBrokenSeq: null, reason: null });
  });

  it('catches every random edit, deletion, reordering, truncation and forgery', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 9 }), tampers, async (length, tamper) => {
        await freshChain(length);
        await apply(tamper, length);
        const result = await verifyAuditChain(context.services.db, context.services.keyRing);
        expect(result.ok).toBe(false);
        expect(result.firstBrokenSeq).not.toBeNull();
        expect(result.reason).toBeTruthy();
      }),
      { numRuns: 60, seed: 20261121 },
    );
  });

  it('names the first broken link', async () => {
    await freshChain(8);
    await context.services.db.updateTable('audit_events').set({ resource_id: 'someone-else' }).where('seq', '=', 5).execute();
    const result = await verifyAuditChain(context.services.db, context.services.keyRing);
    expect(result).toMatchObject({ ok: false, checked: 4, firstBrokenSeq: 5 });
  });
});

describe.each(dialectsUnderTest())('audit trail is append-only for the application on %s', (dialect) => {
  it('refuses updates and deletes', async () => {
    const context = await createTestContext(dialect);
    try {
      await inTransaction(context.services, (trx) => audit(context.services, trx, systemAuditContext('t'), { action: 'user.updated' }));
      await expect(context.services.db.updateTable('audit_events').set({ action: 'x' }).execute()).rejects.toThrow(/append-only/);
      await expect(context.services.db.deleteFrom('audit_events').execute()).rejects.toThrow(/append-only/);
    } finally {
      await context.close();
    }
  });

  it('refuses to write an event without a context, and rolls back the change with it', async () => {
    const context = await createTestContext(dialect);
    try {
      const before = await context.services.db.selectFrom('organisations').select('id').execute();
      await expect(
        inTransaction(context.services, async (trx) => {
          await trx.insertInto('organisations').values({ id: 'x', code: null, name_en: 'X', name_km: null, acronym: null, kind: 'ngo', country_code: 'KH', is_platform_operator: 0, status: 'active', source: 'local', is_demo: 0, created_at: 'now', updated_at: 'now' }).execute();
          await audit(context.services, trx, null, { action: 'organisation.created' });
        }),
      ).rejects.toThrow(/without a request context/);
      expect(await context.services.db.selectFrom('organisations').select('id').execute()).toHaveLength(before.length);
    } finally {
      await context.close();
    }
  });
});
