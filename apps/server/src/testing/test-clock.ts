/** A clock that tests move by hand, so timeouts and retention are tested without waiting. */
export interface TestClock {
  now(): Date;
  advance(milliseconds: number): void;
  set(instant: Date): void;
}

/** A clock starting at the given instant (default: a fixed morning in Phnom Penh, in UTC). */
export function createTestClock(start = new Date('2026-11-21T02:00:00.000Z')): TestClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (milliseconds) => {
      current += milliseconds;
    },
    set: (instant) => {
      current = instant.getTime();
    },
  };
}
