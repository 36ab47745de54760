import { REPEATABLE_IMPORT_FIELDS, type ImportField, type ImportJob, type ImportJobStatus, type ImportMapping } from '@ctip/contracts';

/** Fields that name a person: a sheet needs at least one of them mapped. */
const NAME_FIELDS: readonly ImportField[] = ['full_name', 'khmer_name', 'latin_name', 'family_name', 'given_name'];

/** A problem with the mapping, as the server names it (`columns.<position>.field`, or `columns` for the whole). */
export interface MappingProblem {
  path: string;
  code: 'duplicate_field' | 'name_required' | 'identified_on_required';
}

/**
 * The mapping's problems before it is sent, by the server's own rules: a field other than the
 * repeatable ones (aliases, phones) takes one column; some column must give a name, and one the
 * date the person was identified (every case opens on it).
 */
export function mappingProblems(mapping: ImportMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const seen = new Set<ImportField>();
  mapping.columns.forEach((column, position) => {
    if (!column.field) return;
    if (seen.has(column.field) && !REPEATABLE_IMPORT_FIELDS.includes(column.field)) problems.push({ path: `columns.${position}.field`, code: 'duplicate_field' });
    seen.add(column.field);
  });
  if (!NAME_FIELDS.some((field) => seen.has(field))) problems.push({ path: 'columns', code: 'name_required' });
  if (!seen.has('identified_on')) problems.push({ path: 'columns', code: 'identified_on_required' });
  return problems;
}

/** The mapping to start from: the one last used, else ctip's proposal for each column. */
export function initialMapping(job: Pick<ImportJob, 'mapping' | 'headerRow' | 'columns'>): ImportMapping {
  return job.mapping ?? { headerRow: job.headerRow, dateOrder: 'day_first', columns: job.columns.map((column) => ({ index: column.index, field: column.proposedField })) };
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
export function progressOf(job: Pick<ImportJob, 'rowsDone' | 'rowsTotal'>): number {
  if (job.rowsTotal <= 0) return 0;
  return Math.min(100, Math.round((job.rowsDone / job.rowsTotal) * 100));
}

/** Whether the dry run passed: every row can be imported (warnings allowed). */
export function canCommit(job: Pick<ImportJob, 'status' | 'report'>): boolean {
  return job.status === 'validated' && job.report !== null && job.report.errorCount === 0;
}
