import { describe, expect, it } from 'vitest';
import { ageOn, type EmbassyListField } from '@ctip/contracts';
import { createReferenceLookups } from '../../case-exchange/import/map-import-row';
import { detectHeaderRow, proposeColumns } from '../../case-exchange/import/propose-mapping';
import { EMBASSY_LIST_VOCABULARY } from './embassy-list-vocabulary';
import { mapEmbassyListRow } from './map-embassy-list-row';

const KNOWN = new Set(['KH', 'ID', 'TH', 'VN', 'CN', 'MM']);
const context = (fields: EmbassyListField[]) => ({ fields: fields.map((field, index) => ({ index, field })), dateOrder: 'day_first' as const, today: '2026-11-21', lookups: createReferenceLookups(KNOWN) });

describe('mapping a row of an embassy’s list', () => {
  it('keeps each name once, in its script, and family and given names as one name', () => {
    const { mapped, problems } = mapEmbassyListRow(['Nguyễn Thị Lan', 'Nguyễn Thị Lan', 'Nguyen', 'Thi Lan', 'Lan'], 3, context(['full_name', 'latin_name', 'family_name', 'given_name', 'alias']));
    expect(problems).toEqual([]);
    expect(mapped!.person.names).toEqual([
      { script: 'vietnamese', full: 'Nguyễn Thị Lan' },
      { script: 'latin', full: 'Nguyen Thi Lan' },
      { script: 'latin', full: 'Lan' },
    ]);
  });

  it('turns a date of birth into an age today, at the precision it is known, and keeps the date as a detail', () => {
    expect(ageOn({ precision: 'day', date: '2000-11-22', age: null, ageAt: null }, '2026-11-21')).toBe(25);
    expect(ageOn({ precision: 'day', date: '2000-11-21', age: null, ageAt: null }, '2026-11-21')).toBe(26);
    expect(ageOn({ precision: 'month', date: '2000-12', age: null, ageAt: null }, '2026-11-21')).toBe(25);
    expect(ageOn({ precision: 'year', date: '2000', age: null, ageAt: null }, '2026-11-21')).toBe(26);
    const { mapped } = mapEmbassyListRow(['Aung Aung', '03/2001', '40'], 2, context(['full_name', 'birth_date', 'age']));
    expect(mapped!.person).toMatchObject({ age: 25, details: { birthDate: '2001-03' } });
    expect(mapEmbassyListRow(['Aung Aung', null, '40 years'], 2, context(['full_name', 'birth_date', 'age'])).mapped!.person.age).toBe(40);
  });

  it('reads contacts of four kinds, splitting cells, and takes handles beginning with @ as written', () => {
    const { mapped, problems } = mapEmbassyListRow(['Somchai Dee', '012 345 678 / 097 765 432', '@somchai_d', '+66 81 234 5678', 'facebook.com/somchai.dee'], 2, context(['full_name', 'phone', 'telegram', 'whatsapp', 'facebook']));
    expect(problems).toEqual([]);
    expect(mapped!.person.contacts).toEqual([
      { kind: 'phone', value: '012 345 678' },
      { kind: 'phone', value: '097 765 432' },
      { kind: 'telegram', value: '@somchai_d' },
      { kind: 'whatsapp', value: '+66 81 234 5678' },
      { kind: 'facebook', value: 'facebook.com/somchai.dee' },
    ]);
    expect(mapEmbassyListRow(['X Y', '1;2;3;4;5;6;7'], 9, context(['full_name', 'phone'])).problems.map((problem) => [problem.row, problem.code])).toEqual([[9, 'too_many_contacts']]);
    expect(mapEmbassyListRow(['X Y', '@SUM(A1)'], 9, context(['full_name', 'phone'])).problems.map((problem) => problem.code)).toEqual(['formula_kept_as_text']);
  });

  it('keeps the first of several nationalities, with a warning, and joins notes of several columns', () => {
    const { mapped, problems } = mapEmbassyListRow(['Ko Ko', 'Myanmar; Thailand', 'Seen in May', 'Asked family for money'], 4, context(['full_name', 'nationality', 'notes', 'notes']));
    expect(problems.map((problem) => [problem.column, problem.code, problem.severity])).toEqual([[1, 'first_nationality_kept', 'warning']]);
    expect(mapped!.person).toMatchObject({ nationality: 'MM', details: { notes: 'Seen in May\nAsked family for money', passport: null } });
  });

  it('proposes fields from headers in English, Khmer, Indonesian, Thai, Vietnamese and Chinese, and numbered repeats', () => {
    const rows = [
      ['Daftar WNI', null, null, null, null, null, null, null, null],
      ['Nama Lengkap', 'Jenis Kelamin', 'Tanggal Lahir', 'Nomor Paspor', 'No HP', 'No HP 2', 'Lokasi Terakhir', 'Perusahaan', 'Keterangan'],
      ['Siti', 'P', '1999', 'C1234567', '0812', '0813', 'Bavet', 'KK', 'x'],
    ];
    expect(detectHeaderRow(rows, EMBASSY_LIST_VOCABULARY)).toBe(2);
    expect(proposeColumns(rows, 2, EMBASSY_LIST_VOCABULARY).map((column) => column.proposedField)).toEqual(['full_name', 'sex', 'birth_date', 'passport', 'phone', 'phone', 'last_known_location', 'site_name', 'notes']);
    const others = [['ชื่อ', 'สัญชาติ', 'หนังสือเดินทาง', 'số điện thoại', '护照号码', 'ទីតាំង', 'Telegram', 'WhatsApp', 'Facebook'], ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']];
    expect(proposeColumns(others, 1, EMBASSY_LIST_VOCABULARY).map((column) => column.proposedField)).toEqual(['full_name', 'nationality', 'passport', 'phone', null, 'last_known_location', 'telegram', 'whatsapp', 'facebook']);
  });
});
