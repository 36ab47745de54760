import { randomUUID } from 'node:crypto';
import { IMPORT_LIMITS } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { encryptField } from '../../../crypto/field-cipher';
import { AppError } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Services } from '../../../services';
import { countOpenImportJobs, insertImportJob } from '../case-exchange.repository';
import type { Cell } from '../import/cell-values';
import { importAuditEvent, type AnyImportMapping, type ImportKindSpec, type ImportVocabulary } from '../import/import-kind';
import { detectHeaderRow, proposeColumns, proposeDateOrder, type ProposedColumn } from '../import/propose-mapping';
import { readSpreadsheet } from '../import/read-spreadsheet';
import type { ImportJobRunner } from './import-job-runner';
import { dataRowsOf } from './validate-import-rows';

/** Open imports of each kind an organisation may have at once: each holds a file and its parsed rows in memory. */
export const MAX_OPEN_IMPORTS_PER_ORGANISATION = 3;

/** Where a job's column headers are sealed (a sheet without a header row has names in its first row). */
export const columnsLocation = (jobId: string) => ({ table: 'case_import_jobs', column: 'columns', rowId: jobId });

/**
 * The columns of a sheet under a header row, the fields proposed for them (in the kind's
 * vocabulary), and a mapping built from the proposal (which the user confirms or changes
 * before the dry run).
 * @throws AppError validation_failed when the sheet has too many columns or no data rows.
 */
export function describeSheet(rows: readonly Cell[][], headerRow: number, vocabulary: ImportVocabulary): { columns: ProposedColumn[]; mapping: AnyImportMapping; dataRows: number } {
  const widest = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (widest > IMPORT_LIMITS.maxColumns) {
    const detail = `The sheet has more than ${IMPORT_LIMITS.maxColumns} columns; keep only the columns to import.`;
    throw new AppError('validation_failed', detail, [{ path: 'file', message: detail, code: 'too_many_columns' }]);
  }
  const dataRows = dataRowsOf(rows, headerRow).length;
  if (dataRows === 0) {
    const detail = 'The sheet has no rows below its header row.';
    throw new AppError('validation_failed', detail, [{ path: 'file', message: detail, code: 'no_rows' }]);
  }
  if (dataRows > IMPORT_LIMITS.maxRows) {
    const detail = `The sheet has more than ${IMPORT_LIMITS.maxRows.toLocaleString('en')} rows; split it into smaller files.`;
    throw new AppError('payload_too_large', detail, [{ path: 'file', message: detail, code: 'too_many_rows' }]);
  }
  const columns = proposeColumns(rows, headerRow, vocabulary);
  const dateColumns = columns.filter((column) => column.proposedField !== null && vocabulary.dateFields.includes(column.proposedField)).map((column) => column.index);
  return { columns, dataRows, mapping: { headerRow, dateOrder: proposeDateOrder(rows, headerRow, dateColumns), columns: columns.map((column) => ({ index: column.index, field: column.proposedField })) } };
}

/**
 * Accepts an uploaded spreadsheet for an import of the kind: tells its format by content,
 * refuses what is not a readable CSV or XLSX sheet within the limits, finds the header row,
 * proposes a field for each column, and opens a job (status "mapping") holding the file sealed
 * with the field key. The parsed rows stay in memory for the next steps. Audited with counts only.
 * @throws AppError conflict (too many open imports of the kind), and as {@link openImportJob}.
 */
export async function startImport(services: Services, runner: ImportJobRunner, spec: ImportKindSpec<unknown>, actor: Actor, file: Buffer, context: AuditContext): Promise<string> {
  if ((await countOpenImportJobs(services.db, actor.organisationId, spec.kind)) >= MAX_OPEN_IMPORTS_PER_ORGANISATION) {
    throw new AppError('conflict', `Your organisation already has ${MAX_OPEN_IMPORTS_PER_ORGANISATION} imports open; commit or cancel one first.`);
  }
  return openImportJob(services, runner, spec, actor, file, context);
}

/**
 * Reads a spreadsheet and opens its job, whatever else the organisation has open.
 * @throws AppError unsupported_media_type, payload_too_large, validation_failed (see readSpreadsheet, describeSheet).
 */
export async function openImportJob(services: Services, runner: ImportJobRunner, spec: Pick<ImportKindSpec<unknown>, 'kind' | 'vocabulary'>, actor: Actor, file: Buffer, context: AuditContext): Promise<string> {
  const sheet = await readSpreadsheet(file);
  const headerRow = detectHeaderRow(sheet.rows, spec.vocabulary);
  const { columns, mapping, dataRows } = describeSheet(sheet.rows, headerRow, spec.vocabulary);
  const id = randomUUID();
  const now = services.now();
  await inTransaction(services, async (trx) => {
    await insertImportJob(trx, services.keyRing, {
      id,
      kind: spec.kind,
      organisation_id: actor.organisationId,
      created_by: actor.userId,
      status: 'mapping',
      format: sheet.format,
      size_bytes: file.length,
      rows_total: dataRows,
      rows_done: 0,
      header_row: headerRow,
      columns: encryptField(services.keyRing, columnsLocation(id), JSON.stringify(columns)),
      mapping: JSON.stringify(mapping),
      report: null,
      result: null,
      failure: null,
      committed_by: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      expires_at: new Date(now.getTime() + IMPORT_LIMITS.fileLifetimeMinutes * 60_000).toISOString(),
      finished_at: null,
    }, file);
    await audit(services, trx, context, importAuditEvent(spec.kind, 'started', id, { format: sheet.format, rows: dataRows, sizeBytes: file.length }));
  });
  runner.remember(id, sheet.rows);
  return id;
}
