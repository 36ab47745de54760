import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../maintenance/backup';
import { rotateFieldKey, rotateMasterKey } from '../maintenance/rotate-keys';
import { systemAuditContext } from '../audit/audit-events';
import { boot } from '../boot';
import { openDatabase } from '../db/database';
import { createTestContext, type TestContext } from '../testing/test-context';
import { dialectsUnderTest } from '../testing/test-database';
import { DecryptionError } from './aead';
import { blindIndex, normaliseForIndex } from './blind-index';
import { binaryKeyVersion, decryptBinary, decryptField, encryptField, fieldKeyVersion } from './field-cipher';
import { KeyRing } from './key-ring';
import { addCaseNote } from '../modules/case-files/use-cases/add-case-note';
import { SAMPLE_FILES } from '../modules/case-files/sample-files';
import { storeAttachment } from '../modules/case-files/use-cases/store-attachment';
import { findCaseRow } from '../modules/cases/use-cases/load-case';
import { CaseFixtures } from '../testing/case-fixtures';
import { ENCRYPTED_BINARY_COLUMNS, ENCRYPTED_COLUMNS } from './encrypted-columns';

describe('field cipher', () => {
  let context: TestContext;
  beforeAll(async () => {
    context = await createTestContext('sqlite');
  });
  afterAll(async () => context?.close());

  it('round-trips Khmer and Latin text, with a fresh IV every time', () => {
    const location = { table: 'persons', column: 'name', rowId: 'p1' };
    const first = encryptField(context.services.keyRing, location, 'ជា សុខា Chea Sokha');
    const second = encryptField(context.services.keyRing, location, 'ជា សុខា Chea Sokha');
    expect(first).not.toBe(second);
    expect(decryptField(context.services.keyRing, location, first)).toBe('ជា សុខា Chea Sokha');
  });

  it('refuses a value moved to another row, column or table, or altered', () => {
    const keyRing = context.services.keyRing;
    const stored = encryptField(keyRing, { table: 'persons', column: 'name', rowId: 'p1' }, 'secret');
    expect(() => decryptField(keyRing, { table: 'persons', column: 'name', rowId: 'p2' }, stored)).toThrow(DecryptionError);
    expect(() => decryptField(keyRing, { table: 'persons', column: 'phone', rowId: 'p1' }, stored)).toThrow(DecryptionError);
    expect(() => decryptField(keyRing, { table: 'reports', column: 'name', rowId: 'p1' }, stored)).toThrow(DecryptionError);
    const body = Buffer.from(stored.split(':')[2]!, 'base64');
    body[body.length - 1] = body[body.length - 1]! ^ 1;
    expect(() => decryptField(keyRing, { table: 'persons', column: 'name', rowId: 'p1' }, `ctip1:1:${body.toString('base64')}`)).toThrow(DecryptionError);
  });

  it('blind-indexes normalised values per field', () => {
    const keyRing = context.services.keyRing;
    expect(normaliseForIndex('+855 12-345 678')).toBe(normaliseForIndex('85512345678'));
    expect(blindIndex(keyRing, 'phone', normaliseForIndex('+855 12-345 678'))).toBe(blindIndex(keyRing, 'phone', '85512345678'));
    expect(blindIndex(keyRing, 'phone', '85512345678')).not.toBe(blindIndex(keyRing, 'passport', '85512345678'));
    expect(blindIndex(keyRing, 'phone', '85512345678')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('refuses to open the key ring with the wrong master key', async () => {
    await expect(KeyRing.load(context.services.db, crypto.randomBytes(32))).rejects.toThrow(DecryptionError);
  });
});

describe.each(dialectsUnderTest())('key rotation on %s', (dialect) => {
  it('re-encrypts every value under a new field key and keeps everything readable, then rotates the master key', async () => {
    const context = await createTestContext(dialect);
    try {
      const { db } = context.services;
      const ids: string[] = [];
      for (let index = 0; index < 7; index += 1) {
        const user = await context.createUser(context.operatorOrganisationId, ['analyst']);
        ids.push(user.id);
        await db.updateTable('users').set({ totp_secret: encryptField(context.services.keyRing, { table: 'users', column: 'totp_secret', rowId: user.id }, `secret-${index}`) }).where('id', '=', user.id).execute();
      }
      const booted = await boot(context.config, { now: context.clock.now });
      const rotated = await rotateFieldKey(booted.services, booted.masterKey, systemAuditContext('test'));
      expect(rotated.version).toBe(2);
      expect(rotated.reencrypted).toBe(7);
      const rows = await db.selectFrom('users').select(['id', 'totp_secret']).where('id', 'in', ids).execute();
      for (const row of rows) {
        expect(fieldKeyVersion(row.totp_secret!)).toBe(2);
        expect(decryptField(rotated.services.keyRing, { table: 'users', column: 'totp_secret', rowId: row.id }, row.totp_secret!)).toMatch(/^secret-\d$/);
      }

      const { newMasterKey } = await rotateMasterKey(rotated.services, booted.masterKey, context.config.dataDir, false, systemAuditContext('test'));
      expect(fs.readFileSync(path.join(context.config.dataDir, 'secrets', 'master.key'), 'utf8').trim()).toBe(newMasterKey.toString('base64'));
      const reopened = await KeyRing.load(db, newMasterKey);
      const row = rows[0]!;
      expect(decryptField(reopened, { table: 'users', column: 'totp_secret', rowId: row.id }, row.totp_secret!)).toMatch(/^secret-\d$/);
      await expect(KeyRing.load(db, booted.masterKey)).rejects.toThrow(DecryptionError);
      await booted.close();
    } finally {
      await context.close();
    }
  });

  it('re-encrypts attachment contents and every other encrypted value of a case under the new field key', async () => {
    const context = await createTestContext(dialect);
    try {
      const { db } = context.services;
      const organisationId = await context.createOrganisation();
      const fixtures = new CaseFixtures(context);
      const { caseId } = await fixtures.openCase(organisationId);
      const worker = await fixtures.workerOf(organisationId);
      const row = await findCaseRow(db, caseId);
      const attachmentId = await storeAttachment(context.services, worker, row, { fileName: 'ស្កេន.pdf', content: SAMPLE_FILES.pdf }, systemAuditContext('test'));
      await addCaseNote(context.services, worker, row, 'A note to rotate', systemAuditContext('test'));

      const booted = await boot(context.config, { now: context.clock.now });
      const rotated = await rotateFieldKey(booted.services, booted.masterKey, systemAuditContext('test'));
      const keyRing = rotated.services.keyRing;
      const attachment = await db.selectFrom('case_attachments').select(['content', 'file_name']).where('id', '=', attachmentId).executeTakeFirstOrThrow();
      const content = Buffer.from(attachment.content);
      expect(binaryKeyVersion(content)).toBe(rotated.version);
      expect(decryptBinary(keyRing, { table: 'case_attachments', column: 'content', rowId: attachmentId }, content).equals(SAMPLE_FILES.pdf)).toBe(true);
      expect(decryptField(keyRing, { table: 'case_attachments', column: 'file_name', rowId: attachmentId }, attachment.file_name)).toBe('ស្កេន.pdf');
      // Nothing anywhere is left under the old key.
      const tables = await booted.services.dialect.listTables(db);
      for (const { table, columns } of ENCRYPTED_COLUMNS) {
        if (!tables.includes(table)) continue;
        for (const column of columns) {
          const values = (await sql<{ value: string }>`select ${sql.ref(column)} as value from ${sql.table(table)} where ${sql.ref(column)} is not null`.execute(db)).rows;
          for (const { value } of values) expect(fieldKeyVersion(value), `${table}.${column}`).toBe(rotated.version);
        }
      }
      for (const { table, column } of ENCRYPTED_BINARY_COLUMNS) {
        if (!tables.includes(table)) continue;
        const values = (await sql<{ value: Buffer }>`select ${sql.ref(column)} as value from ${sql.table(table)}`.execute(db)).rows;
        for (const { value } of values) expect(binaryKeyVersion(Buffer.from(value)), `${table}.${column}`).toBe(rotated.version);
      }
      await booted.close();
    } finally {
      await context.close();
    }
  });

  it('finishes an interrupted master-key rotation on the next start', async () => {
    const context = await createTestContext(dialect);
    try {
      const booted = await boot(context.config);
      // Interrupted after re-wrapping but before the new key file took the old one's place.
      await rotateMasterKey(booted.services, booted.masterKey, context.config.dataDir, false, systemAuditContext('test'));
      const secrets = path.join(context.config.dataDir, 'secrets');
      const newKey = fs.readFileSync(path.join(secrets, 'master.key'));
      fs.writeFileSync(path.join(secrets, 'master.next.key'), newKey, { mode: 0o600 });
      fs.writeFileSync(path.join(secrets, 'master.key'), `${booted.masterKey.toString('base64')}\n`, { mode: 0o600 });
      await booted.close();
      const again = await boot(context.config);
      expect(again.masterKey.equals(Buffer.from(newKey.toString('utf8').trim(), 'base64'))).toBe(true);
      expect(fs.existsSync(path.join(secrets, 'master.next.key'))).toBe(false);
      await again.close();
    } finally {
      await context.close();
    }
  });
});

describe('identifying fields are encrypted at rest (SECURITY.md 7)', () => {
  it('never leaves a canary in the database file, its WAL, a backup or the logs', async () => {
    const context = await createTestContext('sqlite');
    try {
      const canary = `CANARY${crypto.randomBytes(6).toString('hex').toUpperCase()}`;
      const user = await context.createUser(context.operatorOrganisationId, ['analyst']);
      await context.services.db
        .updateTable('users')
        .set({ totp_secret: encryptField(context.services.keyRing, { table: 'users', column: 'totp_secret', rowId: user.id }, canary) })
        .where('id', '=', user.id)
        .execute();
      const backupFile = path.join(context.config.dataDir, 'scan-backup.sqlite');
      const handle = openDatabase({ databaseUrl: null, sqlitePath: path.join(context.config.dataDir, 'ctip.sqlite') });
      await createBackup(handle, backupFile);
      await handle.close();
      const files = fs.readdirSync(context.config.dataDir).filter((name) => /sqlite/.test(name)).map((name) => path.join(context.config.dataDir, name));
      expect(files.some((file) => file.endsWith('-wal'))).toBe(true);
      for (const file of files) expect(fs.readFileSync(file).includes(Buffer.from(canary)), file).toBe(false);
      expect(context.logs().includes(canary)).toBe(false);
    } finally {
      await context.close();
    }
  });
});
