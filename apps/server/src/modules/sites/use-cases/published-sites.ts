import type { PublicSite } from '@ctip/contracts';
import type { SitesTable } from '../../../db/schema';
import { notFound } from '../../../errors';
import type { Services } from '../../../services';
import { findOperationsBrief, findSiteRow, listPublishedSiteRows, loadSiteAliases, loadStatusHistories } from '../sites.repository';
import { presentPublicSite } from '../sites.presenter';

async function presentAll(services: Services, rows: SitesTable[]): Promise<PublicSite[]> {
  const ids = rows.map((row) => row.id);
  const [aliases, histories] = await Promise.all([loadSiteAliases(services.db, ids), loadStatusHistories(services.db, ids)]);
  const operations = await findOperationsBrief(services.db, [...histories.values()].flat().map((entry) => entry.source_operation_id).filter((id): id is string => id !== null));
  return rows.map((row) => presentPublicSite(row, aliases.get(row.id) ?? [], histories.get(row.id) ?? [], operations));
}

/** The sites an administrator published, with their dated history and sources (nothing about people). */
export async function listPublishedSites(services: Services): Promise<PublicSite[]> {
  return presentAll(services, await listPublishedSiteRows(services.db));
}

/** One published site. @throws AppError not_found when it does not exist or is not published. */
export async function loadPublishedSite(services: Services, siteId: string): Promise<PublicSite> {
  const row = await findSiteRow(services.db, siteId);
  if (!row || row.is_published !== 1) throw notFound();
  return (await presentAll(services, [row]))[0]!;
}
