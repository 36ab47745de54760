import path from 'node:path';
import { BackupError, boot, createBackup, restoreBackup, SQLITE_FILE_NAME } from '@ctip/server';
import { parseOptions, UsageError, type Command } from '../command';
import { configFrom, println } from '../server-context';

/** `ctip backup`. */
export const backupCommand: Command = {
  name: ['backup'],
  summary: 'Write a consistent backup of the database (the server may keep running)',
  usage: `Usage: ctip backup --out FILE

SQLite: an online backup (a copy of the database file). PostgreSQL: pg_dump in its custom
format. Encrypted fields stay encrypted; restoring needs the same master key
(CTIP_DATA_DIR/secrets/master.key or CTIP_MASTER_KEY), so keep that safe, separately.
A backup is only trusted once it has been restored: try it with ctip restore into a scratch
data directory or database.`,
  async run(args, io) {
    const { values } = parseOptions(args, { out: { type: 'string' } });
    if (!values.out) throw new UsageError('--out FILE is required');
    const outFile = path.resolve(io.cwd, values.out);
    const booted = await boot(configFrom(io));
    try {
      await createBackup(booted.database, outFile);
    } catch (error) {
      if (error instanceof BackupError) throw new UsageError(error.message);
      throw error;
    } finally {
      await booted.close();
    }
    println(io.stdout, `Backup written to ${outFile}.`);
    return 0;
  },
};

/** `ctip restore`. */
export const restoreCommand: Command = {
  name: ['restore'],
  summary: 'Restore a backup into the configured database (the server must be stopped)',
  usage: `Usage: ctip restore --from FILE [--force]

Restores into the configured target: the SQLite file in CTIP_DATA_DIR, or the PostgreSQL
database of DATABASE_URL. An existing database is only replaced with --force. Restoring is
all-or-nothing: on any error the target is left as it was.`,
  async run(args, io) {
    const { values } = parseOptions(args, { from: { type: 'string' }, force: { type: 'boolean' } });
    if (!values.from) throw new UsageError('--from FILE is required');
    const config = configFrom(io);
    try {
      await restoreBackup(
        { sqlitePath: config.databaseUrl ? null : path.join(config.dataDir, SQLITE_FILE_NAME), databaseUrl: config.databaseUrl },
        path.resolve(io.cwd, values.from),
        values.force === true,
      );
    } catch (error) {
      if (error instanceof BackupError) throw new UsageError(error.message);
      throw error;
    }
    println(io.stdout, `Restored ${values.from}.`);
    return 0;
  },
};
