import type { z } from 'zod';
import { CASE_ENTRY_KINDS, type caseEntryInputSchema, type CaseEntryKind, type CaseSection } from '@ctip/contracts';
import type { VocabularyName } from '../../vocabulary';

/** One field of an entry form: how it is entered and, for a choice, from which vocabulary. */
export interface EntryFieldSpec {
  name: string;
  type: 'select' | 'text' | 'textarea' | 'date' | 'organisation' | 'country' | 'law';
  vocabulary?: VocabularyName;
  required?: boolean;
}

/** The fields of each kind of case entry, in the order the form shows them. */
export const ENTRY_FIELDS: Record<CaseEntryKind, EntryFieldSpec[]> = {
  assessment: [
    { name: 'type', type: 'select', vocabulary: 'assessmentType', required: true },
    { name: 'safety', type: 'select', vocabulary: 'level' },
    { name: 'health', type: 'select', vocabulary: 'level' },
    { name: 'legal', type: 'select', vocabulary: 'level' },
    { name: 'family', type: 'select', vocabulary: 'level' },
    { name: 'psychosocial', type: 'select', vocabulary: 'level' },
    { name: 'economic', type: 'select', vocabulary: 'level' },
    { name: 'summary', type: 'textarea' },
  ],
  service_plan: [
    { name: 'service', type: 'select', vocabulary: 'service', required: true },
    { name: 'providerOrganisationId', type: 'organisation' },
    { name: 'targetDate', type: 'date' },
    { name: 'goal', type: 'textarea' },
  ],
  service_delivered: [
    { name: 'service', type: 'select', vocabulary: 'service', required: true },
    { name: 'providerOrganisationId', type: 'organisation' },
    { name: 'endedOn', type: 'date' },
    { name: 'note', type: 'textarea' },
  ],
  repatriation: [
    { name: 'fromCountry', type: 'country', required: true },
    { name: 'toCountry', type: 'country', required: true },
    { name: 'channel', type: 'select', vocabulary: 'repatriationChannel', required: true },
    { name: 'agreementId', type: 'law' },
    { name: 'departedOn', type: 'date' },
    { name: 'arrivedOn', type: 'date' },
    { name: 'receivedBy', type: 'text' },
    { name: 'note', type: 'textarea' },
  ],
  family_tracing: [
    { name: 'step', type: 'select', vocabulary: 'familyTracingStep', required: true },
    { name: 'outcome', type: 'select', vocabulary: 'familyTracingOutcome' },
    { name: 'note', type: 'textarea' },
  ],
  reintegration_plan: [
    { name: 'setting', type: 'select', vocabulary: 'reintegrationSetting', required: true },
    { name: 'plannedOn', type: 'date' },
    { name: 'goals', type: 'textarea' },
  ],
};

/** Text fields are sent as text (empty allowed); everything else empty is sent as null. */
const isTextual = (field: EntryFieldSpec) => field.type === 'text' || field.type === 'textarea';

/** An entry form's values: the date, and each field as text ('' for empty). */
export interface EntryFormValues {
  occurredOn: string;
  data: Record<string, string>;
}

/** Empty values of an entry form, dated today (a repatriation from Thailand to Cambodia by default, the commonest). */
export function emptyEntryForm(kind: CaseEntryKind, today: string): EntryFormValues {
  const data = Object.fromEntries(ENTRY_FIELDS[kind].map((field) => [field.name, '']));
  if (kind === 'repatriation') Object.assign(data, { fromCountry: 'TH', toCountry: 'KH', channel: 'government_to_government' });
  return { occurredOn: today, data };
}

/** An entry as form values, to change it. */
export function entryToForm(kind: CaseEntryKind, occurredOn: string, data: Record<string, unknown>): EntryFormValues {
  return { occurredOn, data: Object.fromEntries(ENTRY_FIELDS[kind].map((field) => [field.name, data[field.name] === null || data[field.name] === undefined ? '' : String(data[field.name])])) };
}

/** The body of `POST /api/cases/:id/entries` for a kind and its form values. */
export function toEntryInput(kind: CaseEntryKind, values: EntryFormValues): z.input<typeof caseEntryInputSchema> {
  const data = Object.fromEntries(
    ENTRY_FIELDS[kind].map((field) => {
      const value = values.data[field.name] ?? '';
      return [field.name, isTextual(field) ? value.trim() : value === '' ? null : value];
    }),
  );
  // The data's shape depends on the kind; the contracts' schema checks it before it is sent.
  return { kind, occurredOn: values.occurredOn, data } as z.input<typeof caseEntryInputSchema>;
}

/** The case section each kind of entry belongs to (who may see and record it). */
export function sectionOfEntry(kind: CaseEntryKind): CaseSection {
  return CASE_ENTRY_KINDS[kind].section;
}
