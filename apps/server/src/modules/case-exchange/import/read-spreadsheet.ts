import { parse } from 'csv-parse/sync';
import { Unzip, UnzipInflate } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { IMPORT_LIMITS } from '@ctip/contracts';
import { AppError } from '../../../errors';
import type { Cell } from './cell-values';

/** The two formats an import reads, told apart by content, never by the file's name. */
export type SpreadsheetFormat = 'csv' | 'xlsx';

/** A sheet as rows of cells, row 1 first (the spreadsheet's own numbering is index + 1). */
export interface Sheet {
  format: SpreadsheetFormat;
  rows: Cell[][];
}

/** Rows read beyond the data limit, to leave room for title rows above the header. */
const ROW_ALLOWANCE = 60;
/** An XLSX workbook's XML, uncompressed, may not exceed this: a zip bomb is refused before it is read. */
const MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024;
/** A row element of SpreadsheetML, with or without a namespace prefix. */
const ROW_TAG = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;

const notASpreadsheet = (detail: string) => new AppError('unsupported_media_type', detail, [{ path: 'file', message: detail, code: 'not_a_spreadsheet' }]);
const tooManyRows = () => {
  const detail = `The sheet has more than ${IMPORT_LIMITS.maxRows.toLocaleString('en')} rows; split it into smaller files.`;
  return new AppError('payload_too_large', detail, [{ path: 'file', message: detail, code: 'too_many_rows' }]);
};

const SIGNATURES: Array<{ bytes: number[]; detail: string }> = [
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], detail: 'This is an old Excel 97–2003 (.xls) file; save it as .xlsx or as CSV UTF-8 and upload that.' },
  { bytes: [0x25, 0x50, 0x44, 0x46], detail: 'This is a PDF, not a spreadsheet.' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], detail: 'This is an image, not a spreadsheet.' },
  { bytes: [0xff, 0xd8, 0xff], detail: 'This is an image, not a spreadsheet.' },
  { bytes: [0x47, 0x49, 0x46, 0x38], detail: 'This is an image, not a spreadsheet.' },
  { bytes: [0x1f, 0x8b], detail: 'This is a compressed archive, not a spreadsheet.' },
  { bytes: [0x52, 0x61, 0x72, 0x21], detail: 'This is a compressed archive, not a spreadsheet.' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], detail: 'This is a compressed archive, not a spreadsheet.' },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, index) => bytes[index] === byte);

/**
 * Tells the format from the first bytes: a ZIP archive is a candidate XLSX workbook, text is a
 * candidate CSV; known other formats (old .xls, PDF, images, archives, programs) are refused by name.
 * @throws AppError unsupported_media_type.
 */
export function sniffFormat(bytes: Uint8Array): SpreadsheetFormat {
  if (bytes.length === 0) throw notASpreadsheet('The file is empty.');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  const known = SIGNATURES.find((signature) => startsWith(bytes, signature.bytes));
  if (known) throw notASpreadsheet(known.detail);
  return 'csv';
}

/** Decodes CSV text: UTF-8 (with or without a byte-order mark) or UTF-16 with one. @throws AppError unsupported_media_type. */
function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw notASpreadsheet('The file is neither an XLSX workbook nor UTF-8 text. Save it as .xlsx or as "CSV UTF-8" and upload that.');
  }
  // A NUL, or more than a stray control character (other than tab and line breaks), means binary content, not a table.
  const sample = text.slice(0, 65_536);
  let controls = 0;
  for (let index = 0; index < sample.length; index += 1) {
    const code = sample.charCodeAt(index);
    if (code === 0) controls += sample.length;
    else if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) controls += 1;
  }
  if (controls > sample.length / 100) throw notASpreadsheet('The file holds binary content, not a table of text.');
  return text;
}

/** The separator of a CSV file: the one of comma, semicolon and tab that the first line uses most, outside quotes. */
function detectDelimiter(text: string): string {
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length - 1 }));
  counts.sort((left, right) => right.count - left.count);
  return counts[0]!.count > 0 ? counts[0]!.delimiter : ',';
}

