import type { ImportColumn, ImportJob, ImportMapping, ImportProblem } from '@ctip/contracts';
import { decryptField } from '../../crypto/field-cipher';
import type { KeyRing } from '../../crypto/key-ring';
import type { ImportJobRow } from './case-exchange.repository';
import { columnLetter } from './import/cell-values';
import type { RowProblem } from './import/map-import-row';
import { columnsLocation } from './use-cases/start-import';

/**
 * An import job, field by field: progress comes from the running phase when there is one; the
 * report's problems are given their column's letter and header here (the job stores indexes).
 */
export function presentImportJob(keyRing: KeyRing, row: ImportJobRow, live: { rowsDone: number | undefined; hasFile: boolean }): ImportJob {
  const columns = JSON.parse(decryptField(keyRing, columnsLocation(row.id), row.columns)) as ImportColumn[];
  const stored = row.report ? (JSON.parse(row.report) as { rowsValid: number; errorCount: number; warningCount: number; problems: RowProblem[]; truncated: boolean }) : null;
  const headerOf = (index: number | null) => (index === null ? null : (columns[index]?.header ?? null));
  const report = stored
    ? {
        rowsValid: stored.rowsValid,
        errorCount: stored.errorCount,
        warningCount: stored.warningCount,
        truncated: stored.truncated,
        problems: stored.problems.map((problem): ImportProblem => ({
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
    status: row.status as ImportJob['status'],
    format: row.format as ImportJob['format'],
    sizeBytes: row.size_bytes,
    rowsTotal: row.rows_total,
    rowsDone: live.rowsDone ?? row.rows_done,
    headerRow: row.header_row,
    columns,
    mapping: row.mapping ? (JSON.parse(row.mapping) as ImportMapping) : null,
    report,
    result: row.result ? (JSON.parse(row.result) as { persons: number; cases: number }) : null,
    failure: row.failure ? (JSON.parse(row.failure) as { code: string; message: string; row: number | null }) : null,
    fileDeleted: !live.hasFile,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    expiresAt: row.expires_at,
  };
}
