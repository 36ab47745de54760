/**
 * A date that may be known only to the year or the month, as dates of birth often are.
 * `month` and `day` are 0 when unknown. `digits` keeps the eight digits YYYYMMDD as written when
 * the input had all eight (even if the month or day was impossible), so that a typing error can
 * still be recognised; it is -1 otherwise.
 */
export interface PartialDate {
  year: number;
  month: number;
  day: number;
  digits: number;
}

/** Years before this are treated as absent rather than trusted. */
export const earliestYear = 1850;
/** Years after this are treated as absent rather than trusted. */
export const latestYear = 2100;

const khmerDigitZero = 0x17e0;

function toAsciiDigits(text: string): string {
  let result = '';
  for (const character of text) {
    const code = character.charCodeAt(0);
    result += code >= khmerDigitZero && code <= khmerDigitZero + 9 ? String(code - khmerDigitZero) : character;
  }
  return result;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(year: number, month: number, day: number, digits: number): PartialDate | null {
  if (!Number.isInteger(year) || year < earliestYear || year > latestYear) return null;
  const isMonthValid = month >= 1 && month <= 12;
  const validMonth = isMonthValid ? month : 0;
  const validDay = isMonthValid && day >= 1 && day <= daysInMonth(year, month) ? day : 0;
  return { year, month: validMonth, day: validDay, digits };
}

/**
 * Reads a date of birth written as YYYYMMDD, YYYY-MM-DD, YYYY/MM/DD, DD/MM/YYYY (day first, as in
 * Cambodia), YYYY-MM, MM/YYYY or YYYY, in Latin or Khmer digits, optionally marked approximate
 * ("~1990", "c. 1990", "1990?") and optionally followed by a time. Impossible months or days lower
 * the precision instead of failing; an absurd year (outside 1850–2100) or unreadable text gives
 * null. Never throws.
 */
export function parsePartialDate(value: unknown): PartialDate | null {
  if (value == null) return null;
  let text = toAsciiDigits(String(value)).trim().toLowerCase();
  if (text.length === 0 || text.length > 40) return null;
  text = text.replace(/^(~|c\.|ca\.|circa|about|approx\.?)\s*/, '').replace(/\?$/, '').replace(/[t ]\d{1,2}:\d{2}.*$/, '').trim();
  let match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return build(year, month, day, Number(text));
  }
  match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return build(year, month, day, year * 10000 + month * 100 + day);
  }
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (match) {
    const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return build(year, month, day, year * 10000 + month * 100 + day);
  }
  match = /^(\d{4})[-/.](\d{1,2})$/.exec(text);
  if (match) return build(Number(match[1]), Number(match[2]), 0, -1);
  match = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (match) return build(Number(match[2]), Number(match[1]), 0, -1);
  match = /^(\d{4})$/.exec(text);
  if (match) return build(Number(match[1]), 0, 0, -1);
  return null;
}

/** Writes a partial date back as YYYY, YYYY-MM or YYYY-MM-DD (for explanations and output). */
export function formatPartialDate(date: PartialDate): string {
  const year = String(date.year).padStart(4, '0');
  if (date.month === 0) return year;
  const month = String(date.month).padStart(2, '0');
  if (date.day === 0) return `${year}-${month}`;
  return `${year}-${month}-${String(date.day).padStart(2, '0')}`;
}
