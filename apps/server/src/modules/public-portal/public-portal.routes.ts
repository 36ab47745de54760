import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicSiteSchema } from '@ctip/contracts';
import type { Services } from '../../services';
import { listPublishedSites, loadPublishedSite } from '../sites/use-cases/published-sites';

const idParams = z.object({ id: z.string().min(1).max(64) });

/**
 * The public portal: read-only, no session, rate-limited like every route. It lists the sites an
 * administrator published, with their dated status history and sources — never anything about
 * people (no reports' content, no persons, no counts of reports).
 */
export async function registerPublicPortalRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];

  routes.get('/api/public/sites', {
    config: { access: 'public' },
    schema: { tags, summary: 'Published sites with their status history and sources (no sign-in)', response: { 200: z.object({ items: z.array(publicSiteSchema) }) } },
  }, async () => ({ items: await listPublishedSites(services) }));

  routes.get('/api/public/sites/:id', {
    config: { access: 'public' },
    schema: { tags, summary: 'One published site (no sign-in)', params: idParams, response: { 200: publicSiteSchema } },
  }, async (request) => loadPublishedSite(services, request.params.id));
}
