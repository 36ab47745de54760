import { checkStageMove, type CaseStage, type ClosureReason } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { AppError } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Services } from '../../../services';
import { todayOf } from '../../../validation/dates';
import { refreshNextFollowUp, scheduleFollowUps } from '../follow-up-schedule';
import { loadCaseFacts, type CaseRow } from './load-case';
import { writeStageMove } from './open-case';

const FIELD_OF_PROBLEM: Record<string, string> = { to: 'to', reason: 'reason', closureReason: 'closureReason', repatriation: 'to', consent: 'to', guardian: 'to', bestInterest: 'to' };

const MESSAGE_OF_PROBLEM: Record<string, string> = {
  same_stage: 'The case is already at this stage.',
  reason_required: 'Say why the case moves.',
  closure_reason_required: 'Choose why the case closes.',
  closure_reason_only_when_closing: 'A closure reason is only given when closing.',
  repatriation_countries_required: 'Record the repatriation (from and to which country) first.',
  repatriation_consent_required: 'Record the person’s consent to share their information with the receiving country first.',
  guardian_required: 'A child’s case needs a guardian before repatriation.',
  best_interest_required: 'A child’s case needs a best-interest determination before repatriation.',
};

/**
 * Moves a case to another stage under the rules of DOMAIN.md (stage-rules.ts). Entering
 * follow-up schedules the 1-, 3-, 6- and 12-month visits; closing records the date and reason;
 * reopening clears them. The move, with who, when and why, goes into the stage history.
 * @throws AppError validation_failed naming every rule the move breaks.
 */
export async function moveStage(services: Services, actor: Actor, row: CaseRow, move: { to: CaseStage; reason: string; closureReason?: ClosureReason | null | undefined }, context: AuditContext): Promise<void> {
  const facts = await loadCaseFacts(services, services.db, row);
  const problems = checkStageMove(facts, move);
  if (problems.length > 0) {
    throw new AppError('validation_failed', MESSAGE_OF_PROBLEM[problems[0]!.code], problems.map((problem) => ({ path: FIELD_OF_PROBLEM[problem.field]!, message: MESSAGE_OF_PROBLEM[problem.code]!, code: problem.code })));
  }
  const today = todayOf(services.now());
  await inTransaction(services, async (trx) => {
    // Only the move that read the current stage may apply: a concurrent move makes this one a conflict.
    const updated = await trx
      .updateTable('cases')
      .set({
        stage: move.to,
        closed_on: move.to === 'closed' ? today : null,
        closure_reason: move.to === 'closed' ? (move.closureReason ?? null) : null,
        updated_at: services.now().toISOString(),
      })
      .where('id', '=', row.id)
      .where('stage', '=', facts.stage)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('conflict', 'The case moved meanwhile; reload it.');
    if (move.to === 'follow_up') await scheduleFollowUps(trx, row.id, today, services.now().toISOString());
    await refreshNextFollowUp(trx, row.id);
    await writeStageMove(services, trx, row.id, { from: facts.stage, to: move.to, reason: move.reason, closureReason: move.closureReason ?? null, by: actor.userId });
    await audit(services, trx, context, { action: 'case.stage_moved', resourceType: 'case', resourceId: row.id, changedFields: ['stage'], details: { from: facts.stage, to: move.to } });
  });
}
