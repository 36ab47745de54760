import type { PersonInput } from '@ctip/contracts';

// The age rules are shared with the web app's screening preview; they live in contracts.
export { actDayOf, ageOn, type StoredBirth } from '@ctip/contracts';

/** The year a person was probably born, from a date of birth at any precision or an age at a date. */
export function estimatedBirthYear(birth: PersonInput['birth']): number | null {
  if (!birth) return null;
  if (birth.precision === 'age') return Number(birth.ageAt.slice(0, 4)) - birth.age;
  return Number(birth.date.slice(0, 4));
}

/** The name lists show: the first legal name, else the first name given. */
export function displayNameOf(input: PersonInput): string {
  return (input.names.find((name) => name.kind === 'legal') ?? input.names[0])!.full;
}
