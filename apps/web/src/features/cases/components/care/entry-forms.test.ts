import { describe, expect, it } from 'vitest';
import { CASE_ENTRY_KINDS, caseEntryInputSchema, CASE_ENTRY_KIND_NAMES } from '@ctip/contracts';
import { emptyEntryForm, ENTRY_FIELDS, entryToForm, toEntryInput } from './entry-forms';

describe('case entry forms', () => {
  it('cover exactly the fields of each kind’s schema', () => {
    for (const kind of CASE_ENTRY_KIND_NAMES) {
      const schemaFields = Object.keys(CASE_ENTRY_KINDS[kind].schema.shape).sort();
      expect(ENTRY_FIELDS[kind].map((field) => field.name).sort(), kind).toEqual(schemaFields);
      expect(Object.keys(toEntryInput(kind, emptyEntryForm(kind, '2026-01-10')).data).sort(), kind).toEqual(schemaFields);
    }
  });

  it('send empty choices and dates as null and text as text', () => {
    const values = emptyEntryForm('repatriation', '2026-01-10');
    values.data.receivedBy = '  Poipet transit centre ';
    const body = toEntryInput('repatriation', values);
    expect(body.data).toMatchObject({ fromCountry: 'TH', toCountry: 'KH', channel: 'government_to_government', agreementId: null, departedOn: null, receivedBy: 'Poipet transit centre', note: '' });
    expect(caseEntryInputSchema.safeParse(body).success).toBe(true);
  });

  it('read a recorded entry back into the form', () => {
    const values = entryToForm('family_tracing', '2025-11-02', { step: 'family_found', outcome: null, note: 'Mother in Prey Veng' });
    expect(values).toEqual({ occurredOn: '2025-11-02', data: { step: 'family_found', outcome: '', note: 'Mother in Prey Veng' } });
  });
});
