import { describe, expect, it } from 'vitest';
import { operationInputSchema } from '@ctip/contracts';
import { breakdownFromIndividuals, checkOperationCounts, emptyBreakdownRow, emptyIndividual, emptyOperationForm, operationErrorPath, toOperationInput, type OperationFormValues } from './operation-form-values';

const base = (): OperationFormValues => emptyOperationForm({ today: '2026-02-10', organisationId: 'police', siteId: 'site-1', reportId: 'report-1' });
const three = () => [
  { ...emptyIndividual(), name: 'សុខ ដារ៉ា', otherName: 'Sok Dara', sex: 'female' as const, nationality: 'KH', age: 19 as const },
  { ...emptyIndividual(), name: 'Nguyễn Văn An', sex: 'male' as const, nationality: 'VN', age: 24 as const },
  { ...emptyIndividual(), name: '王伟', sex: 'male' as const, nationality: 'CN', age: 31 as const },
];

describe('the operation form as the API takes it', () => {
  it('sends three rescued people as persons aged on the day, with the total they make when none is typed', () => {
    const values = { ...base(), individuals: [...three(), emptyIndividual()], receivingOrganisationId: 'shelter' };
    const { input, rowOfIndividual } = toOperationInput(values);
    expect(operationInputSchema.safeParse(input).success).toBe(true);
    expect(rowOfIndividual).toEqual([0, 1, 2]);
    expect(input.rescued).toEqual({ total: 3, breakdown: [] });
    expect(input.individuals?.[0]).toMatchObject({
      names: [{ script: 'khmer', kind: 'legal', full: 'សុខ ដារ៉ា' }, { script: 'latin', kind: 'romanised', full: 'Sok Dara' }],
      sex: 'female',
      birth: { precision: 'age', age: 19, ageAt: '2026-02-10' },
      nationalities: ['KH'],
    });
    expect(input.individuals?.[1]?.names[0]?.script).toBe('vietnamese');
    expect(input.individuals?.[2]?.names[0]?.script).toBe('han');
    expect(input.reportIds).toEqual(['report-1']);
    expect(input.siteStatusCorrectionReason).toBeNull();
  });

  it('builds the counts from the individuals, one cell per nationality, sex and age group', () => {
    const rows = [...three(), { ...emptyIndividual(), sex: 'male' as const, nationality: 'VN', age: 22 as const }];
    const cells = breakdownFromIndividuals(rows).map(({ nationality, sex, ageGroup, count }) => ({ nationality, sex, ageGroup, count }));
    expect(cells).toEqual([
      { nationality: 'KH', sex: 'female', ageGroup: '18-24', count: 1 },
      { nationality: 'VN', sex: 'male', ageGroup: '18-24', count: 2 },
      { nationality: 'CN', sex: 'male', ageGroup: '25-34', count: 1 },
    ]);
  });

  it('finds counts that disagree with the individuals, as the server does', () => {
    const values = { ...base(), individuals: three(), rescued: { total: 2 as const, breakdown: [] } };
    const { input, rowOfIndividual } = toOperationInput(values);
    expect(checkOperationCounts(input, values, rowOfIndividual).map((problem) => [problem.path, problem.code])).toEqual([['individuals', 'counts_disagree']]);
    const cells = { ...base(), individuals: three(), rescued: { total: 3 as const, breakdown: [{ ...emptyBreakdownRow(), nationality: 'KH', sex: 'female' as const, ageGroup: '18-24' as const, count: 3 as const }] } };
    const checked = toOperationInput(cells);
    expect(checkOperationCounts(checked.input, cells, checked.rowOfIndividual).map((problem) => problem.path)).toEqual(['individuals', 'individuals']);
  });

  it('puts errors about a person on the row and field they came from', () => {
    expect(operationErrorPath('individuals.1.names.0.full', [0, 3])).toBe('individuals.3.name');
    expect(operationErrorPath('individuals.0.names.1.full', [2])).toBe('individuals.2.otherName');
    expect(operationErrorPath('individuals.0.birth.ageAt', [0])).toBe('individuals.0.age');
    expect(operationErrorPath('individuals.0.nationalities.0', [1])).toBe('individuals.1.nationality');
    expect(operationErrorPath('individuals.0.sex', [0])).toBe('individuals.0.sex');
    expect(operationErrorPath('rescued.breakdown.2', [])).toBe('rescued.breakdown.2.count');
    expect(operationErrorPath('rescued.total', [])).toBe('rescued.total');
    expect(operationErrorPath('individuals', [])).toBe('individuals');
  });
});
