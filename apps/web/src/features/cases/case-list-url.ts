import { AGE_GROUPS, CASE_STAGES, EXPLOITATION_TYPES, LIMITS, SEXES, type AgeGroup, type CaseStage, type ExploitationType, type Sex } from '@ctip/contracts';
import { CASE_SORTS, type CaseSort } from './api';

/** The case list's filters, sorting and page: everything of its state that may sit in the address. */
export interface CaseListFilters {
  stage: CaseStage | null;
  exploitationType: ExploitationType | null;
  sex: Sex | null;
  ageGroup: AgeGroup | null;
  nationality: string | null;
  province: string | null;
  overdue: boolean;
  assignedToMe: boolean;
  sort: CaseSort;
  page: number;
  pageSize: number;
}

/** No filter, newest change first, first page. */
export const NO_CASE_FILTERS: CaseListFilters = {
  stage: null,
  exploitationType: null,
  sex: null,
  ageGroup: null,
  nationality: null,
  province: null,
  overdue: false,
  assignedToMe: false,
  sort: 'updated_desc',
  page: 1,
  pageSize: LIMITS.pageSizeDefault,
};

const oneOf = <Code extends string>(codes: readonly Code[], value: string | null): Code | null => (value !== null && (codes as readonly string[]).includes(value) ? (value as Code) : null);
const positive = (value: string | null, fallback: number, max: number) => {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 && number <= max ? number : fallback;
};

/**
 * Reads the filters from the address (`?stage=in_care&province=KH-18&overdue=true`). Only codes
 * are read — anything unknown is ignored, never sent on. Typed search text is never in the
 * address (it may name a person); it lives in memory only.
 */
export function readCaseListFilters(params: URLSearchParams): CaseListFilters {
  return {
    stage: oneOf(CASE_STAGES, params.get('stage')),
    exploitationType: oneOf(EXPLOITATION_TYPES, params.get('exploitationType')),
    sex: oneOf(SEXES, params.get('sex')),
    ageGroup: oneOf(AGE_GROUPS, params.get('ageGroup')),
    nationality: /^[A-Z]{2}$/.test(params.get('nationality') ?? '') ? params.get('nationality') : null,
    province: /^KH-\d{1,2}$/.test(params.get('province') ?? '') ? params.get('province') : null,
    overdue: params.get('overdue') === 'true',
    assignedToMe: params.get('assignedToMe') === 'true',
    sort: oneOf(CASE_SORTS, params.get('sort')) ?? NO_CASE_FILTERS.sort,
    page: positive(params.get('page'), 1, 1_000_000),
    pageSize: positive(params.get('pageSize'), NO_CASE_FILTERS.pageSize, LIMITS.pageSizeMax),
  };
}

/** Writes the filters to an address query, leaving out what is at its default (a clean link for no filter). */
export function writeCaseListFilters(filters: CaseListFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(NO_CASE_FILTERS) as Array<keyof CaseListFilters>) {
    const value = filters[key];
    if (value === NO_CASE_FILTERS[key] || value === null) continue;
    params.set(key, String(value));
  }
  return params;
}

/** Whether any filter narrows the list (sorting and paging do not). */
export function isCaseListFiltered(filters: CaseListFilters): boolean {
  return (['stage', 'exploitationType', 'sex', 'ageGroup', 'nationality', 'province', 'overdue', 'assignedToMe'] as const).some((key) => filters[key] !== NO_CASE_FILTERS[key]);
}
