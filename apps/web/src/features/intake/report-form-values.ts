import type { z } from 'zod';
import type {
  AllegationType,
  ContactKind,
  DuplicateReason,
  reportDuplicateCheckSchema,
  reportInputSchema,
  ReportChannel,
  ReporterRelationship,
  ReportLinkReason,
  ReportUrgency,
  Sex,
} from '@ctip/contracts';
import { detectScript } from '../persons/person-form-values';

/** One person the report concerns, as the operator types them: everything is optional. */
export interface ReportPersonRow {
  /** A stable key for React while rows are added and removed. */
  key: string;
  name: string;
  nationality: string | null;
  age: number | '';
  sex: Sex;
  contactKind: ContactKind;
  contact: string;
}

/** The intake form's values: the API's shape with text fields as strings. */
export interface ReportFormValues {
  channel: ReportChannel;
  /** `YYYY-MM-DDTHH:mm` in the browser's time zone; empty means "now". */
  receivedAt: string;
  reporter: {
    anonymous: boolean;
    name: string;
    contactKind: ContactKind;
    contact: string;
    relationship: ReporterRelationship | null;
    doNotCallBack: boolean;
  };
  people: ReportPersonRow[];
  /** How many people in all, when more than are listed (or none is named). */
  peopleCount: number | '';
  siteId: string | null;
  provinceCode: string | null;
  placeDetail: string;
  narrative: string;
  types: AllegationType[];
  urgency: ReportUrgency;
}

let rowCounter = 0;

/** An empty person row (sex unknown until said). */
export function emptyPersonRow(): ReportPersonRow {
  rowCounter += 1;
  return { key: `person-${rowCounter}`, name: '', nationality: null, age: '', sex: 'unknown', contactKind: 'phone', contact: '' };
}

/** The form for a new call: a hotline call, received now, normal urgency, one empty person row. */
export function emptyReportForm(): ReportFormValues {
  return {
    channel: 'hotline',
    receivedAt: '',
    reporter: { anonymous: false, name: '', contactKind: 'phone', contact: '', relationship: null, doNotCallBack: false },
    people: [emptyPersonRow()],
    peopleCount: '',
    siteId: null,
    provinceCode: null,
    placeDetail: '',
    narrative: '',
    types: [],
    urgency: 'normal',
  };
}

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Whether a person row says anything at all (empty rows are left out of the report). */
export function isPersonRowFilled(row: ReportPersonRow): boolean {
  return row.name.trim() !== '' || row.nationality !== null || row.age !== '' || row.sex !== 'unknown' || row.contact.trim() !== '';
}

