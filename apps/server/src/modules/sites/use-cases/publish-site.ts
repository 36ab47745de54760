import type { AuditContext } from '../../../audit/audit-events';
import type { SitesTable } from '../../../db/schema';
import { AppError, invalidField } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Services } from '../../../services';
import { loadStatusHistories, updateSiteRow } from '../sites.repository';

/**
 * Publishes a site's status history to the public list, or withdraws it. Only sites that were
 * raided or closed are published (the public list is of enforcement outcomes, with sources).
 * @throws AppError conflict (already in that state), validation_failed (never raided or closed).
 */
export async function setSitePublication(services: Services, actor: Actor, site: SitesTable, publish: boolean, context: AuditContext): Promise<void> {
  if ((site.is_published === 1) === publish) throw new AppError('conflict', publish ? 'The site is already published.' : 'The site is not published.');
  if (publish) {
    const history = (await loadStatusHistories(services.db, [site.id])).get(site.id) ?? [];
    if (!history.some((entry) => entry.status === 'raided' || entry.status === 'closed')) throw invalidField('id', 'Only sites that were raided or closed are published, with their sources.', 'not_publishable');
  }
  await inTransaction(services, async (trx) => {
    const at = services.now().toISOString();
    await updateSiteRow(trx, site.id, publish ? { is_published: 1, published_at: at, published_by: actor.userId } : { is_published: 0, published_at: null, published_by: null });
    await audit(services, trx, context, { action: publish ? 'site.published' : 'site.unpublished', resourceType: 'site', resourceId: site.id });
  });
}
