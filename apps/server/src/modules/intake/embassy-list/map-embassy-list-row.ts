import { ageOn, reportPersonInputSchema, type ContactKind, type DateOrder, type EmbassyListField, type ReportPersonInput } from '@ctip/contracts';
import type { Cell } from '../../case-exchange/import/cell-values';
import type { ReferenceLookups } from '../../case-exchange/import/map-import-row';
import { readAge, readBirthDate, readNames, readNationalities, readSex } from '../../case-exchange/import/person-cells';
import { RowReader, type RowProblem } from '../../case-exchange/import/row-reader';

/** A report holds at most this many names and contacts per person (reportPersonInputSchema). */
const MAX_NAMES = 6;
const MAX_CONTACTS = 6;
const MAX_NOTES = 4000;

/** What one valid row of an embassy's list becomes: a person the report concerns. */
export interface EmbassyListPerson {
  row: number;
  person: ReportPersonInput;
}

/** What mapping a row needs besides its cells. */
export interface EmbassyListRowContext {
  /** Column index → field, for mapped columns only. */
  fields: ReadonlyArray<{ index: number; field: string }>;
  dateOrder: DateOrder;
  today: string;
  lookups: ReferenceLookups;
}

/** How each contact field's cells are split into several values ("012 345 678; 097 765 432"). Handles and profile addresses keep their slashes. */
const CONTACT_FIELDS: ReadonlyArray<{ field: Extract<ContactKind, EmbassyListField>; separators: RegExp }> = [
  { field: 'phone', separators: /\s*[;,/\n]\s*/ },
  { field: 'telegram', separators: /\s*[;,\n]\s*/ },
  { field: 'whatsapp', separators: /\s*[;,/\n]\s*/ },
  { field: 'facebook', separators: /\s*[;\n]\s*/ },
];

/**
 * Maps one row of an embassy's list to a person the report concerns, checking every mapped cell
 * and reporting every problem at once, by column, as the case import does (the same readers:
 * names in any script, sex, date of birth, age, nationality). Contacts are phones, Telegram,
 * WhatsApp and Facebook; the date of birth, passport, last known location, site and notes are
 * kept as the person's details. Messages never quote a cell. Returns the person only when the row
 * has no error (warnings allowed), and its passport number for the checks across rows.
 */
export function mapEmbassyListRow(cells: readonly Cell[], row: number, context: EmbassyListRowContext): { mapped: EmbassyListPerson | null; problems: RowProblem[]; passport: string | null } {
  const reader = new RowReader<EmbassyListField>(cells, row, context.fields);

  const names: ReportPersonInput['names'] = [];
  for (const name of readNames(reader)) if (!names.some((other) => other.full === name.full)) names.push({ script: name.script, full: name.full });
  if (names.length > MAX_NAMES) reader.add(null, 'alias', 'too_many_names', `More than ${MAX_NAMES} names for one person.`);

  const sex = readSex(reader);
  const birth = readBirthDate(reader, { dateOrder: context.dateOrder, today: context.today, notAfter: null });
  // The one rule of age from a birth at any precision (a year alone counts from mid-year), as everywhere in ctip.
  let age = birth ? ageOn({ ...birth, age: null, ageAt: null }, context.today) : readAge(reader);
  if (age !== null && (age < 0 || age > 120)) age = null;

  const nationalities = readNationalities(reader, context.lookups);
  if (nationalities.length > 1) reader.add(reader.columnsOf('nationality')[0]?.index ?? null, 'nationality', 'first_nationality_kept', 'Several nationalities: the report keeps the first.', 'warning');

  // Contacts: text, numbers allowed (a spreadsheet turns phone numbers into numbers).
  const contacts: ReportPersonInput['contacts'] = [];
  for (const { field, separators } of CONTACT_FIELDS) {
    for (const { text } of reader.textsOf(field, { maxLength: 200, allowNumbers: true, handles: field !== 'phone' })) {
      for (const value of text.split(separators).filter(Boolean)) contacts.push({ kind: field, value });
    }
  }
  if (contacts.length > MAX_CONTACTS) reader.add(null, 'phone', 'too_many_contacts', `More than ${MAX_CONTACTS} telephone numbers and accounts for one person.`);

  const passport = reader.firstText('passport', 60, true)?.text ?? null;
  const notes = reader.textsOf('notes', { maxLength: MAX_NOTES }).map(({ text }) => text).join('\n');
  if (notes.length > MAX_NOTES) reader.add(null, 'notes', 'too_long', `The notes together are longer than ${MAX_NOTES} characters.`);
  const details = {
    birthDate: birth?.date ?? null,
    passport,
    lastKnownLocation: reader.firstText('last_known_location', 500)?.text ?? null,
    siteName: reader.firstText('site_name', 200, true)?.text ?? null,
    notes: notes || null,
  };

  if (reader.hasError()) return { mapped: null, problems: reader.problems, passport };
  // The schema the API enforces, as a last check (lengths, codes): nothing the API would refuse is imported.
  const checked = reportPersonInputSchema.safeParse({ names, nationality: nationalities[0] ?? null, age, sex, contacts, details });
  if (!checked.success) {
    for (const issue of checked.error.issues) reader.add(null, null, 'invalid', `The row gives an invalid ${issue.path.join('.') || 'person'}.`);
    return { mapped: null, problems: reader.problems, passport };
  }
  return { mapped: { row, person: checked.data }, problems: reader.problems, passport };
}
