import type { ImportKind } from '@ctip/contracts';
import { systemAuditContext } from '../../../audit/audit-events';
import { audit, inTransaction, type Services } from '../../../services';
import { deleteImportFile, findExpiredImportJobs, moveImportJob, OPEN_JOB_STATUSES } from '../case-exchange.repository';
import { importAuditEvent } from '../import/import-kind';
import type { ImportJobRunner } from './import-job-runner';

/**
 * Deletes every uploaded file an hour after its upload, whatever became of its job (of any kind): open jobs
 * expire (a running phase is left to finish and is swept on the next pass), files of ended jobs
 * are removed if any remain. Run before each import request and on a timer. Resolves to how
 * many jobs it expired.
 */
export async function sweepExpiredImports(services: Services, runner: ImportJobRunner): Promise<number> {
  const expired = await findExpiredImportJobs(services.db, services.now().toISOString());
  let count = 0;
  const context = systemAuditContext('import-expiry');
  for (const job of expired) {
    if (runner.isRunning(job.id)) continue;
    await inTransaction(services, async (trx) => {
      const now = services.now().toISOString();
      const moved = await moveImportJob(trx, job.id, OPEN_JOB_STATUSES, { status: 'expired', updated_at: now, finished_at: now });
      await deleteImportFile(trx, job.id);
      if (moved) {
        count += 1;
        await audit(services, trx, context, importAuditEvent(job.kind as ImportKind, 'expired', job.id));
      }
    });
    runner.forget(job.id);
  }
  return count;
}
