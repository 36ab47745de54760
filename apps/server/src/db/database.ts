import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { dialectHelpers, type DialectHelpers } from './dialect';
import type { Database } from './schema';

/** An open database: the Kysely handle, what differs by dialect, and how to close it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectHelpers;
  /** Where the SQLite file lives; null on PostgreSQL. */
  sqlitePath: string | null;
  /** The SQLite connection itself (for its online backup); null on PostgreSQL. */
  sqlite: SQLite.Database | null;
  /** The PostgreSQL URL; null on SQLite. */
  databaseUrl: string | null;
  close(): Promise<void>;
}

/** Where to connect: a PostgreSQL URL, or else an SQLite file. */
export interface DatabaseTarget {
  databaseUrl: string | null;
  sqlitePath?: string;
}

// node-postgres returns 64-bit integers (counts, bigint columns) as strings, SQLite as numbers.
// Every value ctip stores in them fits in 2^53, so read them as numbers on both.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

/** The SQLite file name inside the data directory. */
export const SQLITE_FILE_NAME = 'ctip.sqlite';

/**
 * Opens the database. SQLite runs in WAL mode with `synchronous=FULL`, so a write is on disk
 * before it is acknowledged (SECURITY.md 5), with foreign keys enforced.
 */
export function openDatabase(target: DatabaseTarget): DatabaseHandle {
  if (target.databaseUrl) {
    const pool = new pg.Pool({ connectionString: target.databaseUrl, max: 10 });
    // A dropped connection must not take the process down; the pool replaces it.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: dialectHelpers('postgres'), sqlitePath: null, sqlite: null, databaseUrl: target.databaseUrl, close: () => db.destroy() };
  }
  if (!target.sqlitePath) throw new Error('either a database URL or an SQLite path is required');
  fs.mkdirSync(path.dirname(target.sqlitePath), { recursive: true, mode: 0o700 });
  const connection = new SQLite(target.sqlitePath);
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = FULL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) });
  return { db, dialect: dialectHelpers('sqlite'), sqlitePath: target.sqlitePath, sqlite: connection, databaseUrl: null, close: () => db.destroy() };
}
