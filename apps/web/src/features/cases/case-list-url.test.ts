import { describe, expect, it } from 'vitest';
import { isCaseListFiltered, NO_CASE_FILTERS, readCaseListFilters, writeCaseListFilters } from './case-list-url';

describe('case list filters in the address', () => {
  it('round-trip every filter, leaving defaults out', () => {
    const filters = { ...NO_CASE_FILTERS, stage: 'in_care' as const, province: 'KH-18', nationality: 'VN', overdue: true, assignedToMe: true, sort: 'case_number' as const, page: 3 };
    const params = writeCaseListFilters(filters);
    expect(params.toString()).toBe('stage=in_care&nationality=VN&province=KH-18&overdue=true&assignedToMe=true&sort=case_number&page=3');
    expect(readCaseListFilters(params)).toEqual(filters);
    expect(writeCaseListFilters(NO_CASE_FILTERS).toString()).toBe('');
  });

  it('ignore anything that is not a known code, and never read typed text', () => {
    const filters = readCaseListFilters(new URLSearchParams('stage=nonsense&province=Phnom%20Penh&nationality=vn&sex=female&page=-2&pageSize=5000&search=Sok%20Dara'));
    expect(filters).toEqual({ ...NO_CASE_FILTERS, sex: 'female' });
    expect(Object.keys(filters)).not.toContain('search');
  });

  it('say whether the list is narrowed (sorting and paging do not narrow it)', () => {
    expect(isCaseListFiltered({ ...NO_CASE_FILTERS, sort: 'opened_asc', page: 4 })).toBe(false);
    expect(isCaseListFiltered({ ...NO_CASE_FILTERS, overdue: true })).toBe(true);
  });
});
