import type { ReportsTable } from '../../../db/schema';
import { notFound } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import { reportAccess, type ReportAccess } from '../../../policy/intake-scope';
import type { Action } from '../../../policy/permissions';
import { authorize, decide } from '../../../policy/policy';
import type { Services } from '../../../services';
import { findReportRow, loadReportAccessFacts } from '../intake.repository';

/** A report and the actor's access to it; null when there is no such report. */
export async function accessToReport(services: Services, actor: Actor, reportId: string): Promise<{ row: ReportsTable; access: ReportAccess } | null> {
  const row = await findReportRow(services.db, reportId);
  if (!row) return null;
  const facts = (await loadReportAccessFacts(services.db, [reportId])).get(reportId)!;
  return { row, access: reportAccess(actor, facts) };
}

/**
 * Loads a report after checking the action on it; a report out of reach is not found.
 * @throws AppError not_found, or forbidden (an organisation it was shared with may not change it).
 */
export async function reportFor(services: Services, actor: Actor, reportId: string, action: Action): Promise<{ row: ReportsTable; access: ReportAccess }> {
  const found = await accessToReport(services, actor, reportId);
  if (!found) throw notFound();
  authorize(actor, action, { type: 'report', access: found.access });
  return found;
}

/** Which of the reports the actor may read (a reading role, and the owner or shared with the actor's organisation). */
export async function visibleReportIds(services: Services, actor: Actor, reportIds: readonly string[]): Promise<Set<string>> {
  const facts = await loadReportAccessFacts(services.db, reportIds);
  const visible = new Set<string>();
  for (const [id, fact] of facts) if (decide(actor, 'report.read', { type: 'report', access: reportAccess(actor, fact) }).allowed) visible.add(id);
  return visible;
}
