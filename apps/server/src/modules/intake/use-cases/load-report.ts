import type { ReportDetail } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Services } from '../../../services';
import { decryptReportFields, findReportRows, loadReportHistory, loadReportLinks, loadReportOperations, loadReportPeople, loadReportShares, organisationNames, siteNames, userNames } from '../intake.repository';
import { presentReportDetail } from '../intake.presenter';
import { reportFor, visibleReportIds } from './report-access-of';

/**
 * A report's page for the actor. Opening it shows the reporter's identity and the people's
 * names, so the read is recorded in the audit trail before anything is returned; if that
 * cannot be written, nothing is shown.
 * @throws AppError not_found when the report is out of the actor's reach.
 */
export async function loadReportDetail(services: Services, actor: Actor, reportId: string, context: AuditContext | null): Promise<ReportDetail> {
  const { row, access } = await reportFor(services, actor, reportId, 'report.read');
  const decrypted = decryptReportFields(services.keyRing, row);
  const [people, history, links, shares, operations] = await Promise.all([
    loadReportPeople(services.db, services.keyRing, row.id),
    loadReportHistory(services.db, services.keyRing, row.id),
    loadReportLinks(services.db, row.id),
    loadReportShares(services.db, services.keyRing, row.id),
    loadReportOperations(services.db, row.id),
  ]);
  const visible = await visibleReportIds(services, actor, links.map((link) => link.otherId));
  const references = new Map((await findReportRows(services.db, [...visible])).map((other) => [other.id, other.reference]));
  const [organisations, users, sites] = await Promise.all([
    organisationNames(services.db, [row.owner_organisation_id, row.assigned_organisation_id, ...history.map((move) => move.assigned_organisation_id), ...shares.map((share) => share.organisation_id)]),
    userNames(services.db, [row.recorded_by, row.assigned_user_id, ...history.flatMap((move) => [move.moved_by, move.assigned_user_id]), ...links.map((link) => link.linked_by), ...shares.map((share) => share.shared_by)]),
    siteNames(services.db, [row.site_id]),
  ]);
  if (context) await inTransaction(services, (trx) => audit(services, trx, context, { action: 'record.read', resourceType: 'report', resourceId: row.id }));
  return presentReportDetail(
    {
      row,
      access,
      actorOrganisationId: actor.organisationId,
      reporter: decrypted.reporter,
      placeDetail: decrypted.placeDetail,
      narrative: decrypted.narrative,
      people,
      history,
      links: links.map((link) => ({ ...link, reference: references.get(link.otherId) ?? null })),
      shares,
      operations,
    },
    { organisations, users, sites },
    services.now(),
  );
}
