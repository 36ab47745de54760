import { SITE_PATTERN_RULES, type SitePatternFinding, type SiteListQuery, type SitePattern, type SiteSummary } from '@ctip/contracts';
import type { SitesTable } from '../../../db/schema';
import type { Services } from '../../../services';
import { findSiteRows, listSiteRows, loadSiteAliases, operationCountsBySite, reportCountsBySite } from '../sites.repository';
import { presentSiteSummary } from '../sites.presenter';
import { findSitePatterns } from './find-site-patterns';

/** Summaries of site rows: aliases, counts and patterns looked up once for all of them. */
export async function summariseSites(services: Services, rows: SitesTable[], knownFindings?: Map<string, SitePatternFinding[]>): Promise<SiteSummary[]> {
  const ids = rows.map((row) => row.id);
  const [aliases, reportCounts, operationCounts, findings] = await Promise.all([
    loadSiteAliases(services.db, ids),
    reportCountsBySite(services.db, ids),
    operationCountsBySite(services.db, ids),
    knownFindings ?? findSitePatterns(services.db, ids, SITE_PATTERN_RULES.manyReportsThreshold),
  ]);
  return rows.map((row) => presentSiteSummary(row, { aliases: aliases.get(row.id) ?? [], reportCount: reportCounts.get(row.id) ?? 0, operationCount: operationCounts.get(row.id) ?? 0, findings: findings.get(row.id) ?? [] }));
}

/**
 * The registry: search by name or alias, filters by kind, current status, province,
 * publication and pattern. A pattern filter runs pattern detection over the whole registry
 * first (thousands of sites: a few grouped queries), then pages through the sites it found.
 */
export async function listSites(services: Services, query: SiteListQuery): Promise<{ items: SiteSummary[]; total: number }> {
  const { page, pageSize, pattern, ...filters } = query;
  let findings: Map<string, SitePatternFinding[]> | undefined;
  let siteIds: string[] | undefined;
  if (pattern) {
    findings = await findSitePatterns(services.db, null, SITE_PATTERN_RULES.manyReportsThreshold);
    siteIds = [...findings].filter(([, found]) => found.some((finding) => finding.pattern === pattern)).map(([id]) => id);
  }
  const { rows, total } = await listSiteRows(services.db, services.dialect, { ...filters, siteIds }, { page, pageSize });
  return { items: await summariseSites(services, rows, findings), total };
}

/** Every site showing a pattern (or the one asked for), with its findings; the "many reports" threshold may be overridden. */
export async function listSitePatterns(services: Services, query: { pattern?: SitePattern | undefined; minReports?: number | undefined }): Promise<{ manyReportsThreshold: number; items: Array<{ site: SiteSummary; findings: SitePatternFinding[] }> }> {
  const threshold = query.minReports ?? SITE_PATTERN_RULES.manyReportsThreshold;
  const findings = await findSitePatterns(services.db, null, threshold);
  const matching = [...findings].map(([id, found]) => [id, query.pattern ? found.filter((finding) => finding.pattern === query.pattern) : found] as const).filter(([, found]) => found.length > 0);
  const rows = await findSiteRows(services.db, matching.map(([id]) => id));
  const summaries = new Map((await summariseSites(services, rows, findings)).map((summary) => [summary.id, summary]));
  const items = matching.map(([id, found]) => ({ site: summaries.get(id)!, findings: found })).sort((left, right) => (left.site.name < right.site.name ? -1 : left.site.name > right.site.name ? 1 : 0));
  return { manyReportsThreshold: threshold, items };
}
