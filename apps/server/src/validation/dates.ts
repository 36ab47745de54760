import type { FieldProblems } from './field-problems';

/** Today's date (UTC) as YYYY-MM-DD. */
export function todayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** A partial date (YYYY, YYYY-MM, YYYY-MM-DD) must not be after today. */
export function checkNotFuture(problems: FieldProblems, path: string, value: string | null | undefined, today: string): void {
  if (value && value > today.slice(0, value.length)) problems.add(path, 'This date is in the future.', 'future_date');
}

/** Two dates must be in order (equal is fine). */
export function checkOrder(problems: FieldProblems, path: string, earlier: string | null | undefined, later: string | null | undefined, message = 'This date is before the one it must follow.'): void {
  if (earlier && later && later < earlier.slice(0, later.length)) problems.add(path, message, 'out_of_order');
}
