import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, SQLITE_FILE_NAME } from '../db/database';
import { seedDemoData } from '../seed/demo-data';
import { createTestContext } from '../testing/test-context';
import { createTestDatabase, dialectsUnderTest } from '../testing/test-database';
import { BackupError, createBackup, restoreBackup } from './backup';
import { differingTables, fingerprintTables } from './compare-databases';

describe.each(dialectsUnderTest())('backup and restore on %s (SECURITY.md 6)', (dialect) => {
  it('restores a backup into a scratch database with every table identical', async () => {
    const context = await createTestContext(dialect);
    const scratch = await createTestDatabase(dialect);
    try {
      await seedDemoData(context.services);
      const handle = openDatabase({ databaseUrl: context.config.databaseUrl, sqlitePath: path.join(context.config.dataDir, SQLITE_FILE_NAME) });
      const backupFile = path.join(context.config.dataDir, 'backup.bin');
      await createBackup(handle, backupFile);
      await handle.close();
      expect(fs.statSync(backupFile).mode & 0o077).toBe(0);
      const second = openDatabase({ databaseUrl: context.config.databaseUrl, sqlitePath: path.join(context.config.dataDir, SQLITE_FILE_NAME) });
      await expect(createBackup(second, backupFile)).rejects.toThrow(BackupError);
      await second.close();

      const target = { sqlitePath: scratch.databaseUrl ? null : path.join(scratch.dataDir, SQLITE_FILE_NAME), databaseUrl: scratch.databaseUrl };
      await restoreBackup(target, backupFile, false);
      const restored = openDatabase({ databaseUrl: target.databaseUrl, sqlitePath: target.sqlitePath ?? undefined });
      try {
        const source = await fingerprintTables(context.services.db, context.services.dialect);
        const copy = await fingerprintTables(restored.db, restored.dialect);
        expect(source.map((table) => table.table)).toContain('audit_events');
        expect(source.find((table) => table.table === 'users')!.rows).toBeGreaterThan(5);
        expect(differingTables(source, copy)).toEqual([]);
        expect(await restored.dialect.integrityCheck(restored.db)).toEqual([]);
      } finally {
        await restored.close();
      }
      if (dialect === 'sqlite') await expect(restoreBackup(target, backupFile, false)).rejects.toThrow(/--force/);
    } finally {
      await scratch.drop();
      await context.close();
    }
  });

  it('refuses a file that is not a backup, leaving the target untouched', async () => {
    const scratch = await createTestDatabase(dialect);
    try {
      const bogus = path.join(scratch.dataDir, 'bogus.bin');
      fs.writeFileSync(bogus, 'this is not a backup');
      const target = { sqlitePath: scratch.databaseUrl ? null : path.join(scratch.dataDir, SQLITE_FILE_NAME), databaseUrl: scratch.databaseUrl };
      await expect(restoreBackup(target, bogus, false)).rejects.toThrow(BackupError);
      if (target.sqlitePath) expect(fs.existsSync(target.sqlitePath)).toBe(false);
    } finally {
      await scratch.drop();
    }
  });
});
