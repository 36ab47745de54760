import { findCountry, findProvince } from '@ctip/country-kh';
import { IMPORT_LIMITS, REPEATABLE_IMPORT_FIELDS, type DateOrder, type ImportField } from '@ctip/contracts';
import { cellText, columnLetter, detectScript, westernDigits, type Cell } from './cell-values';
import type { ImportVocabulary } from './import-kind';
import { EXPLOITATION_TYPE_WORDS, FIELD_OF_HEADER, SEX_WORDS, lookupKey } from './import-vocabulary';

/** Rows looked at to find the header row (registers often carry a title above it). */
const HEADER_SEARCH_ROWS = 10;
/** Cells per column sampled to guess a column from its content. */
const SAMPLE_SIZE = 60;

/** The field of a case sheet a header names, if any. */
export function fieldOfHeader(header: string): ImportField | undefined {
  return FIELD_OF_HEADER.get(lookupKey(header));
}

/**
 * The row (1-based) that holds the column names: among the first rows, the one whose cells
 * name the most known fields (of the kind's vocabulary); failing that, the first row with two
 * or more filled cells.
 */
export function detectHeaderRow(rows: readonly Cell[][], vocabulary: ImportVocabulary): number {
  let best = { row: 0, score: 0 };
  let firstFilled = -1;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((cells, index) => {
    const texts = cells.map(cellText).filter((text): text is string => text !== null);
    if (texts.length >= 2 && firstFilled < 0) firstFilled = index;
    const score = texts.filter((text) => vocabulary.fieldOfHeader(text) !== undefined).length;
    if (score > best.score) best = { row: index, score };
  });
  return (best.score > 0 ? best.row : Math.max(firstFilled, 0)) + 1;
}

/** How many columns the sheet has below (and including) the header row, within the limit. */
export function columnCount(rows: readonly Cell[][], headerRow: number): number {
  let count = 0;
  for (let index = headerRow - 1; index < rows.length; index += 1) count = Math.max(count, rows[index]!.length);
  return Math.min(count, IMPORT_LIMITS.maxColumns);
}

function sampleOf(rows: readonly Cell[][], headerRow: number, column: number): string[] {
  const sample: string[] = [];
  for (let index = headerRow; index < rows.length && sample.length < SAMPLE_SIZE; index += 1) {
    const text = cellText(rows[index]![column] ?? null);
    if (text !== null) sample.push(text);
  }
  return sample;
}

/** The share of a sample that passes a test (0 for an empty sample). */
export const share = (sample: readonly string[], test: (text: string) => boolean) => (sample.length === 0 ? 0 : sample.filter(test).length / sample.length);

/** A field of a case sheet guessed from what a column holds, when its header says nothing. */
function fieldOfContent(sample: readonly string[]): ImportField | undefined {
  if (sample.length < 3) return undefined;
  if (share(sample, (text) => SEX_WORDS.has(lookupKey(text))) >= 0.9) return 'sex';
  if (share(sample, (text) => findProvince(text) !== undefined) >= 0.8) return 'home_province';
  if (share(sample, (text) => EXPLOITATION_TYPE_WORDS.has(lookupKey(text))) >= 0.8) return 'exploitation_type';
  if (share(sample, (text) => findCountry(text) !== undefined) >= 0.9) return 'nationality';
  if (share(sample, (text) => detectScript(text) === 'khmer') >= 0.8) return 'khmer_name';
  return undefined;
}

/** How case registers name and fill their columns. */
export const CASE_VOCABULARY: ImportVocabulary = { fieldOfHeader, fieldOfContent, repeatable: REPEATABLE_IMPORT_FIELDS, dateFields: ['birth_date', 'identified_on'] };

/** A repeatable field a numbered header names: "Phone 2", "Alias (1)", "Telegram #3". */
function repeatedFieldOfHeader(header: string, vocabulary: ImportVocabulary): string | undefined {
  const base = /^(.*?)[\s_#(.-]*\d{1,2}\)?$/.exec(header.trim())?.[1];
  const field = base ? vocabulary.fieldOfHeader(base) : undefined;
  return field && vocabulary.repeatable.includes(field) ? field : undefined;
}

/** A column of an uploaded sheet with the field proposed for it (a field of the import's kind). */
export interface ProposedColumn {
  index: number;
  letter: string;
  header: string;
  proposedField: string | null;
  reason: 'header' | 'content' | null;
}

/**
 * Proposes a field for each column: from its header (English, Khmer, HTCDS variable names …)
 * first, then from what its cells hold. Each field is proposed once; later columns naming a
 * field already taken are left unmapped for the user to decide (the repeatable ones excepted).
 */
export function proposeColumns(rows: readonly Cell[][], headerRow: number, vocabulary: ImportVocabulary): ProposedColumn[] {
  const header = rows[headerRow - 1] ?? [];
  const taken = new Set<string>();
  const repeatable = new Set<string>(vocabulary.repeatable);
  const count = columnCount(rows, headerRow);
  const columns: ProposedColumn[] = [];
  for (let index = 0; index < count; index += 1) {
    const text = cellText(header[index] ?? null) ?? '';
    let field: string | undefined = vocabulary.fieldOfHeader(text) ?? repeatedFieldOfHeader(text, vocabulary);
    let reason: ProposedColumn['reason'] = field ? 'header' : null;
    if (!field) {
      field = vocabulary.fieldOfContent(sampleOf(rows, headerRow, index));
      reason = field ? 'content' : null;
    }
    if (field && taken.has(field) && !repeatable.has(field)) {
      field = undefined;
      reason = null;
    }
    if (field) taken.add(field);
    columns.push({ index, letter: columnLetter(index), header: text.slice(0, 200), proposedField: field ?? null, reason });
  }
  return columns;
}

/**
 * Which way round slashed dates are written in the date columns: a first part above 12 proves
 * day first, a second part above 12 proves month first; Cambodia writes day first, so that is
 * the default when nothing proves otherwise.
 */
export function proposeDateOrder(rows: readonly Cell[][], headerRow: number, dateColumns: readonly number[]): DateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const column of dateColumns) {
    for (const text of sampleOf(rows, headerRow, column)) {
      const match = /^(\d{1,2})[-/.](\d{1,2})[-/.]\d{4}$/.exec(westernDigits(text));
      if (!match) continue;
      if (Number(match[1]) > 12) dayFirst += 1;
      if (Number(match[2]) > 12) monthFirst += 1;
    }
  }
  return monthFirst > dayFirst ? 'month_first' : 'day_first';
}
