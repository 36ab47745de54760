import { detectSitePatterns, type SitePatternFinding, type SiteStatus } from '@ctip/contracts';
import type { Executor } from '../../../services';
import { loadStatusHistories, operationCountsBySite, reportCountsBySite, reportDatesBySite } from '../sites.repository';

/**
 * The patterns of sites (every site when `siteIds` is null), by site: raided then licensed or
 * reopened, many reports and no operation, reports after a closure (contracts'
 * detectSitePatterns). Reports are counted in one grouped query; their dates are read only for
 * sites that were closed, from their first closure on.
 */
export async function findSitePatterns(db: Executor, siteIds: readonly string[] | null, manyReportsThreshold: number): Promise<Map<string, SitePatternFinding[]>> {
  const [histories, reportCounts, operationCounts] = await Promise.all([loadStatusHistories(db, siteIds), reportCountsBySite(db, siteIds), operationCountsBySite(db, siteIds)]);
  const firstClosure = new Map<string, string>();
  for (const [siteId, history] of histories) {
    const closures = history.filter((entry) => entry.status === 'closed').map((entry) => entry.occurred_on).sort();
    if (closures.length > 0 && (reportCounts.get(siteId) ?? 0) > 0) firstClosure.set(siteId, closures[0]!);
  }
  const since = [...firstClosure.values()].sort()[0];
  const dates = since ? await reportDatesBySite(db, [...firstClosure.keys()], since) : new Map<string, string[]>();
  const result = new Map<string, SitePatternFinding[]>();
  for (const [siteId, history] of histories) {
    result.set(
      siteId,
      detectSitePatterns(
        {
          history: history.map((entry) => ({ status: entry.status as SiteStatus, occurredOn: entry.occurred_on, sequence: entry.sequence })),
          reportDates: dates.get(siteId) ?? [],
          reportCount: reportCounts.get(siteId) ?? 0,
          operationCount: operationCounts.get(siteId) ?? 0,
        },
        manyReportsThreshold,
      ),
    );
  }
  return result;
}
