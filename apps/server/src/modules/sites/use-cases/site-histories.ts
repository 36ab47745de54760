import type { SiteStatus } from '@ctip/contracts';
import type { Services } from '../../../services';
import { loadStatusHistories } from '../sites.repository';

/** The status histories of sites (every site when `siteIds` is null), as dated facts, for the map. */
export async function listStatusHistoriesOfSites(services: Services, siteIds: readonly string[] | null): Promise<Map<string, Array<{ status: SiteStatus; occurredOn: string; sequence: number }>>> {
  const histories = await loadStatusHistories(services.db, siteIds);
  return new Map([...histories].map(([siteId, rows]) => [siteId, rows.map((row) => ({ status: row.status as SiteStatus, occurredOn: row.occurred_on, sequence: row.sequence }))]));
}
