import { describe, expect, it } from 'vitest';
import type { ImportField } from '@ctip/contracts';
import { createReferenceLookups, mapImportRow } from './map-import-row';

const KNOWN = new Set(['KH', 'TH', 'VN', 'CN', 'ID']);
const context = (fields: ImportField[]) => ({ fields: fields.map((field, index) => ({ index, field })), dateOrder: 'day_first' as const, today: '2026-11-21', lookups: createReferenceLookups(KNOWN) });

describe('mapping a legacy row', () => {
  it('assembles names in their scripts, attaching family and given names to the name written in theirs', () => {
    const { mapped, problems } = mapImportRow(['ជា សុខា', 'Chea', 'Sokha', 'A Pov', '2026-01-05'], 2, context(['khmer_name', 'family_name', 'given_name', 'alias', 'identified_on']));
    expect(problems).toEqual([]);
    expect(mapped!.person.names).toEqual([
      { script: 'khmer', kind: 'legal', full: 'ជា សុខា' },
      { script: 'latin', kind: 'romanised', full: 'Chea Sokha', family: 'Chea', given: 'Sokha' },
      { script: 'latin', kind: 'alias', full: 'A Pov' },
    ]);
  });

  it('reads an age as an age at identification when no date of birth is given, and a province by its NIS number', () => {
    const { mapped } = mapImportRow(['Sok Dara', '17 years', '12', '2026-02-01'], 2, context(['full_name', 'age', 'home_province', 'identified_on']));
    expect(mapped!.person.birth).toEqual({ precision: 'age', age: 17, ageAt: '2026-02-01' });
    expect(mapped!.person.home.provinceCode).toBe('KH-12');
  });

  it('reads lists of exploitation types and sectors in English, Khmer and HTCDS terms', () => {
    const { mapped, problems } = mapImportRow(['Keo Bopha', 'ForcedLabour; ការកេងប្រវ័ញ្ចផ្លូវភេទ', 'C_Manufacturing / ឡឥដ្ឋ', '2026-02-01'], 2, context(['full_name', 'exploitation_type', 'sector', 'identified_on']));
    expect(problems).toEqual([]);
    expect(mapped!.exploitationTypes).toEqual(['forced_labour', 'sexual_exploitation']);
    expect(mapped!.sectors).toEqual(['factory', 'brick_kiln']);
  });

  it('takes nationalities by code, name or demonym, phones split on separators, and legacy numbers as text', () => {
    const { mapped } = mapImportRow(['Nguyễn Văn Nam', 'Vietnamese / Khmer', '012 345 678; 097 765 4321', 55123, 'MOSVY-1', '2026-03-01', 'thumbprint'], 2, context(['full_name', 'nationality', 'phone', 'primero_id', 'mosvy_case_number', 'identified_on', 'consent_data_recording']));
    expect(mapped!.person.nationalities).toEqual(['VN', 'KH']);
    expect(mapped!.person.names[0]!.script).toBe('vietnamese');
    expect(mapped!.person.contacts.map((contact) => contact.value)).toEqual(['012 345 678', '097 765 4321']);
    expect(mapped!.externalIds).toEqual({ mosvyCaseNumber: 'MOSVY-1', primeroId: '55123', oscarId: null });
    expect(mapped!.consent).toEqual({ method: 'thumbprint', statedAsYes: false });
  });

  it('refuses countries the reference data does not know, and completes a month of identification to its first day with a warning', () => {
    const { mapped, problems } = mapImportRow(['Ly Dara', 'Atlantis', '03/2026'], 7, context(['full_name', 'nationality', 'identified_on']));
    expect(mapped).toBeNull();
    expect(problems.map((problem) => [problem.row, problem.column, problem.code, problem.severity])).toEqual([
      [7, 2, 'month_completed', 'warning'],
      [7, 1, 'unknown_country', 'error'],
    ]);
  });
});
