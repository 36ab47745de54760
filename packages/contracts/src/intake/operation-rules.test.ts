import { describe, expect, it } from 'vitest';
import { checkArrestCounts, checkRescueCounts, type RescueCell } from './operation-rules';

const woman: RescueCell = { nationality: 'VN', sex: 'female', ageGroup: '18-24' };
const man: RescueCell = { nationality: 'TH', sex: 'male', ageGroup: '25-34' };

describe('checkRescueCounts', () => {
  it('accepts counts that include more people than are named', () => {
    expect(checkRescueCounts({ total: 5, breakdown: [{ ...woman, count: 3 }, { ...man, count: 2 }] }, [woman, woman, man])).toEqual([]);
    expect(checkRescueCounts({ total: 3, breakdown: [] }, [woman, man])).toEqual([]);
  });

  it('refuses a breakdown that does not add up to the total', () => {
    const problems = checkRescueCounts({ total: 6, breakdown: [{ ...woman, count: 3 }, { ...man, count: 2 }] }, []);
    expect(problems).toEqual([{ path: 'rescued.total', code: 'counts_disagree', message: 'The counts by nationality, sex and age group add up to 5, but the total rescued is 6.' }]);
  });

  it('refuses more individuals than rescued, or more in a group than the counts record, naming the group', () => {
    expect(checkRescueCounts({ total: 1, breakdown: [] }, [woman, man]).map((problem) => problem.message)).toEqual(['2 people are listed individually, but the rescue count is 1.']);
    const problems = checkRescueCounts({ total: 3, breakdown: [{ ...woman, count: 2 }, { ...man, count: 1 }] }, [woman, woman, woman]);
    expect(problems.map((problem) => problem.message)).toEqual(['3 people listed individually are VN, female, aged 18-24, but the counts record 2.']);
    expect(checkRescueCounts({ total: 3, breakdown: [{ ...woman, count: 3 }] }, [man])[0]?.message).toBe('1 person listed individually is TH, male, aged 25-34, but the counts record 0.');
  });

  it('refuses a group counted twice', () => {
    expect(checkRescueCounts({ total: 2, breakdown: [{ ...woman, count: 1 }, { ...woman, count: 1 }] }, []).map((problem) => problem.code)).toEqual(['duplicate_cell']);
  });
});

describe('checkArrestCounts', () => {
  it('allows arrests of unknown nationality, refuses more by nationality than in total', () => {
    expect(checkArrestCounts({ total: 27, byNationality: [{ nationality: 'CN', count: 20 }] })).toEqual([]);
    expect(checkArrestCounts({ total: 2, byNationality: [{ nationality: 'CN', count: 3 }] }).map((problem) => problem.code)).toEqual(['counts_disagree']);
  });
});
