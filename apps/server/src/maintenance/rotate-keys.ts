import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { AuditContext } from '../audit/audit-events';
import { ENCRYPTED_BINARY_COLUMNS, ENCRYPTED_COLUMNS } from '../crypto/encrypted-columns';
import { binaryKeyVersion, decryptBinary, decryptField, encryptBinary, encryptField, fieldKeyVersion } from '../crypto/field-cipher';
import { KeyRing, unwrapKey, wrapKey, type KeyPurpose } from '../crypto/key-ring';
import { replaceSecretFile } from '../crypto/secrets';
import { audit, inTransaction, type Services } from '../services';

const BATCH = 500;

/**
 * Starts a new field key and re-encrypts every encrypted value with it, a batch per
 * transaction. Interrupted, it can simply be run again: values still under an older key are
 * picked up. Older keys are marked retired but kept, so older backups stay readable.
 * Resolves to the new version and how many values were re-encrypted.
 */
export async function rotateFieldKey(
  services: Services,
  masterKey: Buffer,
  context: AuditContext,
  onProgress: (done: number) => void = () => {},
): Promise<{ version: number; reencrypted: number; services: Services }> {
  const latest = await services.db.selectFrom('key_ring').select(sql<number>`max(version)`.as('version')).where('purpose', '=', 'field').executeTakeFirstOrThrow();
  const version = Number(latest.version ?? 0) + 1;
  const now = services.now().toISOString();
  await services.db.insertInto('key_ring').values({ purpose: 'field', version, wrapped_key: wrapKey(masterKey, 'field', version, crypto.randomBytes(32)), created_at: now, retired_at: null }).execute();
  const keyRing = await KeyRing.load(services.db, masterKey, services.now);
  const rotated: Services = { ...services, keyRing };

  let reencrypted = 0;
  for (const { table, idColumn, columns } of ENCRYPTED_COLUMNS) {
    let after = '';
    for (;;) {
      const rows = (await sql<Record<string, string | null>>`select ${sql.ref(idColumn)} as id, ${sql.join(columns.map((column) => sql.ref(column)))} from ${sql.table(table)} where ${sql.ref(idColumn)} > ${after} order by ${sql.ref(idColumn)} limit ${BATCH}`.execute(services.db)).rows;
      if (rows.length === 0) break;
      await inTransaction(rotated, async (trx) => {
        for (const row of rows) {
          const updates: Record<string, string> = {};
          for (const column of columns) {
            const stored = row[column];
            if (stored === null || stored === undefined || fieldKeyVersion(stored) === version) continue;
            const location = { table, column, rowId: row.id! };
            updates[column] = encryptField(keyRing, location, decryptField(keyRing, location, stored));
          }
          if (Object.keys(updates).length === 0) continue;
          await trx.updateTable(table as never).set(updates as never).where(idColumn as never, '=', row.id as never).execute();
          reencrypted += Object.keys(updates).length;
        }
      });
      onProgress(reencrypted);
      after = rows.at(-1)!.id!;
    }
  }
  for (const { table, idColumn, column } of ENCRYPTED_BINARY_COLUMNS) {
    let after = '';
    for (;;) {
      // One row at a time: attachments can be large.
      const row = (await sql<{ id: string; content: Buffer }>`select ${sql.ref(idColumn)} as id, ${sql.ref(column)} as content from ${sql.table(table)} where ${sql.ref(idColumn)} > ${after} order by ${sql.ref(idColumn)} limit 1`.execute(services.db)).rows[0];
      if (!row) break;
      after = row.id;
      if (binaryKeyVersion(row.content) === version) continue;
      const location = { table, column, rowId: row.id };
      const content = encryptBinary(keyRing, location, decryptBinary(keyRing, location, row.content));
      await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${content} where ${sql.ref(idColumn)} = ${row.id}`.execute(services.db);
      reencrypted += 1;
      onProgress(reencrypted);
    }
  }
  await inTransaction(rotated, async (trx) => {
    await trx.updateTable('key_ring').set({ retired_at: services.now().toISOString() }).where('purpose', '=', 'field').where('version', '<', version).where('retired_at', 'is', null).execute();
    await audit(rotated, trx, context, { action: 'keys.rotated', resourceType: 'key', resourceId: `field:${version}`, details: { purpose: 'field', version, reencrypted } });
  });
  return { version, reencrypted, services: { ...rotated, keyRing: await KeyRing.load(services.db, masterKey, services.now) } };
}

/** File name of a master key being introduced, kept until the switch is complete. */
const NEXT_MASTER = 'master.next';

/**
 * Replaces the master key: the new key is written to disk first, then every data key is
 * re-wrapped in one transaction, then the new key file takes the old one's place. A crash at
 * any point leaves a key on disk that opens the database (see {@link resolveMasterKey}).
 * With a master key given in the environment, the new key is returned for the operator to set.
 */
export async function rotateMasterKey(services: Services, oldMaster: Buffer, dataDir: string, fromEnvironment: boolean, context: AuditContext): Promise<{ newMasterKey: Buffer }> {
  const newMaster = crypto.randomBytes(32);
  if (!fromEnvironment) replaceSecretFile(dataDir, NEXT_MASTER, newMaster);
  await inTransaction(services, async (trx) => {
    const rows = await trx.selectFrom('key_ring').selectAll().execute();
    for (const row of rows) {
      const purpose = row.purpose as KeyPurpose;
      const key = unwrapKey(oldMaster, purpose, row.version, row.wrapped_key);
      await trx.updateTable('key_ring').set({ wrapped_key: wrapKey(newMaster, purpose, row.version, key) }).where('purpose', '=', row.purpose).where('version', '=', row.version).execute();
    }
    await audit(services, trx, context, { action: 'keys.rotated', resourceType: 'key', resourceId: 'master', details: { purpose: 'master', version: 0, reencrypted: rows.length } });
  });
  if (!fromEnvironment) {
    const secrets = path.join(dataDir, 'secrets');
    fs.renameSync(path.join(secrets, `${NEXT_MASTER}.key`), path.join(secrets, 'master.key'));
  }
  return { newMasterKey: newMaster };
}

/**
 * The master key that opens this database's key ring: the current file, or a pending new one
 * left by an interrupted master rotation (which is then completed by renaming it into place).
 */
export function pendingMasterKeyPath(dataDir: string): string {
  return path.join(dataDir, 'secrets', `${NEXT_MASTER}.key`);
}
