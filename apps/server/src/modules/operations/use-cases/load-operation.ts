import type { OperationDetail, OperationSummary } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import type { OperationsTable } from '../../../db/schema';
import { notFound } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import type { Action } from '../../../policy/permissions';
import { authorize } from '../../../policy/policy';
import { audit, inTransaction, type Services } from '../../../services';
import { lookUpNames } from '../../intake/use-cases/look-up-names';
import { visibleReportIds } from '../../intake/use-cases/report-access-of';
import { countRescuedPersons, decryptEvidence, findOperationRow, listOperationRows, loadOperationCounts, loadOperationParties, loadOperationReportIds, loadRescuedCasesOwnedBy } from '../operations.repository';
import { presentOperationDetail, presentOperationSummary } from '../operations.presenter';

/**
 * Loads an operation after checking the action: only the organisations that took part see it.
 * @throws AppError not_found.
 */
export async function operationFor(services: Services, actor: Actor, operationId: string, action: Action): Promise<OperationsTable> {
  const row = await findOperationRow(services.db, operationId);
  if (!row) throw notFound();
  const parties = await loadOperationParties(services.db, [row.id]);
  authorize(actor, action, { type: 'operation', access: { relation: parties.some((party) => party.organisation_id === actor.organisationId) ? 'party' : 'none' } });
  return row;
}

/**
 * An operation's page. It shows the evidence notes (and to the receiving organisation the
 * survivors' cases), so the read is audited before anything is returned.
 */
export async function loadOperationDetail(services: Services, actor: Actor, row: OperationsTable, context: AuditContext | null): Promise<OperationDetail> {
  const [parties, counts, survivorCases, individualsRecorded, reportIds] = await Promise.all([
    loadOperationParties(services.db, [row.id]),
    loadOperationCounts(services.db, row.id),
    loadRescuedCasesOwnedBy(services.db, row.id, actor.organisationId),
    countRescuedPersons(services.db, row.id),
    loadOperationReportIds(services.db, row.id),
  ]);
  const agencyIds = parties.filter((party) => party.role === 'agency').map((party) => party.organisation_id);
  const visible = await visibleReportIds(services, actor, reportIds);
  const names = await lookUpNames(services.db, { organisations: parties.map((party) => party.organisation_id), sites: [row.site_id], users: [row.recorded_by], reports: [...visible] });
  if (context) await inTransaction(services, (trx) => audit(services, trx, context, { action: 'record.read', resourceType: 'operation', resourceId: row.id }));
  return presentOperationDetail(
    row,
    {
      agencyIds,
      rescued: counts.rescued,
      arrests: counts.arrests,
      evidenceNotes: decryptEvidence(services.keyRing, row),
      survivorCases: row.receiving_organisation_id === actor.organisationId || survivorCases.length > 0 ? survivorCases : null,
      individualsRecorded,
      reports: [...names.reportReferences].map(([id, reference]) => ({ id, reference })),
    },
    names,
  );
}

/** The operations the actor's organisation took part in, latest first. */
export async function listOperations(services: Services, actor: Actor, query: { page: number; pageSize: number; siteId?: string | undefined; kind?: string | undefined }): Promise<{ items: OperationSummary[]; total: number }> {
  const { page, pageSize, ...filters } = query;
  const { rows, total } = await listOperationRows(services.db, actor.organisationId, filters, { page, pageSize });
  const parties = await loadOperationParties(services.db, rows.map((row) => row.id));
  const names = await lookUpNames(services.db, { organisations: [...rows.flatMap((row) => [row.lead_organisation_id, row.owner_organisation_id]), ...parties.map((party) => party.organisation_id)], sites: rows.map((row) => row.site_id) });
  return {
    items: rows.map((row) => presentOperationSummary(row, parties.filter((party) => party.operation_id === row.id && party.role === 'agency').map((party) => party.organisation_id), names)),
    total,
  };
}
