import type { z } from 'zod';
import {
  birthInputSchema,
  contactInputSchema,
  documentInputSchema,
  homeInputSchema,
  type ContactKind,
  type DocumentType,
  type duplicateCheckInputSchema,
  type NameKind,
  type NameScript,
  type Person,
  type PersonInput,
  type personInputSchema,
  type Sex,
} from '@ctip/contracts';

/** How precisely the birth is known in the form; `unknown` sends no birth at all. */
export type BirthPrecisionChoice = 'unknown' | 'day' | 'month' | 'year' | 'age';

/** One name row of the person form. */
export interface NameRow {
  /** A stable key for React while rows are added and removed. */
  key: string;
  script: NameScript;
  /** The user chose the script: typing no longer changes it. */
  isScriptChosen: boolean;
  kind: NameKind;
  full: string;
  family: string;
  given: string;
}

/** The person form's values: the API's shape, with text fields as strings and the birth split by precision. */
export interface PersonFormValues {
  names: NameRow[];
  sex: Sex | '';
  birth: { precision: BirthPrecisionChoice; date: string; month: string; year: string; age: number | ''; ageAt: string };
  nationalities: string[];
  languages: string[];
  home: { provinceCode: string | null; district: string; commune: string; village: string };
  documents: Array<{ key: string; type: DocumentType; number: string; issuingCountry: string | null; heldByOthers: boolean }>;
  contacts: Array<{ key: string; kind: ContactKind; value: string; note: string }>;
}

