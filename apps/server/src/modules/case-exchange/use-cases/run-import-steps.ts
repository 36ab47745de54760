import type { AuditContext } from '../../../audit/audit-events';
import { encryptField } from '../../../crypto/field-cipher';
import { AppError } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Services } from '../../../services';
import { deleteImportFile, moveImportJob, OPEN_JOB_STATUSES, type ImportJobRow } from '../case-exchange.repository';
import { importAuditEvent, type AnyImportMapping, type ImportKindSpec, type ImportWriter } from '../import/import-kind';
import { columnCount } from '../import/propose-mapping';
import type { ImportJobRunner } from './import-job-runner';
import { columnsLocation, describeSheet } from './start-import';

/**
 * Starts a dry run with the user's mapping: every row is mapped and checked, nothing is written
 * but the job's report. Allowed while the job awaits its mapping or after an earlier dry run.
 * A new header row re-reads the column names.
 * @throws AppError conflict (the job is running, ended or its file is gone), validation_failed (mapping).
 */
export async function beginDryRun<Mapped>(services: Services, runner: ImportJobRunner, spec: ImportKindSpec<Mapped>, job: ImportJobRow, mapping: AnyImportMapping, context: AuditContext): Promise<void> {
  if (!['mapping', 'validated'].includes(job.status) || runner.isRunning(job.id)) throw new AppError('conflict', job.status === 'validating' || job.status === 'committing' ? 'This import is already running.' : 'This import has ended; upload the file again.');
  const rows = await runner.sheetOf(job.id);
  spec.checkMapping(mapping, rows.length, columnCount(rows, mapping.headerRow));
  const changes: Partial<ImportJobRow> = { status: 'validating', mapping: JSON.stringify(mapping), rows_done: 0, report: null, updated_at: services.now().toISOString() };
  if (mapping.headerRow !== job.header_row) {
    const described = describeSheet(rows, mapping.headerRow, spec.vocabulary);
    Object.assign(changes, { header_row: mapping.headerRow, rows_total: described.dataRows, columns: encryptField(services.keyRing, columnsLocation(job.id), JSON.stringify(described.columns)) });
  }
  if (!(await moveImportJob(services.db, job.id, ['mapping', 'validated'], changes))) throw new AppError('conflict', 'This import changed meanwhile; reload it.');
  runner.startValidation(job.id, spec, mapping, context);
}

/**
 * Checks that a job may be committed: its dry run found no error, and nothing runs.
 * @throws AppError conflict (no clean dry run, running, ended).
 */
export function checkCommittable(runner: ImportJobRunner, job: ImportJobRow): AnyImportMapping {
  if (job.status !== 'validated' || runner.isRunning(job.id)) throw new AppError('conflict', job.status === 'committed' ? 'This import was already committed.' : 'Run a dry run first; only a sheet whose dry run found no error is committed.');
  const report = JSON.parse(job.report ?? '{}') as { errorCount?: number; rowsValid?: number };
  if ((report.errorCount ?? 1) > 0) throw new AppError('conflict', 'The dry run found errors; correct the sheet (or the mapping) and run it again. Nothing is imported while any row has an error.');
  if (!job.mapping) throw new AppError('conflict', 'Run a dry run first.');
  return JSON.parse(job.mapping) as AnyImportMapping;
}

/**
 * Starts the commit of a job whose dry run found no error: the rows are checked again and given
 * to the kind's writer, which lands them in one transaction, or none.
 * @throws AppError conflict (no clean dry run, running, ended).
 */
export async function beginCommit<Mapped>(services: Services, runner: ImportJobRunner, spec: ImportKindSpec<Mapped>, actor: Actor, job: ImportJobRow, context: AuditContext, write: ImportWriter<Mapped>): Promise<void> {
  const mapping = checkCommittable(runner, job);
  if (!(await moveImportJob(services.db, job.id, ['validated'], { status: 'committing', rows_done: 0, committed_by: actor.userId, updated_at: services.now().toISOString() }))) throw new AppError('conflict', 'This import changed meanwhile; reload it.');
  runner.startCommit(job.id, spec, mapping, context, write);
}

/**
 * Cancels an open job: a running dry run stops, a running commit rolls back; the file is
 * deleted at once. Audited.
 * @throws AppError conflict when the job has already ended (committed, failed, cancelled, expired).
 */
export async function cancelImport(services: Services, runner: ImportJobRunner, job: ImportJobRow, context: AuditContext): Promise<void> {
  await runner.cancel(job.id);
  await inTransaction(services, async (trx) => {
    const now = services.now().toISOString();
    if (!(await moveImportJob(trx, job.id, OPEN_JOB_STATUSES, { status: 'cancelled', updated_at: now, finished_at: now }))) throw new AppError('conflict', 'This import has already ended.');
    await deleteImportFile(trx, job.id);
    await audit(services, trx, context, importAuditEvent(job.kind as ImportKindSpec<unknown>['kind'], 'cancelled', job.id));
  });
  runner.forget(job.id);
}
