import type { ImportKind } from '@ctip/contracts';
import { systemAuditContext, type AuditContext } from '../../../audit/audit-events';
import { AppError } from '../../../errors';
import { audit, inTransaction, type Services } from '../../../services';
import { deleteImportFile, findRunningImportJobs, loadImportFile, moveImportJob } from '../case-exchange.repository';
import type { Cell } from '../import/cell-values';
import { ImportCancelled, ImportRowFailure, importAuditEvent, type AnyImportMapping, type ImportKindSpec, type ImportWriter } from '../import/import-kind';
import { readSpreadsheet } from '../import/read-spreadsheet';
import { reportedProblems } from './validate-import-rows';

/** A phase running in the background, with its progress. */
interface RunningPhase {
  phase: 'validating' | 'committing';
  rowsDone: number;
  cancelled: boolean;
  promise: Promise<void>;
}

/** Why a job failed, as the job shows it. */
export interface ImportFailure {
  code: string;
  message: string;
  row: number | null;
}

const runners = new WeakMap<Services, ImportJobRunner>();

/** The runner of an application's import jobs (tests wait on it; routes start jobs through it). */
export function importJobRunnerOf(services: Services): ImportJobRunner {
  let runner = runners.get(services);
  if (!runner) {
    runner = new ImportJobRunner(services);
    runners.set(services, runner);
  }
  return runner;
}

/**
 * Runs import jobs in the background, in this process: the dry run and the commit each start
 * from a request that answers at once, and record their progress here (rows done) for the client
 * to poll; their outcome is written to the job. Parsed sheets are kept in memory while a job is
 * open, and read again from the sealed file when they are not (after a restart).
 */
export class ImportJobRunner {
  private readonly sheets = new Map<string, Cell[][]>();
  private readonly running = new Map<string, RunningPhase>();
  private closed = false;
  /** Where unexpected failures are reported (ids only); set by the routes to the app's logger. */
  onUnexpectedError: (jobId: string, error: unknown) => void = () => {};

  constructor(private readonly services: Services) {}

  /** Keeps a job's parsed sheet for its next phases. */
  remember(jobId: string, rows: Cell[][]): void {
    this.sheets.set(jobId, rows);
  }

  /** Drops a job's parsed sheet from memory. */
  forget(jobId: string): void {
    this.sheets.delete(jobId);
  }

  /** Rows done by the phase running now, or undefined when none runs. */
  progressOf(jobId: string): number | undefined {
    return this.running.get(jobId)?.rowsDone;
  }

  /** Whether a phase of the job runs in this process. */
  isRunning(jobId: string): boolean {
    return this.running.has(jobId);
  }

  /**
   * The job's sheet: from memory, or read again from its sealed file.
   * @throws AppError conflict when the file is gone (the job ended or expired).
   */
  async sheetOf(jobId: string): Promise<Cell[][]> {
    const cached = this.sheets.get(jobId);
    if (cached) return cached;
    const file = await loadImportFile(this.services.db, this.services.keyRing, jobId);
    if (!file) throw new AppError('conflict', 'The uploaded file is no longer kept (the import ended or an hour passed); upload it again.');
    const { rows } = await readSpreadsheet(file);
    this.sheets.set(jobId, rows);
    return rows;
  }

  private start(jobId: string, kind: ImportKind, phase: RunningPhase['phase'], work: (state: RunningPhase) => Promise<void>, context: AuditContext): void {
    const state: RunningPhase = { phase, rowsDone: 0, cancelled: false, promise: Promise.resolve() };
    state.promise = work(state)
      .catch((error: unknown) => this.recordFailure(jobId, kind, phase, error, state, context))
      .finally(() => this.running.delete(jobId));
    this.running.set(jobId, state);
  }

  /** Starts the dry run of a job whose status was just moved to "validating": the kind checks every row; the report and its audit event are written together. */
  startValidation<Mapped>(jobId: string, spec: ImportKindSpec<Mapped>, mapping: AnyImportMapping, context: AuditContext): void {
    this.start(jobId, spec.kind, 'validating', async (state) => {
      const rows = await this.sheetOf(jobId);
      const result = await spec.validateRows(this.services, rows, mapping, { onProgress: (done) => (state.rowsDone = done), isCancelled: () => state.cancelled || this.closed });
      if (state.cancelled || this.closed) return;
      const { problems, truncated } = reportedProblems(result.problems);
      const report = { rowsValid: result.mapped.length, errorCount: result.errorCount, warningCount: result.warningCount, problems, truncated };
      await inTransaction(this.services, async (trx) => {
        const now = this.services.now().toISOString();
        const moved = await moveImportJob(trx, jobId, ['validating'], { status: 'validated', rows_total: result.rowsTotal, rows_done: result.rowsTotal, report: JSON.stringify(report), updated_at: now });
        if (moved) await audit(this.services, trx, context, importAuditEvent(spec.kind, 'validated', jobId, { rows: result.rowsTotal, errors: result.errorCount, warnings: result.warningCount }));
      });
    }, context);
  }

