import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { LinkageRecord } from '../encode/encode-records';

/** A CSV file read into records, with its header. */
export interface CsvTable {
  columns: string[];
  records: LinkageRecord[];
}

/**
 * Reads a CSV file with a header row (UTF-8, optional BOM, quoted fields, CRLF or LF). Fields are
 * trimmed; empty fields become null. Throws with the file name when the file cannot be read or
 * parsed.
 */
export async function readCsv(path: string): Promise<CsvTable> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true });
  } catch (error) {
    throw new Error(`Cannot parse ${path} as CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
  const [header, ...body] = rows;
  if (!header || header.length === 0) throw new Error(`${path} has no header row`);
  const columns = header.map((column, index) => column || `column_${index + 1}`);
  const records = body.map((row) => {
    const record: Record<string, string | null> = {};
    columns.forEach((column, index) => {
      const value = row[index];
      record[column] = value === undefined || value === '' ? null : value;
    });
    return record;
  });
  return { columns, records };
}

function field(value: unknown): string {
  if (value == null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes rows as CSV (RFC 4180 quoting), streaming so that millions of rows need little memory. */
export async function writeCsv(path: string, header: readonly string[], rows: Iterable<readonly unknown[]>): Promise<void> {
  const stream = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  const write = async (line: string) => {
    if (!stream.write(line)) await Promise.race([new Promise<void>((resolve) => { stream.once('drain', () => resolve()); }), failed]);
  };
  await write(`${header.map(field).join(',')}\n`);
  for (const row of rows) await write(`${row.map(field).join(',')}\n`);
  await Promise.race([new Promise<void>((resolve) => stream.end(resolve)), failed]);
}
