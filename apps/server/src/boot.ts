import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from './config';
import { DecryptionError } from './crypto/aead';
import { ensureSecretFile } from './crypto/secrets';
import { KeyRing } from './crypto/key-ring';
import type { Database } from './db/schema';
import { pendingMasterKeyPath } from './maintenance/rotate-keys';
import { openDatabase, SQLITE_FILE_NAME, type DatabaseHandle } from './db/database';
import { migrateToLatest } from './db/migrator';
import type { Services } from './services';

/** An open, migrated database with the services built on it. */
export interface Booted {
  services: Services;
  database: DatabaseHandle;
  /** The master key that opened the key ring (key rotation needs it). */
  masterKey: Buffer;
  close(): Promise<void>;
}

/** The master key: from the environment, or generated into the data directory on first start. */
export function masterKeyOf(config: Config): Buffer {
  return config.masterKey ?? ensureSecretFile(config.dataDir, 'master');
}

/**
 * Loads the key ring with the master key, finishing an interrupted master-key rotation if the
 * database's keys were already re-wrapped under the pending new key.
 */
async function loadKeyRing(db: Kysely<Database>, config: Config, now: () => Date): Promise<{ keyRing: KeyRing; masterKey: Buffer }> {
  const masterKey = masterKeyOf(config);
  try {
    return { keyRing: await KeyRing.load(db, masterKey, now), masterKey };
  } catch (error) {
    const pending = pendingMasterKeyPath(config.dataDir);
    if (!(error instanceof DecryptionError) || config.masterKey || !fs.existsSync(pending)) throw error;
    const next = Buffer.from(fs.readFileSync(pending, 'utf8').trim(), 'base64');
    const keyRing = await KeyRing.load(db, next, now);
    fs.renameSync(pending, path.join(config.dataDir, 'secrets', 'master.key'));
    return { keyRing, masterKey: next };
  }
}

/**
 * Opens the database (PostgreSQL when a URL is configured, else SQLite in the data directory),
 * applies migrations, loads the key ring, and assembles the services. Shared by the server and
 * the CLI, so both run against the same, current schema.
 */
export async function boot(config: Config, options: { now?: () => Date; migrate?: boolean } = {}): Promise<Booted> {
  const database = openDatabase({ databaseUrl: config.databaseUrl, sqlitePath: path.join(config.dataDir, SQLITE_FILE_NAME) });
  try {
    if (options.migrate !== false) await migrateToLatest(database.db);
    const now = options.now ?? (() => new Date());
    const { keyRing, masterKey } = await loadKeyRing(database.db, config, now);
    const services: Services = {
      db: database.db,
      dialect: database.dialect,
      keyRing,
      config,
      sessionSecret: config.sessionSecret ?? ensureSecretFile(config.dataDir, 'session'),
      now,
    };
    return { services, database, masterKey, close: () => database.close() };
  } catch (error) {
    await database.close();
    throw error;
  }
}
