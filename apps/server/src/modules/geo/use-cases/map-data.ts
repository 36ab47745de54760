import { currentSiteStatus, SITE_PATTERN_RULES, sortStatusHistory, type MapData, type MapQuery, type SiteStatus } from '@ctip/contracts';
import type { Services } from '../../../services';
import { todayOf } from '../../../validation/dates';
import { findSitePatterns } from '../../sites/use-cases/find-site-patterns';
import { listStatusHistoriesOfSites } from '../../sites/use-cases/site-histories';
import { boundaryStatus, listMapSites, listProvincePoints, reportCountsByProvince } from '../geo.repository';

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The map: Cambodia's provinces (centroids, and whether boundaries are loaded, with their
 * attribution), the sites as points, and per province how many sites and reports there are.
 * Sites are shown with the status they had at the end of the period (today without one) —
 * filtered by that status and their kind — and, when the period has a start, only if their
 * history has an entry within it. Reports are those received within the period (about sites of
 * the kind, when one is asked), counted over every organisation: numbers only.
 */
export async function loadMapData(services: Services, query: MapQuery): Promise<MapData> {
  const to = query.to ?? todayOf(services.now());
  const [provinces, sites, boundaries, reportCounts] = await Promise.all([
    listProvincePoints(services.db),
    listMapSites(services.db, query.kind),
    boundaryStatus(services.db),
    reportCountsByProvince(services.db, { from: query.from, toExclusive: query.to ? nextDay(query.to) : undefined, siteKind: query.kind }),
  ]);
  const histories = await listStatusHistoriesOfSites(services, query.kind ? sites.map((site) => site.id) : null);
  const findings = await findSitePatterns(services.db, query.kind ? sites.map((site) => site.id) : null, SITE_PATTERN_RULES.manyReportsThreshold);
  const shown: MapData['sites'] = [];
  for (const site of sites) {
    const history = sortStatusHistory((histories.get(site.id) ?? []).filter((entry) => entry.occurredOn <= to));
    const status = currentSiteStatus(history);
    if (!status) continue;
    if (query.status && status.status !== query.status) continue;
    if (query.from && !history.some((entry) => entry.occurredOn >= query.from!)) continue;
    shown.push({
      id: site.id,
      name: site.name,
      kind: site.kind as MapData['sites'][number]['kind'],
      status: status.status as SiteStatus,
      statusOn: status.occurredOn,
      provinceCode: site.province_code,
      latitude: site.latitude,
      longitude: site.longitude,
      patterns: [...new Set((findings.get(site.id) ?? []).map((finding) => finding.pattern))],
    });
  }
  const sitesPerProvince = new Map<string, number>();
  for (const site of shown) sitesPerProvince.set(site.provinceCode, (sitesPerProvince.get(site.provinceCode) ?? 0) + 1);
  return {
    provinces: provinces.map((province) => ({ code: province.code, nameEn: province.name_en, nameKm: province.name_km, latitude: province.latitude, longitude: province.longitude, siteCount: sitesPerProvince.get(province.code) ?? 0, reportCount: reportCounts.get(province.code) ?? 0 })),
    sites: shown,
    boundaries,
  };
}
