/**
 * Dates as the server reads them. The server checks "not in the future" against today in UTC, so
 * the forms default to the same day (a Phnom Penh morning is still yesterday in UTC until 07:00).
 */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A year, month or day as YYYY, YYYY-MM or YYYY-MM-DD; null for anything else. */
export function isPartialDate(value: string): boolean {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value);
}
