import { describe, expect, it } from 'vitest';
import { personInputSchema, type Person } from '@ctip/contracts';
import { detectScript, emptyPersonForm, personErrorPath, personToForm, toDuplicateCheck, toPersonInput, type PersonFormValues } from './person-form-values';

function filled(): PersonFormValues {
  const values = emptyPersonForm('2026-01-10');
  values.names[0] = { ...values.names[0]!, full: 'សុខ ដារ៉ា', script: 'khmer' };
  values.names[1] = { ...values.names[1]!, full: '', family: 'Sok', given: 'Dara', script: 'latin' };
  values.sex = 'female';
  return values;
}

describe('the person form', () => {
  it('sends names in several scripts, composing a full name from its parts', () => {
    const input = toPersonInput(filled());
    expect(input.names).toEqual([
      { script: 'khmer', kind: 'legal', full: 'សុខ ដារ៉ា', family: null, given: null },
      { script: 'latin', kind: 'legal', full: 'Sok Dara', family: 'Sok', given: 'Dara' },
    ]);
    expect(input.birth).toBeNull();
    expect(personInputSchema.safeParse(input).success).toBe(true);
  });

  it('sends the birth at the precision chosen, and an incomplete one fails the API’s schema', () => {
    const values = filled();
    values.birth = { ...values.birth, precision: 'month', month: '2006-04' };
    expect(toPersonInput(values).birth).toEqual({ precision: 'month', date: '2006-04' });
    values.birth = { ...values.birth, precision: 'age', age: 17, ageAt: '2025-12-01' };
    expect(toPersonInput(values).birth).toEqual({ precision: 'age', age: 17, ageAt: '2025-12-01' });
    values.birth = { ...values.birth, precision: 'age', age: '' };
    expect(personInputSchema.safeParse(toPersonInput(values)).success).toBe(false);
  });

  it('puts an error about the birth date on the field the precision shows', () => {
    const values = filled();
    values.birth.precision = 'year';
    expect(personErrorPath('birth.date', values)).toBe('birth.year');
    values.birth.precision = 'day';
    expect(personErrorPath('birth.date', values)).toBe('birth.date');
    expect(personErrorPath('names.1.full', values)).toBe('names.1.full');
  });

  it('asks about duplicates only with a name of two letters, and only with the valid parts', () => {
    const values = emptyPersonForm('2026-01-10');
    values.names[0]!.full = 'S';
    expect(toDuplicateCheck(values)).toBeNull();
    values.names[0]!.full = 'Sok Dara';
    values.birth = { ...values.birth, precision: 'year', year: '20' };
    values.contacts = [{ key: 'c', kind: 'phone', value: '  012 345 678 ', note: '' }, { key: 'd', kind: 'phone', value: ' ', note: '' }];
    const body = toDuplicateCheck(values);
    expect(body?.names.map((name) => name.full)).toEqual(['Sok Dara']);
    expect(body?.birth).toBeUndefined();
    expect(body?.contacts).toEqual([{ value: '012 345 678' }]);
    expect(body?.nationalities).toEqual(['KH']);
  });

  it('reads a recorded person back into the form', () => {
    const person = {
      names: [{ script: 'han', kind: 'alias', full: '王芳', family: null, given: null }],
      sex: 'female',
      birth: { precision: 'year', date: '1999', age: null, ageAt: null, estimatedYear: 1999 },
      nationalities: ['CN'],
      languages: ['zh'],
      home: { provinceCode: null, district: null, commune: null, village: null },
      documents: null,
      contacts: [{ id: 'x', kind: 'wechat', value: 'wf99', note: null }],
    } as unknown as Person;
    const values = personToForm(person, '2026-01-10');
    expect(values.birth).toMatchObject({ precision: 'year', year: '1999' });
    expect(toPersonInput(values)).toMatchObject({ names: [{ script: 'han', kind: 'alias', full: '王芳' }], documents: [], contacts: [{ kind: 'wechat', value: 'wf99', note: null }] });
  });

  it('recognises the script a name is typed in', () => {
    expect(detectScript('សុខ')).toBe('khmer');
    expect(detectScript('Nguyễn Thị Lan')).toBe('vietnamese');
    expect(detectScript('สมชาย')).toBe('thai');
    expect(detectScript('王芳')).toBe('han');
    expect(detectScript('Sok Dara')).toBe('latin');
    expect(detectScript('  ')).toBeNull();
  });
});