  /**
   * Starts the commit of a job whose status was just moved to "committing". The rows are mapped
   * and checked again first (the dry run may be stale), then given to the kind's writer, which
   * writes them — and marks the job committed — in one transaction.
   */
  startCommit<Mapped>(jobId: string, spec: ImportKindSpec<Mapped>, mapping: AnyImportMapping, context: AuditContext, write: ImportWriter<Mapped>): void {
    this.start(jobId, spec.kind, 'committing', async (state) => {
      const rows = await this.sheetOf(jobId);
      const validation = await spec.validateRows(this.services, rows, mapping, { onProgress: () => {}, isCancelled: () => state.cancelled || this.closed });
      if (state.cancelled || this.closed) throw new ImportCancelled();
      if (validation.errorCount > 0) {
        const first = validation.problems.find((problem) => problem.severity === 'error')!;
        throw new ImportRowFailure(first.row, 'dry_run_stale', 'The sheet no longer passes its dry run (the data in ctip changed since); run the dry run again. Nothing was imported.');
      }
      await write(validation.mapped, { onProgress: (done) => (state.rowsDone = done), isCancelled: () => state.cancelled || this.closed });
      this.forget(jobId);
    }, context);
  }

  /** Records why a phase ended early: a cancellation is recorded by whoever cancelled; anything else fails the job and deletes its file. */
  private async recordFailure(jobId: string, kind: ImportKind, phase: RunningPhase['phase'], error: unknown, state: RunningPhase, context: AuditContext): Promise<void> {
    if (state.cancelled || this.closed || error instanceof ImportCancelled) return;
    let failure: ImportFailure;
    if (error instanceof ImportRowFailure) {
      if (error.code === 'write_failed') this.onUnexpectedError(jobId, error.cause);
      failure = { code: error.code, message: error.message, row: error.row };
    }
    else if (error instanceof AppError) failure = { code: error.fieldErrors[0]?.code ?? error.code, message: error.message, row: null };
    else {
      this.onUnexpectedError(jobId, error);
      failure = { code: 'internal', message: `The import failed unexpectedly during ${phase === 'validating' ? 'the dry run' : 'the commit'}; nothing was imported.`, row: null };
    }
    try {
      await inTransaction(this.services, async (trx) => {
        const now = this.services.now().toISOString();
        const moved = await moveImportJob(trx, jobId, [phase], { status: 'failed', failure: JSON.stringify(failure), updated_at: now, finished_at: now });
        if (!moved) return;
        await deleteImportFile(trx, jobId);
        await audit(this.services, trx, context, importAuditEvent(kind, 'failed', jobId, { phase, code: failure.code }));
      });
      this.forget(jobId);
    } catch (recordError) {
      this.onUnexpectedError(jobId, recordError);
    }
  }

  /** Asks a running phase to stop, and waits until it has (a commit rolls back). */
  async cancel(jobId: string): Promise<void> {
    const state = this.running.get(jobId);
    if (!state) return;
    state.cancelled = true;
    await state.promise;
  }

  /** Resolves when no phase is running (tests wait on this before checking what was written). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()].map((state) => state.promise));
  }

  /** Stops every running phase (commits roll back) and forgets every sheet: the application is closing. */
  async close(): Promise<void> {
    this.closed = true;
    await this.idle();
    this.sheets.clear();
  }

  /**
   * Jobs left validating or committing by a process that stopped: nothing of theirs was written
   * (a commit is one transaction), so they are marked failed and their files deleted.
   */
  async failInterruptedJobs(): Promise<void> {
    const stale = await findRunningImportJobs(this.services.db);
    const context = systemAuditContext('import-recovery');
    for (const job of stale) {
      if (this.running.has(job.id)) continue;
      const failure: ImportFailure = { code: 'interrupted', message: 'The server stopped during this step; nothing was imported. Upload the file again.', row: null };
      await inTransaction(this.services, async (trx) => {
        const now = this.services.now().toISOString();
        if (!(await moveImportJob(trx, job.id, [job.status], { status: 'failed', failure: JSON.stringify(failure), updated_at: now, finished_at: now }))) return;
        await deleteImportFile(trx, job.id);
        await audit(this.services, trx, context, importAuditEvent(job.kind as ImportKind, 'failed', job.id, { phase: job.status, code: 'interrupted' }));
      });
    }
  }
}
