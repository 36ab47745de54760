import type { DateOrder, NameScript } from '@ctip/contracts';
import { MONTH_WORDS, lookupKey } from './import-vocabulary';

/** A cell as the readers give it: text (CSV, and XLSX strings), a number, a boolean or a date (XLSX). */
export type Cell = string | number | boolean | Date | null;

/** A date as precisely as the cell gives it. */
export interface PartialDate {
  precision: 'day' | 'month' | 'year';
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
}

/** A cell that could not be read as what its column holds, with a stable code. */
export interface CellProblem {
  problem: string;
}

const KHMER_DIGITS = /[\u17e0-\u17e9]/g;

/** Khmer digits (០–៩) as ASCII digits, so "២០២០" reads as 2020. */
export function westernDigits(text: string): string {
  return text.replace(KHMER_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x17e0));
}

/**
 * The text of a cell: trimmed, Unicode-normalised (NFC), zero-width characters removed; null when
 * empty. Numbers are written without exponent or grouping; dates as YYYY-MM-DD. Nothing is
 * evaluated: a cell that starts with "=" is text like any other.
 */
export function cellText(cell: Cell): string | null {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return Number.isFinite(cell) ? (Number.isInteger(cell) ? cell.toFixed(0) : String(cell)) : null;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  const text = cell.normalize('NFC').replace(/[\u200b\u2060\ufeff]/g, '').trim();
  return text === '' ? null : text;
}

/** Whether a cell's text begins as a spreadsheet formula would ("=", "@"): kept as text, and flagged. */
export function looksLikeFormula(text: string): boolean {
  return /^[=@]/.test(text);
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (value: number) => String(value).padStart(2, '0');

function dayDate(year: number, month: number, day: number): PartialDate | CellProblem {
  if (year < 1900 || year > 2100) return { problem: 'year_out_of_range' };
  if (!isRealDate(year, month, day)) return { problem: 'not_a_real_date' };
  return { precision: 'day', date: `${year}-${pad(month)}-${pad(day)}` };
}

function monthDate(year: number, month: number): PartialDate | CellProblem {
  if (year < 1900 || year > 2100) return { problem: 'year_out_of_range' };
  if (month < 1 || month > 12) return { problem: 'not_a_real_date' };
  return { precision: 'month', date: `${year}-${pad(month)}` };
}

/**
 * Reads a date at whatever precision the cell has: an XLSX date; a year (1998, "1998"); a month
 * ("1998-03", "03/1998", "March 1998", "មីនា ១៩៩៨"); a day ("1998-03-14", "14/03/1998",
 * "14 March 1998"). Dates with slashes, dots or dashes and the day and month both ≤ 12 are read
 * in the given order; a part above 12 settles it. Two-digit years are refused: the century is a
 * guess. Null for an empty cell.
 */
export function parsePartialDate(cell: Cell, order: DateOrder): PartialDate | CellProblem | null {
  if (cell === null) return null;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { problem: 'not_a_date' };
    return dayDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  }
  if (typeof cell === 'boolean') return { problem: 'not_a_date' };
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 1900 && cell <= 2100) return { precision: 'year', date: String(cell) };
    return { problem: 'not_a_date' };
  }
  const text = westernDigits(cellText(cell) ?? '').toLowerCase();
  if (text === '') return null;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})$/.exec(text))) {
    const year = Number(match[1]);
    return year >= 1900 && year <= 2100 ? { precision: 'year', date: match[1]! } : { problem: 'year_out_of_range' };
  }
  if ((match = /^(\d{4})[-/.](\d{1,2})$/.exec(text))) return monthDate(Number(match[1]), Number(match[2]));
  if ((match = /^(\d{1,2})[-/.](\d{4})$/.exec(text))) return monthDate(Number(match[2]), Number(match[1]));
  if ((match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?$/.exec(text))) return dayDate(Number(match[1]), Number(match[2]), Number(match[3]));
  if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text))) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const dayFirst = first > 12 ? true : second > 12 ? false : order === 'day_first';
    return dayFirst ? dayDate(Number(match[3]), second, first) : dayDate(Number(match[3]), first, second);
  }
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}$/.test(text)) return { problem: 'two_digit_year' };
  const words = text.split(/[\s,]+/).filter(Boolean);
  const monthOf = (word: string) => MONTH_WORDS.get(lookupKey(word));
  if (words.length === 2 && monthOf(words[0]!) && /^\d{4}$/.test(words[1]!)) return monthDate(Number(words[1]), Number(monthOf(words[0]!)));
  if (words.length === 3 && /^\d{1,2}$/.test(words[0]!) && monthOf(words[1]!) && /^\d{4}$/.test(words[2]!)) return dayDate(Number(words[2]), Number(monthOf(words[1]!)), Number(words[0]));
  if (words.length === 3 && monthOf(words[0]!) && /^\d{1,2}$/.test(words[1]!) && /^\d{4}$/.test(words[2]!)) return dayDate(Number(words[2]), Number(monthOf(words[0]!)), Number(words[1]));
  return { problem: 'not_a_date' };
}

/** Reads an age in whole years: 25, "25", "25 years", "~25", "អាយុ ២៥ ឆ្នាំ". Null for an empty cell. */
export function parseAge(cell: Cell): number | CellProblem | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 && cell <= 120 ? cell : { problem: 'not_an_age' };
  if (typeof cell !== 'string') return { problem: 'not_an_age' };
  const text = westernDigits(cellText(cell) ?? '');
  if (text === '') return null;
  const numbers = text.match(/\d+(?:[.,]\d+)?/g) ?? [];
  if (numbers.length !== 1 || /[.,]/.test(numbers[0]!) || text.replace(numbers[0]!, '').trim().length > 24) return { problem: 'not_an_age' };
  const age = Number(numbers[0]);
  return age <= 120 ? age : { problem: 'not_an_age' };
}

/** The script a name is written in, from its letters. */
export function detectScript(text: string): NameScript {
  if (/[\u1780-\u17ff\u19e0-\u19ff]/.test(text)) return 'khmer';
  if (/[\u3400-\u9fff\uf900-\ufaff]/.test(text)) return 'han';
  if (/[\u0e00-\u0e7f]/.test(text)) return 'thai';
  // Letters only Vietnamese uses (ă, â, đ, ê, ô, ơ, ư and the stacked tone marks).
  if (/[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]/.test(text)) return 'vietnamese';
  if (/^[\p{Script=Latin}\p{M}\s'.\-()]+$/u.test(text)) return 'latin';
  return 'other';
}

/** A list cell ("forced labour; debt bondage", "fishing / agriculture") as its items. */
export function splitList(text: string): string[] {
  return text
    .split(/\s*[;,|/+\n]\s*|\s+and\s+|\s*&\s*/i)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** The spreadsheet's letter for a column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letter = '';
  let rest = index + 1;
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    letter = String.fromCharCode(65 + remainder) + letter;
    rest = Math.floor((rest - 1) / 26);
  }
  return letter;
}
