import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { HEADER_WORDS } from '../import/import-vocabulary';
import {
  EXPORT_COLUMNS,
  HTCDS_CASE_STATUS,
  HTCDS_EXPLOITATION_TYPE,
  HTCDS_GENDER,
  HTCDS_INDUSTRY,
  HTCDS_METHODS_OF_CONTROL,
  HTCDS_RECRUITMENT_METHOD,
  HTCDS_TRAFFICKING_STATUS,
} from './htcds-mapping';

// The standard's own files, read where the shared data lives (never copied into the repository).
const directory = fileURLToPath(new URL('../../../../../../../shared/data/htcds/', import.meta.url));
const fieldStandards = `${directory}HTCDS Field Standards 2.0.ods`;
const workbook = `${directory}HTCDS Excel Spreadsheet v2.0.xlsx`;
const available = existsSync(fieldStandards) && existsSync(workbook);
if (!available) {
  if (process.env.CI === 'true') throw new Error(`HTCDS files missing in ${directory}: CI needs them`);
  console.warn(`Skipping the HTCDS name checks: ${directory} is missing.`);
}

const decode = (xml: string) => xml.replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, count: string | undefined) => ' '.repeat(Number(count ?? 1))).replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The field list of the ODS: each field's name with prefix (column G) and its picklist value names (column J, one per paragraph). */
function readFieldStandards(): Map<string, string[]> {
  const content = strFromU8(unzipSync(new Uint8Array(readFileSync(fieldStandards)), { filter: (file) => file.name === 'content.xml' })['content.xml']!);
  const fields = new Map<string, string[]>();
  for (const row of content.match(/<table:table-row[^>]*>[\s\S]*?<\/table:table-row>/g) ?? []) {
    const cells: string[][] = [];
    for (const cell of row.match(/<table:(?:covered-)?table-cell[^>]*?(?:\/>|>[\s\S]*?<\/table:(?:covered-)?table-cell>)/g) ?? []) {
      const repeat = Math.min(Number(/number-columns-repeated="(\d+)"/.exec(cell)?.[1] ?? 1), 20);
      const paragraphs = (cell.match(/<text:p[^>]*>[\s\S]*?<\/text:p>/g) ?? []).map(decode).map((text) => text.trim());
      for (let index = 0; index < repeat; index += 1) cells.push(paragraphs);
    }
    const name = cells[6]?.join('') ?? '';
    if (/^[a-z]{3}_\w+$/.test(name)) fields.set(name, (cells[9] ?? []).filter(Boolean));
  }
  return fields;
}

describe.skipIf(!available)('HTCDS 2.0 names', () => {
  const fields = available ? readFieldStandards() : new Map<string, string[]>();

  it('reads the standard (sanity check of the reader)', () => {
    expect(fields.size).toBeGreaterThan(60);
    expect(fields.get('prs_Gender')).toContain('Feminine');
  });

  it('names every HTCDS column of the export as the standard does; ctip’s own columns say so', () => {
    for (const column of EXPORT_COLUMNS) {
      if (column.startsWith('ctip_')) continue;
      expect(fields.has(column), column).toBe(true);
    }
  });

  it('uses only picklist values the standard lists, each in its own field', () => {
    const uses: Array<[string, Iterable<string | null>]> = [
      ['prs_Gender', Object.values(HTCDS_GENDER)],
      ['vic_TypeOfExploitation', Object.values(HTCDS_EXPLOITATION_TYPE)],
      ['vic_ForcedLabourIndustry', Object.values(HTCDS_INDUSTRY)],
      ['cas_Status', Object.values(HTCDS_CASE_STATUS)],
      ['vic_TraffickingStatus', Object.values(HTCDS_TRAFFICKING_STATUS)],
      ['vic_MethodOfRecruitment', Object.values(HTCDS_RECRUITMENT_METHOD)],
      ['vic_MethodsOfControl', Object.values(HTCDS_METHODS_OF_CONTROL).flat()],
    ];
    for (const [field, values] of uses) {
      const allowed = new Set(fields.get(field));
      for (const value of values) if (value !== null) expect(allowed.has(value), `${field}: ${value}`).toBe(true);
    }
  });

  it('recognises the workbook’s variable names as import headers', async () => {
    const header = ((await readSheet(readFileSync(workbook))) as unknown[][])[0]!.filter((cell): cell is string => typeof cell === 'string');
    const named = Object.values(HEADER_WORDS).flat().filter((word) => /^[a-z]{3}_/.test(word));
    for (const word of named) expect(fields.has(word) || header.includes(word), word).toBe(true);
    for (const variable of ['prs_FirstName', 'prs_SecondName', 'prs_Birthdate', 'prs_Gender', 'prs_Citizenship', 'vic_TypeOfExploitation']) expect(header).toContain(variable);
  });
});
