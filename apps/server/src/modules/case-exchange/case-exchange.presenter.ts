import type { ImportJobStatus, ImportKind } from '@ctip/contracts';
import { decryptField } from '../../crypto/field-cipher';
import type { KeyRing } from '../../crypto/key-ring';
import type { ImportJobRow } from './case-exchange.repository';
import { columnLetter } from './import/cell-values';
import type { AnyImportMapping } from './import/import-kind';
import type { ProposedColumn } from './import/propose-mapping';
import type { RowProblem } from './import/row-reader';
import { columnsLocation } from './use-cases/start-import';

/**
 * An import job of any kind as the API shows it (`importJobSchemaOf` in the contracts): each
 * kind's route narrows the fields and the result with its own response schema.
 */
export interface PresentedImportJob {
  id: string;
  kind: ImportKind;
  status: ImportJobStatus;
  format: 'csv' | 'xlsx';
  sizeBytes: number;
  rowsTotal: number;
  rowsDone: number;
  headerRow: number;
  columns: ProposedColumn[];
  mapping: AnyImportMapping | null;
  report: {
    rowsValid: number;
    errorCount: number;
    warningCount: number;
    truncated: boolean;
    problems: Array<{ row: number; column: string | null; header: string | null; field: string | null; severity: 'error' | 'warning'; code: string; message: string }>;
  } | null;
  /** What the commit wrote, as the kind's writer recorded it. */
  result: unknown;
  failure: { code: string; message: string; row: number | null } | null;
  fileDeleted: boolean;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
}

/**
 * An import job, field by field: progress comes from the running phase when there is one; the
 * report's problems are given their column's letter and header here (the job stores indexes).
 */
export function presentImportJob(keyRing: KeyRing, row: ImportJobRow, live: { rowsDone: number | undefined; hasFile: boolean }): PresentedImportJob {
  const columns = JSON.parse(decryptField(keyRing, columnsLocation(row.id), row.columns)) as ProposedColumn[];
  const stored = row.report ? (JSON.parse(row.report) as { rowsValid: number; errorCount: number; warningCount: number; problems: RowProblem[]; truncated: boolean }) : null;
  const headerOf = (index: number | null) => (index === null ? null : (columns[index]?.header ?? null));
  const report = stored
    ? {
        rowsValid: stored.rowsValid,
        errorCount: stored.errorCount,
        warningCount: stored.warningCount,
        truncated: stored.truncated,
        problems: stored.problems.map((problem) => ({
          row: problem.row,
          column: problem.column === null ? null : columnLetter(problem.column),
          header: headerOf(problem.column),
          field: problem.field,
          severity: problem.severity,
          code: problem.code,
          message: problem.message,
        })),
      }
    : null;
  return {
    id: row.id,
    kind: row.kind as ImportKind,
    status: row.status as ImportJobStatus,
    format: row.format as PresentedImportJob['format'],
    sizeBytes: row.size_bytes,
    rowsTotal: row.rows_total,
    rowsDone: live.rowsDone ?? row.rows_done,
    headerRow: row.header_row,
    columns,
    mapping: row.mapping ? (JSON.parse(row.mapping) as AnyImportMapping) : null,
    report,
    result: row.result ? (JSON.parse(row.result) as unknown) : null,
    failure: row.failure ? (JSON.parse(row.failure) as { code: string; message: string; row: number | null }) : null,
    fileDeleted: !live.hasFile,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    expiresAt: row.expires_at,
  };
}
