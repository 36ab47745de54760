import { IMPORT_NAME_FIELDS, REPEATABLE_IMPORT_FIELDS, type DateOrder, type ImportJobStatus, type ImportKind } from '@ctip/contracts';

/**
 * The steps every kind of spreadsheet import shares (case registers; embassies' lists, in
 * intake): the mapping's problems before it is sent, the job's state, its progress. Kinds differ
 * by their fields and the rules their mappings follow ({@link MappingRules}).
 */

/** A mapping of columns to the fields of some kind. */
export interface AnyMapping {
  headerRow: number;
  dateOrder: DateOrder;
  columns: ReadonlyArray<{ index: number; field: string | null }>;
}

/** What the web app needs of an import job of any kind. */
export interface AnyImportJob {
  id: string;
  kind: ImportKind;
  status: ImportJobStatus;
  format: 'csv' | 'xlsx';
  rowsTotal: number;
  rowsDone: number;
  headerRow: number;
  columns: ReadonlyArray<{ index: number; letter: string; header: string; proposedField: string | null; reason: 'header' | 'content' | null }>;
  mapping: AnyMapping | null;
  report: {
    rowsValid: number;
    errorCount: number;
    warningCount: number;
    truncated: boolean;
    problems: ReadonlyArray<{ row: number; column: string | null; header: string | null; field: string | null; severity: 'error' | 'warning'; code: string; message: string }>;
  } | null;
  failure: { code: string; message: string; row: number | null } | null;
  expiresAt: string;
}

/** The server's rules for a kind's mapping: fields that may repeat, fields that name a person, fields that must be mapped. */
export interface MappingRules {
  repeatable: readonly string[];
  /** At least one of these must be mapped (a person needs a name). */
  nameFields: readonly string[];
  /** Each of these must be mapped, with the code the server gives when it is not. */
  required: ReadonlyArray<{ field: string; code: string }>;
}

/** The rules of case registers: a name, and the date each person was identified (every case opens on it). */
export const CASE_MAPPING_RULES: MappingRules = {
  repeatable: REPEATABLE_IMPORT_FIELDS,
  nameFields: IMPORT_NAME_FIELDS,
  required: [{ field: 'identified_on', code: 'identified_on_required' }],
};

/** A problem with the mapping, as the server names it (`columns.<position>.field`, or `columns` for the whole). */
export interface MappingProblem {
  path: string;
  code: string;
}

/**
 * The mapping's problems before it is sent, by the server's own rules: a field other than the
 * repeatable ones takes one column; some column must give a name; the required fields must be
 * mapped.
 */
export function mappingProblems(mapping: AnyMapping, rules: MappingRules): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const seen = new Set<string>();
  mapping.columns.forEach((column, position) => {
    if (!column.field) return;
    if (seen.has(column.field) && !rules.repeatable.includes(column.field)) problems.push({ path: `columns.${position}.field`, code: 'duplicate_field' });
    seen.add(column.field);
  });
  if (!rules.nameFields.some((field) => seen.has(field))) problems.push({ path: 'columns', code: 'name_required' });
  for (const { field, code } of rules.required) if (!seen.has(field)) problems.push({ path: 'columns', code });
  return problems;
}

/** The mapping to start from: the one last used, else ctip's proposal for each column. */
export function initialMapping<Mapping extends AnyMapping>(job: { mapping: Mapping | null; headerRow: number; columns: ReadonlyArray<{ index: number; proposedField: Mapping['columns'][number]['field'] }> }): Mapping {
  return job.mapping ?? ({ headerRow: job.headerRow, dateOrder: 'day_first', columns: job.columns.map((column) => ({ index: column.index, field: column.proposedField })) } as unknown as Mapping);
}

/** Whether the job is working in the background (and so is polled). */
export function isImportRunning(status: ImportJobStatus): boolean {
  return status === 'validating' || status === 'committing';
}

/** Whether the job can still be cancelled. */
export function isImportOpen(status: ImportJobStatus): boolean {
  return status === 'mapping' || status === 'validating' || status === 'validated' || status === 'committing';
}

/** How far the running phase is, from 0 to 100. */
export function progressOf(job: Pick<AnyImportJob, 'rowsDone' | 'rowsTotal'>): number {
  if (job.rowsTotal <= 0) return 0;
  return Math.min(100, Math.round((job.rowsDone / job.rowsTotal) * 100));
}

/** Whether the dry run passed: every row can be imported (warnings allowed). */
export function canCommit(job: Pick<AnyImportJob, 'status' | 'report'>): boolean {
  return job.status === 'validated' && job.report !== null && job.report.errorCount === 0;
}
