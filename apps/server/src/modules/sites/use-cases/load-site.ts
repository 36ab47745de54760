import { SITE_PATTERN_RULES, type SiteDetail } from '@ctip/contracts';
import type { SitesTable } from '../../../db/schema';
import { notFound } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import type { Action } from '../../../policy/permissions';
import { authorize } from '../../../policy/policy';
import type { Services } from '../../../services';
import { lookUpNames } from '../../intake/use-cases/look-up-names';
import { visibleReportIds } from '../../intake/use-cases/report-access-of';
import { findOperationsBrief, findSiteRow, loadSiteAliases, loadSiteOperators, loadStatusHistories, operationCountsBySite, operationsAtSite, reportCountsBySite } from '../sites.repository';
import { presentSiteDetail } from '../sites.presenter';
import { findSitePatterns } from './find-site-patterns';

/** A site row, or undefined (for modules that refer to sites: reports, operations). */
export async function findSite(services: Services, siteId: string): Promise<SitesTable | undefined> {
  return findSiteRow(services.db, siteId);
}

/**
 * Loads a site after checking the action; an unknown site is not found.
 * @throws AppError not_found, forbidden.
 */
export async function siteFor(services: Services, actor: Actor, siteId: string, action: Action): Promise<SitesTable> {
  const row = await findSiteRow(services.db, siteId);
  if (!row) throw notFound();
  authorize(actor, action, { type: 'site' });
  return row;
}

/**
 * A site's page: the place, its operators, its dated history with sources (a report's
 * reference only for those who may see the report), its patterns, the operations there that
 * the actor's organisation took part in, and counts of all reports and operations.
 */
export async function loadSiteDetail(services: Services, actor: Actor, row: SitesTable): Promise<SiteDetail> {
  const [aliases, operators, histories, findings, reportCounts, operationCounts, operations] = await Promise.all([
    loadSiteAliases(services.db, [row.id]),
    loadSiteOperators(services.db, row.id),
    loadStatusHistories(services.db, [row.id]),
    findSitePatterns(services.db, [row.id], SITE_PATTERN_RULES.manyReportsThreshold),
    reportCountsBySite(services.db, [row.id]),
    operationCountsBySite(services.db, [row.id]),
    operationsAtSite(services.db, row.id, actor.organisationId),
  ]);
  const history = histories.get(row.id) ?? [];
  const reportIds = history.map((entry) => entry.source_report_id).filter((id): id is string => id !== null);
  const visible = await visibleReportIds(services, actor, reportIds);
  const names = await lookUpNames(services.db, { organisations: [row.created_by_organisation_id], users: history.map((entry) => entry.recorded_by), reports: [...visible] });
  const operationSources = await findOperationsBrief(services.db, history.map((entry) => entry.source_operation_id).filter((id): id is string => id !== null));
  return presentSiteDetail(
    row,
    {
      aliases: aliases.get(row.id) ?? [],
      reportCount: reportCounts.get(row.id) ?? 0,
      operationCount: operationCounts.get(row.id) ?? 0,
      findings: findings.get(row.id) ?? [],
      operators,
      history,
      operations,
      createdByOrganisation: names.organisations.get(row.created_by_organisation_id) ?? { id: row.created_by_organisation_id, nameEn: '', nameKm: null },
    },
    { reportReferences: names.reportReferences, operations: operationSources, users: names.users },
  );
}
