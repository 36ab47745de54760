import { stringify } from 'csv-stringify/sync';

/** Characters that make a spreadsheet read a cell as a formula (OWASP: CSV injection), tab and carriage return included. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell made safe to open in a spreadsheet: one that would start a formula is prefixed with an
 * apostrophe, which spreadsheets show as text and never evaluate.
 */
export function escapeSpreadsheetCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * CSV (RFC 4180, through csv-stringify) whose every cell, header included, is escaped against
 * formula injection; fields are quoted whenever they need it, lines end in CRLF.
 */
export function toSpreadsheetCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, string>>): string {
  return stringify(
    rows.map((row) => columns.map((column) => escapeSpreadsheetCell(row[column] ?? ''))),
    { header: true, columns: columns.map((column) => ({ key: String(columns.indexOf(column)), header: escapeSpreadsheetCell(column) })), record_delimiter: 'windows', quoted_match: /[\s,";']/ },
  );
}
