import { checkReportMove, isOpenReportStatus, type ReportMoveInput, type ReportStatus } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import type { ReportsTable } from '../../../db/schema';
import type { Actor } from '../../../policy/actor';
import { PERMISSIONS } from '../../../policy/permissions';
import { audit, inTransaction, type Executor, type Services } from '../../../services';
import { FieldProblems } from '../../../validation/field-problems';
import { checkActiveOrganisation } from '../../../validation/known-references';
import { appendReportMove, insertReportShare, isActiveUserWithRole, isReportReferred, loadReportLinks, updateReportRow } from '../intake.repository';

/** One move to apply, already checked. */
export interface ReportMove {
  to: ReportStatus;
  reason: string;
  closureReason: string | null;
  assignedUserId: string | null;
  assignedOrganisationId: string | null;
}

/**
 * Applies a move inside the caller's transaction: the report's status, its assignee (kept while
 * it is worked on, cleared when it goes back to triage), its closure reason, the organisation it
 * was assigned to given access, and a line of history with who, when and why.
 */
export async function applyReportMove(services: Services, trx: Executor, actor: Actor, row: ReportsTable, move: ReportMove, context: AuditContext): Promise<void> {
  const at = services.now().toISOString();
  const assignee = move.to === 'assigned' ? { assigned_user_id: move.assignedUserId, assigned_organisation_id: move.assignedOrganisationId } : move.to === 'triaged' ? { assigned_user_id: null, assigned_organisation_id: null } : {};
  await updateReportRow(trx, row.id, { status: move.to, is_open: isOpenReportStatus(move.to) ? 1 : 0, closure_reason: move.to === 'closed' ? move.closureReason : null, ...assignee, updated_at: at });
  if (move.assignedOrganisationId) await insertReportShare(trx, services.keyRing, { reportId: row.id, organisationId: move.assignedOrganisationId, kind: 'assignment', note: null, by: actor.userId, at });
  await appendReportMove(trx, services.keyRing, row.id, { from: row.status, to: move.to, reason: move.reason, closureReason: move.closureReason, assignedUserId: move.assignedUserId, assignedOrganisationId: move.assignedOrganisationId, by: actor.userId, at });
  await audit(services, trx, context, { action: 'report.status_moved', resourceType: 'report', resourceId: row.id, details: { from: row.status, to: move.to, ...(move.closureReason ? { closureReason: move.closureReason } : {}) } });
}

/**
 * Moves a report through triage (contracts' checkReportMove), checking the assignee: a user of
 * the recording organisation who works on reports, or another active organisation (which is
 * then given access to the report).
 * @throws AppError validation_failed.
 */
export async function moveReportStatus(services: Services, actor: Actor, row: ReportsTable, input: ReportMoveInput, context: AuditContext): Promise<void> {
  const problems = new FieldProblems();
  const hasAssignee = Boolean(input.assignedUserId || input.assignedOrganisationId);
  for (const problem of checkReportMove(row.status as ReportStatus, input.to, {
    closureReason: input.closureReason,
    hasAssignee,
    isReferred: await isReportReferred(services.db, row.id),
    isLinked: (await loadReportLinks(services.db, row.id)).length > 0,
  })) {
    problems.add(problem.path, problem.message, problem.code);
  }
  if (input.to === 'assigned' && input.assignedUserId && input.assignedOrganisationId) problems.add('assignedOrganisationId', 'Assign the report to a user or to an organisation, not both.', 'one_assignee');
  if (input.to === 'assigned' && input.assignedUserId && !(await isActiveUserWithRole(services.db, input.assignedUserId, row.owner_organisation_id, PERMISSIONS['report.read']))) {
    problems.add('assignedUserId', 'Assign the report to an active user of its organisation who works on reports.', 'unknown_assignee');
  }
  if (input.to === 'assigned' && input.assignedOrganisationId) {
    if (input.assignedOrganisationId === row.owner_organisation_id) problems.add('assignedOrganisationId', 'The report is already this organisation’s; assign it to one of its users.', 'own_organisation');
    else await checkActiveOrganisation(services.db, problems, 'assignedOrganisationId', input.assignedOrganisationId);
  }
  problems.throwIfAny();
  await inTransaction(services, (trx) =>
    applyReportMove(services, trx, actor, row, { to: input.to, reason: input.reason, closureReason: input.closureReason ?? null, assignedUserId: input.to === 'assigned' ? (input.assignedUserId ?? null) : null, assignedOrganisationId: input.to === 'assigned' ? (input.assignedOrganisationId ?? null) : null }, context),
  );
}
