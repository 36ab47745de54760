import type { AuditContext, AuditEventInput } from '../../../audit/audit-events';
import { AppError } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import { audit, type Executor, type Services } from '../../../services';
import { deleteImportFile, moveImportJob } from '../case-exchange.repository';

/**
 * Ends a commit inside its own transaction (every kind's writer calls it last): the job is marked
 * committed with what was written, its file is deleted and the commit is audited with `event`
 * (counts and ids only) — all of it lands with the rows, or none does.
 * @throws AppError conflict when the job is no longer committing (it was cancelled meanwhile).
 */
export async function markImportCommitted(services: Services, trx: Executor, context: AuditContext, commit: { jobId: string; actor: Actor; rows: number; result: object; event: AuditEventInput }): Promise<void> {
  const now = services.now().toISOString();
  const moved = await moveImportJob(trx, commit.jobId, ['committing'], { status: 'committed', rows_done: commit.rows, result: JSON.stringify(commit.result), committed_by: commit.actor.userId, updated_at: now, finished_at: now });
  if (!moved) throw new AppError('conflict', 'The import job is no longer being committed.');
  await deleteImportFile(trx, commit.jobId);
  await audit(services, trx, context, commit.event);
}
