import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { DatabaseHandle } from '../db/database';

/** Thrown when a backup or restore cannot be made; the message says why. */
export class BackupError extends Error {
  override name = 'BackupError';
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let errorOutput = '';
    child.stderr.on('data', (chunk: Buffer) => (errorOutput += chunk.toString('utf8')));
    child.on('error', (error) => reject(new BackupError(`${command} could not start: ${error.message}`)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new BackupError(`${command} failed (exit ${code}): ${errorOutput.trim().split('\n').slice(-3).join(' ')}`))));
  });
}

/**
 * Writes a consistent backup while the server keeps running: SQLite's online backup API, or
 * `pg_dump` in its custom format. Identifying fields stay encrypted inside it; restoring it
 * needs the same master key, which must be backed up separately.
 * @throws BackupError when the file exists or the dump fails.
 */
export async function createBackup(database: DatabaseHandle, outFile: string): Promise<void> {
  if (fs.existsSync(outFile)) throw new BackupError(`${outFile} already exists; choose a new file name`);
  fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
  if (database.sqlite) {
    await database.sqlite.backup(outFile);
    const copy = new SQLite(outFile, { readonly: true });
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new BackupError(`the backup failed its integrity check: ${String(check)}`);
    } finally {
      copy.close();
    }
    fs.chmodSync(outFile, 0o600);
    return;
  }
  await run('pg_dump', ['--format=custom', '--no-owner', '--file', outFile, database.databaseUrl!]);
  fs.chmodSync(outFile, 0o600);
}

/**
 * Restores a backup into an empty target: an SQLite file (refused if one exists, unless
 * `force`), or a PostgreSQL database (in one transaction, replacing what is there only with
 * `force`). The server must be stopped.
 * @throws BackupError on any problem, leaving the target as it was.
 */
export async function restoreBackup(target: { sqlitePath: string | null; databaseUrl: string | null }, backupFile: string, force: boolean): Promise<void> {
  if (!fs.existsSync(backupFile)) throw new BackupError(`${backupFile} does not exist`);
  if (target.sqlitePath) {
    const header = Buffer.alloc(16);
    const descriptor = fs.openSync(backupFile, 'r');
    fs.readSync(descriptor, header, 0, 16, 0);
    fs.closeSync(descriptor);
    if (header.toString('latin1') !== 'SQLite format 3\u0000') throw new BackupError(`${backupFile} is not an SQLite backup`);
    if (fs.existsSync(target.sqlitePath) && !force) throw new BackupError(`${target.sqlitePath} exists; stop the server and pass --force to replace it`);
    fs.mkdirSync(path.dirname(target.sqlitePath), { recursive: true, mode: 0o700 });
    const staging = `${target.sqlitePath}.restoring`;
    fs.copyFileSync(backupFile, staging);
    const copy = new SQLite(staging);
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new BackupError(`the backup failed its integrity check: ${String(check)}`);
    } catch (error) {
      copy.close();
      fs.rmSync(staging, { force: true });
      throw error;
    }
    copy.close();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target.sqlitePath}${suffix}`, { force: true });
    fs.renameSync(staging, target.sqlitePath);
    fs.chmodSync(target.sqlitePath, 0o600);
    return;
  }
  const args = ['--no-owner', '--single-transaction', '--exit-on-error', '--dbname', target.databaseUrl!];
  if (force) args.unshift('--clean', '--if-exists');
  await run('pg_restore', [...args, backupFile]);
}
