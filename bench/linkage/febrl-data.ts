import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Folder of the FEBRL files: ../shared/data/febrl relative to the repository root. */
export const febrlFolder = fileURLToPath(new URL('../../../shared/data/febrl/', import.meta.url));

/** True when the FEBRL data are present on this machine. */
export function hasFebrl(): boolean {
  return existsSync(`${febrlFolder}dataset3.csv`);
}

/** Records of one FEBRL file without their ids, and the true entity of each (from rec_id). */
export interface FebrlFile {
  records: Array<Record<string, string>>;
  entities: string[];
}

/**
 * Reads a FEBRL CSV (no quoting, a space before every field, CRLF in 4a) and strips rec_id: the
 * engine never sees it. The entity is N of rec-N-org / rec-N-dup-k (README of the data).
 */
export function readFebrl(file: string): FebrlFile {
  const lines = readFileSync(`${febrlFolder}${file}`, 'utf8').split(/\r?\n/).filter((line) => line.trim().length > 0);
  const header = lines[0]!.split(',').map((field) => field.trim());
  const records: Array<Record<string, string>> = [];
  const entities: string[] = [];
  for (const line of lines.slice(1)) {
    const fields = line.split(',').map((field) => field.trim());
    const record: Record<string, string> = {};
    header.forEach((column, index) => {
      if (column !== 'rec_id') record[column] = fields[index] ?? '';
    });
    const match = /^rec-(\d+)-/.exec(fields[0]!);
    if (!match) throw new Error(`Unexpected rec_id ${fields[0]}`);
    entities.push(match[1]!);
    records.push(record);
  }
  return { records, entities };
}
