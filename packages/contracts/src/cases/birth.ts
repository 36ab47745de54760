/** A birth as recorded: a date at some precision, or an approximate age at a date. */
export interface StoredBirth {
  precision: string;
  date: string | null;
  age: number | null;
  ageAt: string | null;
}

/**
 * Age in whole years on a day (YYYY-MM-DD), from a birth at any precision; null when unknown.
 * A year-only birth is taken as mid-year and a month-only one as the 1st, as demographers do;
 * an age given at a date grows by the years since. Server and web use this one rule, so the
 * screening preview shows the outcome the server records.
 */
export function ageOn(birth: StoredBirth | null, on: string): number | null {
  if (!birth) return null;
  if (birth.precision === 'age') return birth.age === null || birth.ageAt === null ? null : birth.age + (Number(on.slice(0, 4)) - Number(birth.ageAt.slice(0, 4)));
  if (!birth.date) return null;
  const [year, month = '07', day = '01'] = birth.date.split('-');
  const beforeBirthday = on.slice(5) < `${month}-${day}`;
  return Number(on.slice(0, 4)) - Number(year) - (beforeBirthday ? 1 : 0);
}

/**
 * The day an act is taken to have happened, for the age at the act: its date; the 15th when only
 * the month is known; the screening day when it is unknown.
 */
export function actDayOf(actDate: string | null, screenedOn: string): string {
  if (!actDate) return screenedOn;
  return actDate.length === 7 ? `${actDate}-15` : actDate;
}
