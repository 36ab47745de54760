import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DialectName } from '../db/dialect';

/** A database created for one test file, and how to remove it. */
export interface TestDatabase {
  dialect: DialectName;
  /** The PostgreSQL URL, or null for SQLite. */
  databaseUrl: string | null;
  /** A fresh data directory (SQLite file, secrets). */
  dataDir: string;
  drop(): Promise<void>;
}

/**
 * The dialects the database tests run on: SQLite always; PostgreSQL when TEST_DATABASE_URL is
 * set. In CI (CI=true) PostgreSQL is required, so a missing URL fails instead of skipping.
 */
export function dialectsUnderTest(): DialectName[] {
  if (process.env.TEST_DATABASE_URL) return ['sqlite', 'postgres'];
  if (process.env.CI === 'true') throw new Error('CI=true but TEST_DATABASE_URL is not set: PostgreSQL tests may not be skipped in CI');
  return ['sqlite'];
}

/** Creates an empty database of the dialect, in its own data directory. */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctip-test-'));
  const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (dialect === 'sqlite') return { dialect, databaseUrl: null, dataDir, drop: async () => removeDir() };

  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `ctip_t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    dialect,
    databaseUrl: url.toString(),
    dataDir,
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
      removeDir();
    },
  };
}
