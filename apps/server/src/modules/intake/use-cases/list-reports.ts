import type { ReportListQuery, ReportQueueQuery, ReportSummary } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Services } from '../../../services';
import { queryDigestGroups } from '../../persons/name-tokens';
import { contactIndexesOf, findReportIdsByName, findReportIdsByReference, loadReportAccessFacts, findReportsByContactIndexes, listQueueRows, listReportRows, organisationNames, siteNames, userNames, type ReportSummaryRow } from '../intake.repository';
import { presentReportSummary } from '../intake.presenter';

const MAX_SEARCH_REPORTS = 2_000;
const REFERENCE = /^rp-?\d{4}-?\d{1,6}$/i;

/** Presents rows for the actor: names of organisations, users and sites looked up once. */
async function presentRows(services: Services, actor: Actor, rows: ReportSummaryRow[]): Promise<ReportSummary[]> {
  const [organisations, users, sites] = await Promise.all([
    organisationNames(services.db, rows.flatMap((row) => [row.owner_organisation_id, row.assigned_organisation_id])),
    userNames(services.db, rows.map((row) => row.assigned_user_id)),
    siteNames(services.db, rows.map((row) => row.site_id)),
  ]);
  const now = services.now();
  return rows.map((row) => presentReportSummary(row, { organisations, users, sites }, row.owner_organisation_id === actor.organisationId ? 'owner' : 'shared', now));
}

/**
 * The intake queue: the open reports (new, triaged, assigned) the actor's organisation owns or
 * was given, the least time left first; the overdue view keeps those past their response
 * target, "mine" those assigned to the actor. Nothing identifying is shown, so it is not audited.
 */
export async function listReportQueue(services: Services, actor: Actor, query: ReportQueueQuery): Promise<{ items: ReportSummary[]; total: number }> {
  const { rows, total } = await listQueueRows(
    services.db,
    {
      organisationId: actor.organisationId,
      dueBefore: query.view === 'overdue' ? services.now().toISOString() : undefined,
      assignedUserId: query.view === 'mine' ? actor.userId : undefined,
      urgency: query.urgency,
    },
    query,
  );
  return { items: await presentRows(services, actor, rows), total };
}

/**
 * The reports the actor may see, filtered and sorted. A search finds reports by a person's name
 * (any script or common spelling, through blind indexes), an exact contact, or a reference.
 * A search reveals who is mentioned where, so a listing with one is audited (never the text).
 */
export async function listReports(services: Services, actor: Actor, query: ReportListQuery, context: AuditContext): Promise<{ items: ReportSummary[]; total: number }> {
  const { page, pageSize, search, assignedToMe, ...filters } = query;
  let reportIds: string[] | null = null;
  if (search) {
    const byName = await findReportIdsByName(services.db, queryDigestGroups(services.keyRing, search), MAX_SEARCH_REPORTS);
    const byContact = await findReportsByContactIndexes(services.db, contactIndexesOf(services.keyRing, search), 200);
    // A contact the reporter asked to keep is found only by the organisation that recorded it.
    const owners = await loadReportAccessFacts(services.db, byContact.filter((match) => match.is_withheld === 1).map((match) => match.report_id));
    const usable = byContact.filter((match) => match.is_withheld === 0 || owners.get(match.report_id)?.ownerOrganisationId === actor.organisationId);
    const compact = search.replace(/\s/g, '').toUpperCase();
    const byReference = REFERENCE.test(compact) ? await findReportIdsByReference(services.db, compact) : [];
    reportIds = [...new Set([...byName, ...usable.map((match) => match.report_id), ...byReference])];
  }
  const { rows, total } = await listReportRows(services.db, actor.organisationId, { ...filters, reportIds, assignedUserId: assignedToMe ? actor.userId : undefined }, { page, pageSize });
  const items = await presentRows(services, actor, rows);
  if (search) {
    const filterNames = Object.entries(filters).filter(([, value]) => value !== undefined).map(([key]) => key).concat(['search']).join(',');
    await inTransaction(services, (trx) => audit(services, trx, context, { action: 'record.listed', resourceType: 'report', details: { returned: items.length, filters: filterNames } }));
  }
  return { items, total };
}
