import type { AuditContext } from '../../../audit/audit-events';
import type { ReportsTable } from '../../../db/schema';
import { AppError, invalidField } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Services } from '../../../services';
import { FieldProblems } from '../../../validation/field-problems';
import { checkActiveOrganisation } from '../../../validation/known-references';
import { insertReportShare, loadReportShares, updateReportRow } from '../intake.repository';

/**
 * Refers a report to another organisation (the police, a shelter, an embassy), which from then
 * on reads it — and the reporter's contact only if the reporter agreed to be called back.
 * @throws AppError validation_failed (own or unknown organisation), conflict (already referred).
 */
export async function referReport(services: Services, actor: Actor, row: ReportsTable, input: { toOrganisationId: string; note: string }, context: AuditContext): Promise<void> {
  if (input.toOrganisationId === row.owner_organisation_id) throw invalidField('toOrganisationId', 'The report is already this organisation’s.', 'own_organisation');
  const problems = new FieldProblems();
  await checkActiveOrganisation(services.db, problems, 'toOrganisationId', input.toOrganisationId);
  problems.throwIfAny();
  if ((await loadReportShares(services.db, services.keyRing, row.id)).some((share) => share.organisation_id === input.toOrganisationId)) {
    throw new AppError('conflict', 'This organisation already has the report (referred or assigned to it).');
  }
  await inTransaction(services, async (trx) => {
    await insertReportShare(trx, services.keyRing, { reportId: row.id, organisationId: input.toOrganisationId, kind: 'referral', note: input.note || null, by: actor.userId, at: services.now().toISOString() });
    await updateReportRow(trx, row.id, { updated_at: services.now().toISOString() });
    await audit(services, trx, context, { action: 'report.shared', resourceType: 'report', resourceId: row.id, details: { kind: 'referral', organisationId: input.toOrganisationId } });
  });
}