let rowCounter = 0;
/** A fresh key for a new row. */
export function newRowKey(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

/** An empty name row (Khmer first: most survivors in ctip are Cambodian). */
export function emptyNameRow(script: NameScript = 'khmer'): NameRow {
  return { key: newRowKey(), script, isScriptChosen: false, kind: 'legal', full: '', family: '', given: '' };
}

/** An empty person form: one name in Khmer script and one in Latin, birth unknown. */
export function emptyPersonForm(today: string): PersonFormValues {
  return {
    names: [emptyNameRow('khmer'), emptyNameRow('latin')],
    sex: '',
    birth: { precision: 'unknown', date: '', month: '', year: '', age: '', ageAt: today },
    nationalities: ['KH'],
    languages: ['km'],
    home: { provinceCode: null, district: '', commune: '', village: '' },
    documents: [],
    contacts: [],
  };
}

/** A person's identity as form values, to correct it. */
export function personToForm(person: Person, today: string): PersonFormValues {
  const birth = person.birth;
  return {
    names: person.names.map((name) => ({ key: newRowKey(), script: name.script, isScriptChosen: true, kind: name.kind, full: name.full, family: name.family ?? '', given: name.given ?? '' })),
    sex: person.sex,
    birth: {
      precision: birth ? birth.precision : 'unknown',
      date: birth?.precision === 'day' ? (birth.date ?? '') : '',
      month: birth?.precision === 'month' ? (birth.date ?? '') : '',
      year: birth?.precision === 'year' ? (birth.date ?? '') : '',
      age: birth?.precision === 'age' && birth.age !== null ? birth.age : '',
      ageAt: birth?.precision === 'age' && birth.ageAt ? birth.ageAt : today,
    },
    nationalities: person.nationalities,
    languages: person.languages,
    home: { provinceCode: person.home.provinceCode, district: person.home.district ?? '', commune: person.home.commune ?? '', village: person.home.village ?? '' },
    documents: (person.documents ?? []).map((document) => ({ key: newRowKey(), type: document.type, number: document.number, issuingCountry: document.issuingCountry, heldByOthers: document.heldByOthers })),
    contacts: (person.contacts ?? []).map((contact) => ({ key: newRowKey(), kind: contact.kind, value: contact.value, note: contact.note ?? '' })),
  };
}

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** A name's full form: as typed, or else its family and given parts joined (family first, as Khmer names are written). */
export function fullNameOf(row: Pick<NameRow, 'full' | 'family' | 'given'>): string {
  return row.full.trim() || [row.family.trim(), row.given.trim()].filter(Boolean).join(' ');
}

/** The birth the form describes, in the API's shape (null when unknown). */
export function birthOf(birth: PersonFormValues['birth']): PersonInput['birth'] {
  switch (birth.precision) {
    case 'day':
      return { precision: 'day', date: birth.date };
    case 'month':
      return { precision: 'month', date: birth.month };
    case 'year':
      return { precision: 'year', date: birth.year.trim() };
    case 'age':
      return { precision: 'age', age: birth.age === '' ? Number.NaN : birth.age, ageAt: birth.ageAt };
    default:
      return null;
  }
}

/** The body of `POST /api/persons` (and `PUT`) from the form's values. */
export function toPersonInput(values: PersonFormValues): z.input<typeof personInputSchema> {
  return {
    names: values.names.map((row) => ({ script: row.script, kind: row.kind, full: fullNameOf(row), family: blankToNull(row.family), given: blankToNull(row.given) })),
    sex: values.sex as Sex,
    birth: birthOf(values.birth),
    nationalities: values.nationalities,
    languages: values.languages,
    home: { provinceCode: values.home.provinceCode, district: blankToNull(values.home.district), commune: blankToNull(values.home.commune), village: blankToNull(values.home.village) },
    documents: values.documents.map((document) => ({ type: document.type, number: document.number.trim(), issuingCountry: document.issuingCountry, heldByOthers: document.heldByOthers })),
    contacts: values.contacts.map((contact) => ({ kind: contact.kind, value: contact.value.trim(), note: blankToNull(contact.note) })),
  };
}

/**
 * Where a server error about the birth belongs in the form: the API has one `birth.date` for
 * a day, a month or a year, which the form keeps in three fields.
 */
export function personErrorPath(path: string, values: PersonFormValues): string {
  if (path !== 'birth.date') return path;
  if (values.birth.precision === 'month') return 'birth.month';
  if (values.birth.precision === 'year') return 'birth.year';
  return path;
}

/** Shortest name worth asking about: one letter finds too much. */
const MIN_NAME_LENGTH = 2;

/**
 * What the duplicate check is sent while the person is typed: every part that is already valid
 * (names of at least two letters, a complete birth, identifiers), nothing half-typed. Null while
 * no name is long enough to ask about.
 */
export function toDuplicateCheck(values: PersonFormValues): z.input<typeof duplicateCheckInputSchema> | null {
  const names = values.names
    .map((row) => ({ script: row.script, kind: row.kind, full: fullNameOf(row), family: blankToNull(row.family), given: blankToNull(row.given) }))
    .filter((name) => name.full.length >= MIN_NAME_LENGTH)
    .map((name) => ({ ...name, full: name.full.slice(0, 200), family: name.family?.slice(0, 100) ?? null, given: name.given?.slice(0, 100) ?? null }));
  if (names.length === 0) return null;
  const birth = birthInputSchema.safeParse(birthOf(values.birth));
  const home = homeInputSchema.safeParse({ provinceCode: values.home.provinceCode });
  const documents = values.documents.filter((document) => documentInputSchema.shape.number.safeParse(document.number).success).map((document) => ({ number: document.number.trim() }));
  const contacts = values.contacts.filter((contact) => contactInputSchema.shape.value.safeParse(contact.value).success).map((contact) => ({ value: contact.value.trim() }));
  return {
    names,
    ...(values.sex ? { sex: values.sex } : {}),
    ...(birth.success ? { birth: birth.data } : {}),
    ...(values.nationalities.length > 0 ? { nationalities: values.nationalities.slice(0, 4) } : {}),
    ...(home.success && values.home.provinceCode ? { home: { provinceCode: values.home.provinceCode } } : {}),
    ...(documents.length > 0 ? { documents } : {}),
    ...(contacts.length > 0 ? { contacts } : {}),
  };
}

// Letters only Vietnamese uses among Latin scripts (ơ, ư, đ, ă and tone marks on them).
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

/** The script a name is typed in, guessed from its letters (null when nothing is typed). */
export function detectScript(text: string): NameScript | null {
  if (/[\u1780-\u17FF\u19E0-\u19FF]/.test(text)) return 'khmer';
  if (/[\u0E00-\u0E7F]/.test(text)) return 'thai';
  if (/[\u3400-\u9FFF\uF900-\uFAFF]/.test(text)) return 'han';
  if (VIETNAMESE.test(text)) return 'vietnamese';
  if (/[A-Za-z\u00C0-\u024F]/.test(text)) return 'latin';
  if (/\p{L}/u.test(text)) return 'other';
  return null;
}
