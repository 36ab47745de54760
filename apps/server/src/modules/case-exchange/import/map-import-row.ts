import { findCountry, findProvince } from '@ctip/country-kh';
import {
  personInputSchema,
  type ConsentMethod,
  type DateOrder,
  type ExploitationSector,
  type ExploitationType,
  type ImportField,
  type PersonInput,
} from '@ctip/contracts';
import { cellText, parsePartialDate, splitList, type Cell } from './cell-values';
import { CONSENT_WORDS, EXPLOITATION_TYPE_WORDS, SECTOR_WORDS, lookupKey } from './import-vocabulary';
import { CELL_PROBLEM_MESSAGES, readAge, readBirthDate, readNames, readNationalities, readSex } from './person-cells';
import { RowReader, type RowProblem } from './row-reader';

export type { RowProblem } from './row-reader';

/** What one valid row becomes: a person, and the facts of the case opened for them. */
export interface MappedRow {
  row: number;
  person: PersonInput;
  openedOn: string;
  exploitationTypes: ExploitationType[];
  sectors: ExploitationSector[];
  externalIds: { mosvyCaseNumber: string | null; primeroId: string | null; oscarId: string | null };
  /** A consent to record data, when the sheet says one was given. */
  consent: { method: ConsentMethod; statedAsYes: boolean } | null;
}

/** Cached look-ups of places and countries: a sheet repeats the same few thousand times. */
export interface ReferenceLookups {
  province(text: string): string | undefined;
  country(text: string): string | undefined;
}

/** Names for Cambodia that are not in the country pack because they name the people, not the state. */
const EXTRA_COUNTRY_NAMES: Record<string, string> = { khmer: 'KH', ខ្មែរ: 'KH', កម្ពុជា: 'KH', kampuchea: 'KH' };

/**
 * Look-ups through the country pack (findProvince, findCountry), remembered per distinct text.
 * A bare number 1–25 is read as a province's NIS code, which ISO 3166-2:KH follows.
 */
export function createReferenceLookups(knownCountries: ReadonlySet<string>): ReferenceLookups {
  const provinces = new Map<string, string | undefined>();
  const countries = new Map<string, string | undefined>();
  return {
    province(text) {
      if (!provinces.has(text)) {
        const number = /^\s*0*(\d{1,2})\s*$/.exec(text);
        provinces.set(text, number ? (Number(number[1]) >= 1 && Number(number[1]) <= 25 ? `KH-${Number(number[1])}` : undefined) : findProvince(text)?.code);
      }
      return provinces.get(text);
    },
    country(text) {
      if (!countries.has(text)) {
        const code = EXTRA_COUNTRY_NAMES[lookupKey(text)] ?? findCountry(text)?.alpha2;
        countries.set(text, code && knownCountries.has(code) ? code : undefined);
      }
      return countries.get(text);
    },
  };
}

/** What mapping a row needs besides its cells. */
export interface RowContext {
  /** Column index → field, for mapped columns only. */
  fields: ReadonlyArray<{ index: number; field: ImportField }>;
  dateOrder: DateOrder;
  today: string;
  lookups: ReferenceLookups;
}

/**
 * Maps one spreadsheet row to a person and a screening-pending case, checking every mapped cell
 * and reporting every problem at once, by column. Cells are read as text and never evaluated;
 * those that begin like a formula are kept as text and flagged. Messages never quote a cell.
 * Returns the mapped row only when the row has no error (warnings allowed).
 */
