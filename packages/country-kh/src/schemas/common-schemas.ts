import { z } from 'zod';

/** A stable identifier: lower-case words joined by `-`, `.` or `_` (e.g. `kh-moi`, `s003-persons-deported-2024`). */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-._][a-z0-9]+)*$/, 'must be lower-case letters and digits joined by "-", "." or "_"');

/** A snake_case code (indicators, markets, stages). */
export const codeSchema = z.string().regex(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/, 'must be a snake_case code');

/** ISO 3166-1 alpha-2 code. */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');

/** ISO 3166-2:KH code, KH-1 to KH-25 (no leading zero). */
export const provinceCodeSchema = z.string().regex(/^KH-(?:[1-9]|1\d|2[0-5])$/, 'must be an ISO 3166-2:KH code such as KH-12');

/** Text in Khmer script only (with spaces or hyphens); zero-width spaces are refused so that lookups stay exact. */
export const khmerTextSchema = z
  .string()
  .regex(/^[\u1780-\u17FF\u19E0-\u19FF]+(?:[ -][\u1780-\u17FF\u19E0-\u19FF]+)*$/, 'must be Khmer script without zero-width spaces');

/** Non-empty text with no leading or trailing blanks. */
export const textSchema = z.string().min(1).refine((text) => text.trim() === text, 'must not start or end with blanks');

const datePartPattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `text` is a year, year-month or calendar date that exists (2023-02-30 is refused). */
function isValidPartialDate(text: string): boolean {
  const match = datePartPattern.exec(text);
  if (match === null) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(Number(year), monthNumber - 1, Number(day)));
  return date.getUTCDate() === Number(day) && date.getUTCMonth() === monthNumber - 1;
}

/** An ISO 8601 date with the precision the source allows: `2024`, `2022-09` or `2025-03-28`. */
export const partialDateSchema = z.string().refine(isValidPartialDate, 'must be an ISO 8601 year, year-month or date');

/**
 * An ISO 8601 period: one partial date (`2024`) or an interval `start/end` (`2006/2008`,
 * `2022-08-18/2022-09-29`) whose start is not after its end.
 */
export const periodSchema = z.string().refine((text) => {
  const parts = text.split('/');
  if (parts.length > 2 || !parts.every(isValidPartialDate)) return false;
  const [start, end] = parts;
  return end === undefined || (start as string) <= end;
}, 'must be an ISO 8601 date or an interval start/end with start <= end');

/** WGS84 coordinates in decimal degrees. */
export const coordinatesSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

/** Ids of entries in sources.json that support a row. */
export const sourceIdsSchema = z.array(idSchema);
