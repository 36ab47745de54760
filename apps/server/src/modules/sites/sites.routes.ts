import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, siteDetailSchema, siteInputSchema, siteListQuerySchema, sitePatternsQuerySchema, sitePatternsSchema, siteStatusInputSchema, siteSummarySchema, siteUpdateSchema } from '@ctip/contracts';
import { auditContextOf, requireActor } from '../../http/request-context';
import { authorize } from '../../policy/policy';
import type { Services } from '../../services';
import { listSitePatterns, listSites } from './use-cases/list-sites';
import { loadSiteDetail, siteFor } from './use-cases/load-site';
import { setSitePublication } from './use-cases/publish-site';
import { recordSite, updateSite } from './use-cases/record-site';
import { recordSiteStatus } from './use-cases/record-site-status';

const idParams = z.object({ id: z.string().min(1).max(64) });

/** The registry of sites of exploitation: places (not people), shared platform-wide (policy: ../intake/POLICY.md). */
export async function registerSiteRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['sites'];

  routes.get('/api/sites', {
    schema: { tags, summary: 'The registry: search by name or alias; filters by kind, status, province, pattern, publication', querystring: siteListQuerySchema, response: { 200: pageOf(siteSummarySchema) } },
  }, async (request) => {
    authorize(requireActor(request), 'site.list', { type: 'site' });
    const { items, total } = await listSites(services, request.query);
    return { items, total, page: request.query.page, pageSize: request.query.pageSize };
  });

  routes.post('/api/sites', {
    schema: { tags, summary: 'Add a site with its first dated status and source', body: siteInputSchema, response: { 201: siteDetailSchema } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    authorize(actor, 'site.create', { type: 'site' });
    const id = await recordSite(services, actor, request.body, auditContextOf(request));
    return reply.status(201).send(await loadSiteDetail(services, actor, await siteFor(services, actor, id, 'site.read')));
  });

  routes.get('/api/sites/patterns', {
    schema: { tags, summary: 'Sites showing a pattern: raided then licensed or reopened; many reports and no operation; reports after closure', querystring: sitePatternsQuerySchema, response: { 200: sitePatternsSchema } },
  }, async (request) => {
    authorize(requireActor(request), 'site.list', { type: 'site' });
    return listSitePatterns(services, request.query);
  });

  routes.get('/api/sites/:id', {
    schema: { tags, summary: 'A site’s page: dated status history with sources, patterns, operations', params: idParams, response: { 200: siteDetailSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    return loadSiteDetail(services, actor, await siteFor(services, actor, request.params.id, 'site.read'));
  });

  routes.patch('/api/sites/:id', {
    schema: { tags, summary: 'Edit a site’s kind, names, operators or place', params: idParams, body: siteUpdateSchema, response: { 200: siteDetailSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    const site = await siteFor(services, actor, request.params.id, 'site.update');
    await updateSite(services, site, request.body, auditContextOf(request));
    return loadSiteDetail(services, actor, await siteFor(services, actor, site.id, 'site.read'));
  });

  routes.post('/api/sites/:id/statuses', {
    schema: { tags, summary: 'Add a dated status with its source (a correction dated before the latest needs a reason)', params: idParams, body: siteStatusInputSchema, response: { 201: siteDetailSchema } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const site = await siteFor(services, actor, request.params.id, 'site.record_status');
    await recordSiteStatus(services, actor, site, request.body, auditContextOf(request));
    return reply.status(201).send(await loadSiteDetail(services, actor, await siteFor(services, actor, site.id, 'site.read')));
  });

  for (const publish of [true, false]) {
    routes.post(`/api/sites/:id/${publish ? 'publish' : 'unpublish'}`, {
      schema: { tags, summary: publish ? 'Publish the site’s status history to the public list (platform administrators)' : 'Withdraw the site from the public list (platform administrators)', params: idParams, response: { 200: z.object({ id: z.string(), isPublished: z.boolean() }) } },
    }, async (request) => {
      const actor = requireActor(request);
      const site = await siteFor(services, actor, request.params.id, 'site.publish');
      await setSitePublication(services, actor, site, publish, auditContextOf(request));
      return { id: site.id, isPublished: publish };
    });
  }
}
