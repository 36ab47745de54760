import { checkStatusEntry, currentSiteStatus, type SiteStatus, type SiteStatusInput } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import type { SitesTable } from '../../../db/schema';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Executor, type Services } from '../../../services';
import { todayOf } from '../../../validation/dates';
import { FieldProblems } from '../../../validation/field-problems';
import { insertStatusEntry, loadStatusHistories, refreshSiteStatus } from '../sites.repository';
import { checkSiteSource, type SourceColumns } from './check-site-source';

/** An entry to append, already checked. */
export interface StatusEntry {
  status: SiteStatus;
  occurredOn: string;
  source: SourceColumns;
  correctionReason: string | null;
}

/**
 * Appends an entry to a site's history inside the caller's transaction, and refreshes the
 * copies the site row keeps (latest status by date, first date). The caller has checked the
 * entry (checkStatusEntry) against the history.
 */
export async function appendSiteStatus(services: Services, trx: Executor, actor: Actor, siteId: string, entry: StatusEntry, context: AuditContext): Promise<void> {
  const at = services.now().toISOString();
  await insertStatusEntry(trx, { site_id: siteId, status: entry.status, occurred_on: entry.occurredOn, ...entry.source, is_correction: entry.correctionReason ? 1 : 0, correction_reason: entry.correctionReason, recorded_by: actor.userId, recorded_at: at });
  const history = (await loadStatusHistories(trx, [siteId])).get(siteId) ?? [];
  const facts = history.map((row) => ({ status: row.status as SiteStatus, occurredOn: row.occurred_on, sequence: row.sequence }));
  const current = currentSiteStatus(facts)!;
  const first = facts.map((fact) => fact.occurredOn).sort()[0]!;
  await refreshSiteStatus(trx, siteId, current, first, at);
  await audit(services, trx, context, { action: 'site.status_recorded', resourceType: 'site', resourceId: siteId, details: { status: entry.status, sourceKind: entry.source.source_kind, correction: entry.correctionReason !== null } });
}

/** Checks an entry against a site's history (dates, order, corrections); problems are added under `path`. */
export async function checkEntryForSite(services: Services, problems: FieldProblems, siteId: string, entry: { status: SiteStatus; occurredOn: string; correctionReason?: string | null | undefined }, path = ''): Promise<void> {
  const history = (await loadStatusHistories(services.db, [siteId])).get(siteId) ?? [];
  for (const problem of checkStatusEntry(history.map((row) => ({ status: row.status as SiteStatus, occurredOn: row.occurred_on, sequence: row.sequence })), entry, todayOf(services.now()), path)) {
    problems.add(problem.path, problem.message, problem.code);
  }
}

/**
 * Records a dated status of a site with its source: never in the future, never before the
 * latest entry unless inserted as a historical correction with a reason.
 * @throws AppError validation_failed.
 */
export async function recordSiteStatus(services: Services, actor: Actor, site: SitesTable, input: SiteStatusInput, context: AuditContext): Promise<void> {
  const problems = new FieldProblems();
  await checkEntryForSite(services, problems, site.id, input);
  const source = await checkSiteSource(services, actor, problems, 'source', input.source, site.id, todayOf(services.now()));
  problems.throwIfAny();
  await inTransaction(services, (trx) => appendSiteStatus(services, trx, actor, site.id, { status: input.status, occurredOn: input.occurredOn, source, correctionReason: input.correctionReason ?? null }, context));
}
