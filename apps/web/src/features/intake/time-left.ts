import { minutesLeft, type ReportStatus } from '@ctip/contracts';

/** A span of time in whole days, hours and minutes. */
export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
}

/** Splits a number of minutes (its absolute value) into days, hours and minutes. */
export function durationParts(totalMinutes: number): DurationParts {
  const whole = Math.abs(Math.trunc(totalMinutes));
  return { days: Math.floor(whole / 1440), hours: Math.floor((whole % 1440) / 60), minutes: whole % 60 };
}

/** Where a report stands against its response target. */
export type TimeLeftState = 'stopped' | 'on_time' | 'soon' | 'overdue';

/** Under this many minutes left, the countdown turns orange. */
const SOON_MINUTES = 60;

/**
 * The minutes left before a report's response is due, computed now in the browser (so the
 * countdown moves between reads), and its state: stopped once actioned or closed, overdue when
 * negative, soon in the last hour.
 */
export function timeLeftOf(report: { dueAt: string; status: ReportStatus }, now: Date): { minutes: number | null; state: TimeLeftState } {
  const minutes = minutesLeft(report.dueAt, report.status, now);
  if (minutes === null) return { minutes, state: 'stopped' };
  if (minutes < 0) return { minutes, state: 'overdue' };
  return { minutes, state: minutes < SOON_MINUTES ? 'soon' : 'on_time' };
}

/**
 * A duration as its two largest units ("2 d 3 h", "3 h 12 min", "45 min"), each unit written by
 * `unit` (translated, with its count).
 */
export function formatDuration(totalMinutes: number, unit: (name: 'days' | 'hours' | 'minutes', count: number) => string): string {
  const parts = durationParts(totalMinutes);
  const shown = (['days', 'hours', 'minutes'] as const).filter((name) => parts[name] > 0);
  if (shown.length === 0) return unit('minutes', 0);
  const first = (['days', 'hours', 'minutes'] as const).indexOf(shown[0]!);
  return (['days', 'hours', 'minutes'] as const)
    .slice(first, first + 2)
    .filter((name) => parts[name] > 0)
    .map((name) => unit(name, parts[name]))
    .join(' ');
}
