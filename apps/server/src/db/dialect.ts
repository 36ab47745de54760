import { sql, type Kysely } from 'kysely';

/** The two databases ctip runs on. */
export type DialectName = 'sqlite' | 'postgres';

/**
 * Everything that differs between SQLite and PostgreSQL, in one place (STYLE.md 4). Repositories
 * write portable Kysely queries and call these helpers for the rest.
 */
export interface DialectHelpers {
  name: DialectName;
  /**
   * Serialises writers of a shared sequence (the audit chain) until the transaction ends.
   * SQLite transactions are already serial; PostgreSQL takes a transaction-level advisory lock.
   */
  lockSequence(trx: Kysely<any>, lockId: number): Promise<void>;
  /** Case-insensitive "contains" for search boxes; the pattern's wildcards are escaped. */
  containsInsensitive(column: string, text: string): ReturnType<typeof sql<boolean>>;
  /** The database's own integrity check; resolves to a list of problems (empty when sound). */
  integrityCheck(db: Kysely<any>): Promise<string[]>;
  /** The application's tables (not the database's own catalogue). */
  listTables(db: Kysely<any>): Promise<string[]>;
}

/** Escapes LIKE wildcards so that user text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

const sqliteHelpers: DialectHelpers = {
  name: 'sqlite',
  async lockSequence() {
    // better-sqlite3 runs one transaction at a time on its single connection.
  },
  containsInsensitive(column, text) {
    return sql<boolean>`lower(${sql.ref(column)}) like ${`%${escapeLike(text.toLowerCase())}%`} escape '\\'`;
  },
  async integrityCheck(db) {
    const result = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
    const problems = result.rows.map((row) => row.integrity_check).filter((line) => line !== 'ok');
    const foreignKeys = await sql<Record<string, unknown>>`pragma foreign_key_check`.execute(db);
    return [...problems, ...foreignKeys.rows.map((row) => `foreign key: ${JSON.stringify(row)}`)];
  },
  async listTables(db) {
    const result = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(db);
    return result.rows.map((row) => row.name);
  },
};

const postgresHelpers: DialectHelpers = {
  name: 'postgres',
  async lockSequence(trx, lockId) {
    await sql`select pg_advisory_xact_lock(${lockId})`.execute(trx);
  },
  containsInsensitive(column, text) {
    return sql<boolean>`${sql.ref(column)} ilike ${`%${escapeLike(text)}%`} escape '\\'`;
  },
  async integrityCheck(db) {
    // PostgreSQL checks constraints on every write; what can still go wrong is an index that
    // disagrees with its table, which amcheck would find. Verify we can read every table.
    const tables = await sql<{ tablename: string }>`select tablename from pg_tables where schemaname = current_schema()`.execute(db);
    const problems: string[] = [];
    for (const { tablename } of tables.rows) {
      try {
        await sql`select count(*) from ${sql.table(tablename)}`.execute(db);
      } catch (error) {
        problems.push(`${tablename}: ${(error as Error).message}`);
      }
    }
    return problems;
  },
  async listTables(db) {
    const result = await sql<{ tablename: string }>`select tablename from pg_tables where schemaname = current_schema() order by tablename`.execute(db);
    return result.rows.map((row) => row.tablename);
  },
};

/** The helpers for a dialect. */
export function dialectHelpers(name: DialectName): DialectHelpers {
  return name === 'sqlite' ? sqliteHelpers : postgresHelpers;
}
