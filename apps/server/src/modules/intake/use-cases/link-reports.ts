import type { AuditContext } from '../../../audit/audit-events';
import type { ReportsTable } from '../../../db/schema';
import { AppError, invalidField, notFound } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Services } from '../../../services';
import { deleteReportLink, insertReportLink, loadReportLinks } from '../intake.repository';
import { accessToReport } from './report-access-of';

/**
 * Links a report to another the actor may see (the same site, reporter, people or incident),
 * rather than typing it again. Links are symmetric: the pair shows on both reports.
 * @throws AppError validation_failed (unknown or same report), conflict (already linked).
 */
export async function linkReports(services: Services, actor: Actor, row: ReportsTable, other: { reportId: string; reason: string }, context: AuditContext): Promise<void> {
  if (other.reportId === row.id) throw invalidField('reportId', 'A report cannot be linked to itself.', 'same_report');
  const found = await accessToReport(services, actor, other.reportId);
  if (!found || found.access.relation === 'none') throw invalidField('reportId', 'No such report.', 'unknown_report');
  if ((await loadReportLinks(services.db, row.id)).some((link) => link.otherId === other.reportId)) throw new AppError('conflict', 'These reports are already linked.');
  await inTransaction(services, async (trx) => {
    await insertReportLink(trx, { left: row.id, right: other.reportId, reason: other.reason, by: actor.userId, at: services.now().toISOString() });
    await audit(services, trx, context, { action: 'report.linked', resourceType: 'report', resourceId: row.id, details: { otherReportId: other.reportId, reason: other.reason } });
  });
}

/** Removes a link between two reports. @throws AppError not_found when they are not linked. */
export async function unlinkReports(services: Services, row: ReportsTable, otherReportId: string, context: AuditContext): Promise<void> {
  if (!(await loadReportLinks(services.db, row.id)).some((link) => link.otherId === otherReportId)) throw notFound();
  await inTransaction(services, async (trx) => {
    await deleteReportLink(trx, row.id, otherReportId);
    await audit(services, trx, context, { action: 'report.unlinked', resourceType: 'report', resourceId: row.id, details: { otherReportId } });
  });
}
