import { describe, expect, it } from 'vitest';
import { screeningInputSchema, type Person } from '@ctip/contracts';
import { ageOn } from '@ctip/contracts';
import { effectiveAgeAtAct, emptyScreeningForm, previewScreening, toScreeningInput } from './screening-form-values';

const born = (date: string, precision: 'day' | 'month' | 'year' = 'day') => ({ precision, date, age: null, ageAt: null, estimatedYear: Number(date.slice(0, 4)) }) as Person['birth'];

describe('the screening form', () => {
  it('sends only the elements found, each with its evidence', () => {
    const values = emptyScreeningForm('2026-01-10');
    values.acts.recruitment = { found: true, evidence: ' Job offer on Facebook ' };
    values.purposes.forced_labour_or_services = { found: true, evidence: '' };
    values.ageAtAct = 16;
    const input = toScreeningInput(values);
    expect(input.acts).toEqual([{ code: 'recruitment', evidence: 'Job offer on Facebook' }]);
    expect(input.means).toEqual([]);
    expect(input).toMatchObject({ ageAtAct: 16, actDate: null });
    expect(screeningInputSchema.safeParse(input).success).toBe(true);
  });

  it('previews a child as a presumed victim without a means, and an adult as needing further assessment', () => {
    const values = emptyScreeningForm('2026-01-10');
    values.acts.transport = { found: true, evidence: '' };
    values.purposes.sexual_exploitation = { found: true, evidence: '' };
    values.ageAtAct = 15;
    expect(previewScreening(values, null)).toMatchObject({ outcome: 'presumed_victim', isChild: true });
    values.ageAtAct = 30;
    expect(previewScreening(values, null).outcome).toBe('further_assessment');
    values.means.deception = { found: true, evidence: '' };
    expect(previewScreening(values, null).outcome).toBe('presumed_victim');
  });

  it('works out the age at the act from the birth as the server does', () => {
    expect(ageOn(born('2008-06-20'), '2026-06-19')).toBe(17);
    expect(ageOn(born('2008-06-20'), '2026-06-20')).toBe(18);
    // A year-only birth counts as 1 July.
    expect(ageOn(born('2008', 'year'), '2026-06-30')).toBe(17);
    expect(ageOn({ precision: 'age', date: null, age: 15, ageAt: '2024-03-01' }, '2026-01-01')).toBe(17);
    expect(effectiveAgeAtAct({ actDate: '2025-02', ageAtAct: '', screenedOn: '2026-01-10' }, born('2008-02-20'))).toEqual({ age: 16, isFromBirth: true });
    expect(effectiveAgeAtAct({ actDate: '', ageAtAct: 40, screenedOn: '2026-01-10' }, born('2008-02-20'))).toEqual({ age: 40, isFromBirth: false });
    expect(effectiveAgeAtAct({ actDate: '', ageAtAct: '', screenedOn: '2026-01-10' }, null)).toEqual({ age: null, isFromBirth: false });
  });
});
