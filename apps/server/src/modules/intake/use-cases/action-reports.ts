import type { AuditContext } from '../../../audit/audit-events';
import type { ReportsTable } from '../../../db/schema';
import type { Actor } from '../../../policy/actor';
import { decide } from '../../../policy/policy';
import { reportAccess } from '../../../policy/intake-scope';
import type { Executor, Services } from '../../../services';
import type { FieldProblems } from '../../../validation/field-problems';
import { findReportRows, loadReportAccessFacts, updateReportRow } from '../intake.repository';
import { applyReportMove } from './move-report-status';

/**
 * Checks the reports an operation acts on: each must be one the actor may see, and about the
 * operation's site (or about no site yet). Problems are added under `path.N`; resolves to the
 * rows, in the order given.
 */
export async function checkReportsForOperation(services: Services, actor: Actor, problems: FieldProblems, path: string, reportIds: readonly string[], siteId: string): Promise<ReportsTable[]> {
  const rows = new Map((await findReportRows(services.db, reportIds)).map((row) => [row.id, row]));
  const facts = await loadReportAccessFacts(services.db, reportIds);
  const found: ReportsTable[] = [];
  reportIds.forEach((id, index) => {
    const row = rows.get(id);
    const fact = facts.get(id);
    if (!row || !fact || !decide(actor, 'operation.create', { type: 'report', access: reportAccess(actor, fact) }).allowed) {
      problems.add(`${path}.${index}`, 'No such report.', 'unknown_report');
    } else if (row.site_id !== null && row.site_id !== siteId) {
      problems.add(`${path}.${index}`, `Report ${row.reference} is about another site.`, 'report_about_other_site');
    } else {
      found.push(row);
    }
  });
  return found;
}

/**
 * Inside an operation's transaction: the reports it acted on move to "actioned" (those still
 * waiting; closed or already actioned reports keep their status), and a report about no site
 * yet is set to the operation's site.
 */
export async function actionReportsOfOperation(services: Services, trx: Executor, actor: Actor, rows: readonly ReportsTable[], operation: { id: string; siteId: string; kind: string; occurredOn: string }, context: AuditContext): Promise<number> {
  let actioned = 0;
  for (const row of rows) {
    if (row.site_id === null) await updateReportRow(trx, row.id, { site_id: operation.siteId });
    if (row.status === 'actioned' || row.status === 'closed') continue;
    await applyReportMove(services, trx, actor, row, { to: 'actioned', reason: `Acted on by the ${operation.kind} of ${operation.occurredOn}`, closureReason: null, assignedUserId: null, assignedOrganisationId: null }, context);
    actioned += 1;
  }
  return actioned;
}
