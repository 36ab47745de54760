import { describe, expect, it } from 'vitest';
import type { ImportJob, ImportMapping } from '@ctip/contracts';
import { EMBASSY_LIST_MAPPING_RULES } from '../intake/embassy-list-import';
import { CASE_MAPPING_RULES, canCommit, initialMapping, isImportOpen, isImportRunning, mappingProblems, progressOf } from './import-mapping';

const mapping = (fields: Array<string | null>): ImportMapping => ({ headerRow: 1, dateOrder: 'day_first', columns: fields.map((field, index) => ({ index, field: field as never })) });

describe('the import mapping', () => {
  it('passes with a name and the date of identification, aliases and phones repeated', () => {
    expect(mappingProblems(mapping(['khmer_name', 'identified_on', 'alias', 'alias', 'phone', 'phone', null]), CASE_MAPPING_RULES)).toEqual([]);
  });

  it('names a field taken twice on its second column, and what the sheet as a whole lacks', () => {
    expect(mappingProblems(mapping(['sex', 'sex', null]), CASE_MAPPING_RULES)).toEqual([
      { path: 'columns.1.field', code: 'duplicate_field' },
      { path: 'columns', code: 'name_required' },
      { path: 'columns', code: 'identified_on_required' },
    ]);
  });

  it('follows each kind’s rules: an embassy’s list needs a name only, and repeats phones, handles and notes', () => {
    expect(mappingProblems(mapping(['full_name', 'phone', 'phone', 'telegram', 'telegram', 'notes', 'notes']), EMBASSY_LIST_MAPPING_RULES)).toEqual([]);
    expect(mappingProblems(mapping(['passport', 'passport', 'sex']), EMBASSY_LIST_MAPPING_RULES)).toEqual([
      { path: 'columns.1.field', code: 'duplicate_field' },
      { path: 'columns', code: 'name_required' },
    ]);
  });

  it('starts from the mapping last used, else from ctip’s proposal', () => {
    const job = { headerRow: 2, mapping: null, columns: [{ index: 0, proposedField: 'full_name' }, { index: 1, proposedField: null }] } as unknown as ImportJob;
    expect(initialMapping(job)).toEqual({ headerRow: 2, dateOrder: 'day_first', columns: [{ index: 0, field: 'full_name' }, { index: 1, field: null }] });
    const used = mapping(['latin_name']);
    expect(initialMapping({ ...job, mapping: used })).toBe(used);
  });

  it('tells running, open and committable jobs apart, and how far a run is', () => {
    expect(isImportRunning('validating')).toBe(true);
    expect(isImportRunning('validated')).toBe(false);
    expect(isImportOpen('committed')).toBe(false);
    expect(isImportOpen('validated')).toBe(true);
    expect(progressOf({ rowsDone: 1, rowsTotal: 3 })).toBe(33);
    expect(progressOf({ rowsDone: 0, rowsTotal: 0 })).toBe(0);
    const report = { rowsValid: 3, errorCount: 0, warningCount: 1, problems: [], truncated: false };
    expect(canCommit({ status: 'validated', report })).toBe(true);
    expect(canCommit({ status: 'validated', report: { ...report, errorCount: 1 } })).toBe(false);
    expect(canCommit({ status: 'mapping', report: null })).toBe(false);
  });
});