export function mapImportRow(cells: readonly Cell[], row: number, context: RowContext): { mapped: MappedRow | null; problems: RowProblem[]; externalIds: MappedRow['externalIds'] } {
  const reader = new RowReader<ImportField>(cells, row, context.fields);
  const { problems } = reader;

  // Names, in any script; parts attach to the name written in their script.
  const names = readNames(reader);
  if (names.length > 12) reader.add(null, 'alias', 'too_many_names', 'More than 12 names for one person.');

  const sex = readSex(reader);

  // The date the person was identified opens the case: a full date (a month is completed to its first day, flagged).
  let openedOn: string | null = null;
  const openedColumn = reader.columnsOf('identified_on')[0];
  if (openedColumn) {
    const parsed = parsePartialDate(cells[openedColumn.index] ?? null, context.dateOrder);
    if (parsed === null) reader.add(openedColumn.index, 'identified_on', 'required', 'The date the person was identified is missing; the case opens on it.');
    else if ('problem' in parsed) reader.add(openedColumn.index, 'identified_on', parsed.problem, CELL_PROBLEM_MESSAGES[parsed.problem]!);
    else if (parsed.precision === 'year') reader.add(openedColumn.index, 'identified_on', 'date_too_vague', 'Only a year: give at least the month the person was identified.');
    else {
      openedOn = parsed.precision === 'day' ? parsed.date : `${parsed.date}-01`;
      if (parsed.precision === 'month') reader.add(openedColumn.index, 'identified_on', 'month_completed', 'Only the month is known; the case opens on its first day.', 'warning');
      if (openedOn > context.today) reader.add(openedColumn.index, 'identified_on', 'future_date', 'This date is in the future.');
    }
  } else {
    reader.add(null, 'identified_on', 'required', 'No column holds the date the person was identified.');
  }

  // Birth at whatever precision is known; an age (at identification) when no date is given.
  const birthDate = readBirthDate(reader, { dateOrder: context.dateOrder, today: context.today, notAfter: openedOn });
  let birth: PersonInput['birth'] = birthDate ? ({ precision: birthDate.precision, date: birthDate.date } as PersonInput['birth']) : null;
  if (birth === null) {
    const age = readAge(reader);
    if (age !== null) birth = { precision: 'age', age, ageAt: openedOn ?? context.today };
  }

  // Nationalities and home province, by code or by any name or spelling.
  const nationalities = readNationalities(reader, context.lookups);
  if (nationalities.length > 4) reader.add(null, 'nationality', 'too_many_nationalities', 'More than four nationalities.');
  let provinceCode: string | null = null;
  const province = reader.firstText('home_province', 200, true);
  if (province) {
    provinceCode = context.lookups.province(province.text) ?? null;
    if (!provinceCode) reader.add(province.index, 'home_province', 'unknown_province', 'Not one of Cambodia’s 25 provinces (by code, number or any spelling).');
  }

  // Identifiers and contacts: text, numbers allowed (a spreadsheet turns them into numbers).
  const contacts = reader.textsOf('phone', { maxLength: 200, allowNumbers: true }).flatMap(({ text }) => text.split(/\s*[;,/\n]\s*/).filter(Boolean).map((value) => ({ kind: 'phone' as const, value })));
  if (contacts.length > 12) reader.add(null, 'phone', 'too_many_contacts', 'More than 12 telephone numbers.');
  const documents: PersonInput['documents'] = [];
  const nationalId = reader.firstText('national_id', 60, true);
  if (nationalId) documents.push({ type: 'national_id', number: nationalId.text, issuingCountry: 'KH', heldByOthers: false });
  const passport = reader.firstText('passport', 60, true);
  if (passport) documents.push({ type: 'passport', number: passport.text, issuingCountry: nationalities[0] ?? null, heldByOthers: false });

  // Exploitation: each item must be a form or sector ctip knows.
  const exploitationTypes: ExploitationType[] = [];
  for (const { index, text } of reader.textsOf('exploitation_type', { maxLength: 500 })) {
    for (const item of splitList(text)) {
      const code = EXPLOITATION_TYPE_WORDS.get(lookupKey(item));
      if (code) {
        if (!exploitationTypes.includes(code)) exploitationTypes.push(code);
      } else reader.add(index, 'exploitation_type', 'unknown_exploitation_type', 'Not a form of exploitation ctip knows (sexual exploitation, forced labour, forced criminality, forced marriage, begging, domestic servitude, illegal adoption, organ removal, debt bondage).');
    }
  }
  const sectors: ExploitationSector[] = [];
  for (const { index, text } of reader.textsOf('sector', { maxLength: 500 })) {
    for (const item of splitList(text)) {
      const code = SECTOR_WORDS.get(lookupKey(item));
      if (code) {
        if (!sectors.includes(code)) sectors.push(code);
      } else reader.add(index, 'sector', 'unknown_sector', 'Not a sector ctip knows (fishing, construction, factory, agriculture, entertainment, domestic work, scam compound, brick kiln, tourism, begging, other).');
    }
  }

  const externalId = (field: 'mosvy_case_number' | 'primero_id' | 'oscar_id') => reader.firstText(field, 60, true)?.text ?? null;
  const externalIds = { mosvyCaseNumber: externalId('mosvy_case_number'), primeroId: externalId('primero_id'), oscarId: externalId('oscar_id') };

  let consent: MappedRow['consent'] = null;
  for (const { index } of reader.columnsOf('consent_data_recording')) {
    const cell = cells[index] ?? null;
    const text = typeof cell === 'boolean' ? String(cell) : cellText(cell);
    if (text === null) continue;
    const word = CONSENT_WORDS.get(lookupKey(text));
    if (!word) reader.add(index, 'consent_data_recording', 'unknown_consent', 'Not a consent ctip can read (yes, no, written, thumbprint, verbal, guardian).');
    else if (word === 'yes') consent = { method: 'written', statedAsYes: true };
    else if (word !== 'no') consent = { method: word, statedAsYes: false };
  }

  const home = { provinceCode, district: reader.firstText('home_district', 120)?.text ?? null, commune: reader.firstText('home_commune', 120)?.text ?? null, village: reader.firstText('home_village', 120)?.text ?? null };
  const candidate = { names, sex, birth, nationalities, languages: [] as string[], home, documents, contacts };
  if (problems.some((problem) => problem.severity === 'error')) return { mapped: null, problems, externalIds };
  // The schema the API enforces, as a last check (lengths, codes): nothing the API would refuse is imported.
  const checked = personInputSchema.safeParse(candidate);
  if (!checked.success) {
    for (const issue of checked.error.issues) reader.add(null, null, 'invalid', `The row gives an invalid ${issue.path.join('.') || 'person'}.`);
    return { mapped: null, problems, externalIds };
  }
  return { mapped: { row, person: checked.data, openedOn: openedOn!, exploitationTypes, sectors, externalIds, consent }, problems, externalIds };
}
