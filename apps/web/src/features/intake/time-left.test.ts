import { describe, expect, it } from 'vitest';
import { durationParts, formatDuration, timeLeftOf } from './time-left';

const unit = (name: string, count: number) => `${count}${name[0]}`;

describe('time left before a report is due', () => {
  it('splits minutes into days, hours and minutes, ignoring the sign', () => {
    expect(durationParts(3 * 1440 + 2 * 60 + 5)).toEqual({ days: 3, hours: 2, minutes: 5 });
    expect(durationParts(-61)).toEqual({ days: 0, hours: 1, minutes: 1 });
  });

  it('writes the two largest units, skipping empty ones', () => {
    expect(formatDuration(2 * 1440 + 3 * 60 + 59, unit)).toBe('2d 3h');
    expect(formatDuration(2 * 1440 + 59, unit)).toBe('2d');
    expect(formatDuration(192, unit)).toBe('3h 12m');
    expect(formatDuration(45, unit)).toBe('45m');
    expect(formatDuration(0, unit)).toBe('0m');
    expect(formatDuration(-90, unit)).toBe('1h 30m');
  });

  it('counts down to the target, turns to overdue after it, and stops once actioned', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    expect(timeLeftOf({ dueAt: '2026-03-01T12:30:00Z', status: 'new' }, now)).toEqual({ minutes: 150, state: 'on_time' });
    expect(timeLeftOf({ dueAt: '2026-03-01T10:20:00Z', status: 'triaged' }, now)).toEqual({ minutes: 20, state: 'soon' });
    expect(timeLeftOf({ dueAt: '2026-03-01T09:00:00Z', status: 'assigned' }, now)).toEqual({ minutes: -60, state: 'overdue' });
    expect(timeLeftOf({ dueAt: '2026-03-01T09:00:00Z', status: 'actioned' }, now)).toEqual({ minutes: null, state: 'stopped' });
  });
});