/**
 * Reads CSV with csv-parse: every cell is text, kept as written (a cell starting with "=" is
 * text, never a formula). Reading stops as soon as the row limit is passed, so a file of a million
 * rows costs no more than one of fifty thousand.
 * @throws AppError unsupported_media_type (not text), payload_too_large (too many rows),
 *   validation_failed (malformed CSV, e.g. an unclosed quote).
 */
function readCsv(bytes: Uint8Array): Cell[][] {
  const text = decodeText(bytes);
  const cap = IMPORT_LIMITS.maxRows + ROW_ALLOWANCE;
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      max_record_size: IMPORT_LIMITS.maxCellCharacters * 4,
      to: cap + 1,
    }) as string[][];
  } catch (error) {
    const where = (error as { lines?: number }).lines;
    const detail = `The CSV file is malformed${where ? ` near line ${where}` : ''} (for example, a quote that is never closed, or a row far too long).`;
    throw new AppError('validation_failed', detail, [{ path: 'file', message: detail, code: 'malformed_csv' }]);
  }
  if (records.length > cap) throw tooManyRows();
  return records;
}

/**
 * Inspects an XLSX archive before any library parses it: it must hold a workbook; its XML,
 * decompressed, must stay under a ceiling (a zip bomb is cut off while inflating, whatever its
 * headers claim); and no worksheet may have more rows than the limit allows (rows are counted as
 * their tags stream past, without building the sheet).
 * @throws AppError unsupported_media_type, payload_too_large.
 */
export function inspectXlsxArchive(bytes: Uint8Array, limits: { maxUncompressedBytes: number } = { maxUncompressedBytes: MAX_UNCOMPRESSED_BYTES }): void {
  let total = 0;
  let overSize = false;
  let maxRows = 0;
  const names = new Set<string>();
  const unzip = new Unzip((file) => {
    names.add(file.name);
    if (!file.name.endsWith('.xml') && !file.name.endsWith('.rels')) return;
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(file.name);
    let rows = 0;
    let tail = '';
    file.ondata = (error, chunk) => {
      if (error) throw error;
      total += chunk.length;
      if (total > limits.maxUncompressedBytes) {
        overSize = true;
        file.terminate();
        return;
      }
      if (isSheet) {
        const window = tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
        // A tag wholly inside the carried tail was counted with the previous chunk.
        for (const match of window.matchAll(ROW_TAG)) if (match.index + match[0].length > tail.length) rows += 1;
        tail = window.slice(-16);
        maxRows = Math.max(maxRows, rows);
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    const step = 1 << 16;
    for (let offset = 0; offset < bytes.length && !overSize; offset += step) {
      unzip.push(bytes.subarray(offset, Math.min(offset + step, bytes.length)), offset + step >= bytes.length);
    }
  } catch {
    throw notASpreadsheet('The XLSX file is damaged and cannot be read.');
  }
  if (overSize) throw notASpreadsheet('The XLSX file expands to far more data than a case register holds; it was not read.');
  if (!names.has('xl/workbook.xml')) throw notASpreadsheet('This is a ZIP archive but not an Excel workbook (.xlsx).');
  if (maxRows > IMPORT_LIMITS.maxRows + ROW_ALLOWANCE) throw tooManyRows();
}

/**
 * Reads an uploaded spreadsheet's first sheet into rows of cells: XLSX with read-excel-file
 * (formulas are never evaluated: a formula cell gives the value the file saved with it), CSV with
 * csv-parse. The format is told by content.
 * @throws AppError unsupported_media_type (not a spreadsheet, damaged), payload_too_large (rows),
 *   validation_failed (malformed CSV).
 */
export async function readSpreadsheet(bytes: Buffer): Promise<Sheet> {
  const format = sniffFormat(bytes);
  if (format === 'csv') return { format, rows: readCsv(bytes) };
  inspectXlsxArchive(bytes);
  let rows: Cell[][];
  try {
    rows = (await readSheet(bytes)) as Cell[][];
  } catch {
    throw notASpreadsheet('The XLSX file is damaged or is not a workbook ctip can read.');
  }
  if (rows.length > IMPORT_LIMITS.maxRows + ROW_ALLOWANCE) throw tooManyRows();
  return { format, rows };
}
