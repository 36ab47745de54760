import type { DateOrder, PersonInput, Sex } from '@ctip/contracts';
import { cellText, detectScript, parseAge, parsePartialDate, splitList, type PartialDate } from './cell-values';
import { SEX_WORDS, lookupKey } from './import-vocabulary';
import type { ReferenceLookups } from './map-import-row';
import type { RowReader } from './row-reader';

/**
 * Readers of the cells that describe a person, shared by every kind of import whose rows are
 * people (case registers, embassies' lists): names in any script, sex, date of birth, age,
 * nationalities. Each records its problems on the row reader.
 */

/** Fields that hold a name (the alias included). */
export const NAME_FIELDS = ['full_name', 'khmer_name', 'latin_name', 'family_name', 'given_name', 'alias'] as const;

/** Messages of the cell problems the date and age readers report. */
export const CELL_PROBLEM_MESSAGES: Record<string, string> = {
  not_a_date: 'Not a date ctip can read (write it as 2020-03-14, 14/03/2020, 03/2020 or 2020).',
  not_a_real_date: 'This date does not exist in the calendar.',
  year_out_of_range: 'The year must be between 1900 and 2100.',
  two_digit_year: 'The year has two digits; write all four so the century is not a guess.',
  not_an_age: 'Not an age in whole years between 0 and 120.',
};

/**
 * The names of a row: full, Khmer and Latin names as legal (a Latin name beside another is its
 * romanisation), family and given names attached to the name written in their script, aliases.
 * The script is read from the letters, whatever the column says: an "English name" column often
 * holds Vietnamese. A row without any name gets `name_required`.
 */
export function readNames(reader: RowReader): PersonInput['names'] {
  const names: PersonInput['names'] = [];
  const push = (full: string, kind: PersonInput['names'][number]['kind']) => names.push({ script: detectScript(full), kind, full });
  for (const { text } of reader.textsOf('full_name', { maxLength: 200 })) push(text, 'legal');
  for (const { text } of reader.textsOf('khmer_name', { maxLength: 200 })) push(text, 'legal');
  const hasOtherName = names.length > 0;
  for (const { text } of reader.textsOf('latin_name', { maxLength: 200 })) push(text, hasOtherName ? 'romanised' : 'legal');
  const family = reader.firstText('family_name', 100);
  const given = reader.firstText('given_name', 100);
  if (family || given) {
    const script = detectScript(`${family?.text ?? ''}${given?.text ?? ''}`);
    const owner = names.find((name) => name.script === script);
    if (owner) {
      owner.family = family?.text ?? null;
      owner.given = given?.text ?? null;
    } else {
      // Family name first, the Khmer, Chinese and Vietnamese order (and how Cambodian registers romanise).
      const full = [family?.text, given?.text].filter(Boolean).join(' ');
      names.push({ script, kind: names.some((name) => name.kind === 'legal') ? 'romanised' : 'legal', full, family: family?.text ?? null, given: given?.text ?? null });
    }
  }
  for (const { text } of reader.textsOf('alias', { maxLength: 200 })) push(text, 'alias');
  if (names.length === 0 && !reader.hasProblemIn(NAME_FIELDS)) reader.add(null, 'full_name', 'name_required', 'No name in this row: every person needs at least one name, in any script.');
  return names;
}

/** Sex: an empty cell is "unknown"; a word ctip does not know is an error, not a guess. */
export function readSex(reader: RowReader): Sex {
  let sex: Sex = 'unknown';
  for (const { index } of reader.columnsOf('sex')) {
    const text = cellText(reader.cellAt(index));
    if (text === null) continue;
    const found = SEX_WORDS.get(lookupKey(text));
    if (found) sex = found;
    else reader.add(index, 'sex', 'unknown_sex', 'Not a sex ctip knows (female, male, other, unknown; ស្រី, ប្រុស; F, M).');
  }
  return sex;
}

/**
 * The date of birth at whatever precision the cell gives, refused when in the future or (given
 * `notAfter`, the date of identification) after it.
 */
export function readBirthDate(reader: RowReader, context: { dateOrder: DateOrder; today: string; notAfter: string | null }): PartialDate | null {
  const column = reader.columnsOf('birth_date')[0];
  if (!column) return null;
  const parsed = parsePartialDate(reader.cellAt(column.index), context.dateOrder);
  if (parsed === null) return null;
  if ('problem' in parsed) {
    reader.add(column.index, 'birth_date', parsed.problem, CELL_PROBLEM_MESSAGES[parsed.problem]!);
    return null;
  }
  if (parsed.date > context.today.slice(0, parsed.date.length)) reader.add(column.index, 'birth_date', 'future_date', 'This date of birth is in the future.');
  else if (context.notAfter && parsed.date > context.notAfter.slice(0, parsed.date.length)) reader.add(column.index, 'birth_date', 'out_of_order', 'Born after the date of identification.');
  else return parsed;
  return null;
}

/** An age in whole years, from the age column; null when none. */
export function readAge(reader: RowReader): number | null {
  const column = reader.columnsOf('age')[0];
  if (!column) return null;
  const age = parseAge(reader.cellAt(column.index));
  if (age !== null && typeof age === 'object') {
    reader.add(column.index, 'age', age.problem, CELL_PROBLEM_MESSAGES[age.problem]!);
    return null;
  }
  return age;
}

/** Nationalities, by code or by any name of the country or its people, each once; several may share a cell. */
export function readNationalities(reader: RowReader, lookups: ReferenceLookups): string[] {
  const nationalities: string[] = [];
  for (const { index, text } of reader.textsOf('nationality', { maxLength: 200 })) {
    for (const item of splitList(text)) {
      const code = lookups.country(item);
      if (code) {
        if (!nationalities.includes(code)) nationalities.push(code);
      } else reader.add(index, 'nationality', 'unknown_country', 'Not a country or nationality ctip knows.');
    }
  }
  return nationalities;
}
