import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DialectHelpers } from '../db/dialect';

/** One table's row count and a digest of its content, independent of row order. */
export interface TableFingerprint {
  table: string;
  rows: number;
  digest: string;
}

function canonical(row: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(row).sort().map((key) => [key, row[key] instanceof Buffer ? (row[key] as Buffer).toString('base64') : row[key]]));
}

/** Fingerprints every application table. */
export async function fingerprintTables(db: Kysely<any>, dialect: DialectHelpers): Promise<TableFingerprint[]> {
  const result: TableFingerprint[] = [];
  for (const table of await dialect.listTables(db)) {
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db)).rows;
    const lines = rows.map(canonical).sort();
    result.push({ table, rows: rows.length, digest: crypto.createHash('sha256').update(lines.join('\n')).digest('hex') });
  }
  return result;
}

/** The tables whose content differs between two fingerprints (missing tables included). */
export function differingTables(left: TableFingerprint[], right: TableFingerprint[]): string[] {
  const byName = new Map(right.map((fingerprint) => [fingerprint.table, fingerprint]));
  const names = new Set([...left.map((fingerprint) => fingerprint.table), ...right.map((fingerprint) => fingerprint.table)]);
  return [...names].filter((name) => {
    const a = left.find((fingerprint) => fingerprint.table === name);
    const b = byName.get(name);
    return !a || !b || a.rows !== b.rows || a.digest !== b.digest;
  }).sort();
}