/** A `datetime-local` value (local time) as an ISO timestamp; undefined when empty or unreadable. */
export function localDateTimeToIso(value: string): string | undefined {
  if (value.trim() === '') return undefined;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * The body of `POST /api/reports` from the form, and for each person sent the index of the form
 * row it came from (empty rows are not sent, so the server's `people.2` may be the form's row 3).
 */
export function toReportInput(values: ReportFormValues): { input: z.input<typeof reportInputSchema>; rowOfPerson: number[] } {
  const rowOfPerson: number[] = [];
  const people = values.people.flatMap((row, index) => {
    if (!isPersonRowFilled(row)) return [];
    rowOfPerson.push(index);
    const name = row.name.trim();
    const contact = row.contact.trim();
    return [
      {
        names: name ? [{ script: detectScript(name) ?? 'other', full: name }] : [],
        nationality: row.nationality,
        age: row.age === '' ? null : row.age,
        sex: row.sex,
        contacts: contact ? [{ kind: row.contactKind, value: contact }] : [],
      },
    ];
  });
  const { reporter } = values;
  const contact = reporter.anonymous ? null : blankToNull(reporter.contact);
  const input: z.input<typeof reportInputSchema> = {
    channel: values.channel,
    receivedAt: localDateTimeToIso(values.receivedAt),
    reporter: {
      anonymous: reporter.anonymous,
      name: reporter.anonymous ? null : blankToNull(reporter.name),
      contact: contact ? { kind: reporter.contactKind, value: contact } : null,
      relationship: reporter.relationship,
      doNotCallBack: reporter.doNotCallBack,
    },
    people,
    peopleCount: values.peopleCount === '' ? null : values.peopleCount,
    siteId: values.siteId,
    // With a site, the server takes the province from it.
    provinceCode: values.siteId ? null : values.provinceCode,
    placeDetail: blankToNull(values.placeDetail),
    allegation: { narrative: values.narrative.trim(), types: values.types },
    urgency: values.urgency,
  };
  return { input, rowOfPerson };
}

const SERVER_TO_FORM: Array<[RegExp, string]> = [
  [/^people\.(\d+)\.names(\..*)?$/, 'name'],
  [/^people\.(\d+)\.contacts(\..*)?$/, 'contact'],
  [/^people\.(\d+)\.(nationality|age|sex)$/, '$2'],
];

/**
 * Where a server error belongs in the form: a person's `people.N.names.0.full` on the name of the
 * form row that person came from, `allegation.narrative` on the narrative, `reporter.contact.value`
 * on the reporter's contact.
 */
export function reportErrorPath(path: string, rowOfPerson: readonly number[]): string {
  for (const [pattern, field] of SERVER_TO_FORM) {
    const match = pattern.exec(path);
    if (!match) continue;
    const row = rowOfPerson[Number(match[1])] ?? Number(match[1]);
    return `people.${row}.${field === '$2' ? match[2] : field}`;
  }
  if (path.startsWith('allegation.narrative')) return 'narrative';
  if (path.startsWith('allegation.types')) return 'types';
  if (path.startsWith('reporter.contact')) return 'reporter.contact';
  return path;
}

/** Shortest text worth asking about: one letter, or two digits of a phone number, find too much. */
const MIN_NAME_LENGTH = 2;
const MIN_CONTACT_LENGTH = 4;

/**
 * What the duplicate check is sent while a report is typed: the site, the reporter's contact,
 * the people's names and contacts, the province and the time — only parts long enough to mean
 * something. Null while there is nothing to ask about.
 */
export function toDuplicateCheck(values: ReportFormValues): z.input<typeof reportDuplicateCheckSchema> | null {
  const reporterContact = values.reporter.anonymous ? '' : values.reporter.contact.trim();
  const people = values.people
    .map((row) => ({
      names: row.name.trim().length >= MIN_NAME_LENGTH ? [{ full: row.name.trim().slice(0, 200) }] : [],
      contacts: row.contact.trim().length >= MIN_CONTACT_LENGTH ? [{ kind: row.contactKind, value: row.contact.trim().slice(0, 200) }] : [],
    }))
    .filter((person) => person.names.length > 0 || person.contacts.length > 0)
    .slice(0, 20);
  const provinceCode = values.siteId ? null : values.provinceCode;
  const receivedAt = localDateTimeToIso(values.receivedAt);
  if (!values.siteId && reporterContact.length < MIN_CONTACT_LENGTH && people.length === 0 && !provinceCode) return null;
  return {
    ...(values.siteId ? { siteId: values.siteId } : {}),
    ...(reporterContact.length >= MIN_CONTACT_LENGTH ? { reporterContact: { kind: values.reporter.contactKind, value: reporterContact.slice(0, 200) } } : {}),
    ...(people.length > 0 ? { people } : {}),
    ...(provinceCode ? { provinceCode } : {}),
    ...(receivedAt ? { receivedAt } : {}),
  };
}

// The reason a link is recorded under, from the strongest reason a duplicate was suggested.
const LINK_REASON_BY_STRENGTH: Array<[DuplicateReason, ReportLinkReason]> = [
  ['same_reporter_contact', 'same_reporter'],
  ['same_contact', 'same_people'],
  ['same_people', 'same_people'],
  ['same_site', 'same_site'],
  ['same_place_and_time', 'same_place_and_time'],
];

/** Why a new report is linked to a suggested duplicate, from the reasons it was suggested. */
export function linkReasonOf(reasons: readonly DuplicateReason[]): ReportLinkReason {
  return LINK_REASON_BY_STRENGTH.find(([reason]) => reasons.includes(reason))?.[1] ?? 'other';
}
