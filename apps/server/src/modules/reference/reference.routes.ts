import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  countrySchema,
  indicatorSchema,
  lawSchema,
  LIMITS,
  ocIndexSchema,
  pageOf,
  pageQuerySchema,
  placeSchema,
  provinceSchema,
  referenceSourceSchema,
  referenceStatisticSchema,
  type Country,
  type Indicator,
  type Law,
  type OcIndex,
  type Place,
  type Province,
  type ReferenceSource,
  type ReferenceStatistic,
} from '@ctip/contracts';
import { requireActor } from '../../http/request-context';
import { authorize } from '../../policy/policy';
import type { Services } from '../../services';
import { listCountries, listProvinces, listReferenceItems, listStatistics } from './reference.repository';

const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** Cambodia's reference data, read-only, for everyone signed in. */
export async function registerReferenceRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reference'];

  routes.get('/api/reference/provinces', { schema: { tags, summary: "Cambodia's 25 provinces with ISO codes and Khmer names", response: { 200: listOf(provinceSchema) } } }, async (request) => {
    authorize(requireActor(request), 'reference.read', { type: 'reference' });
    return { items: await listProvinces<Province>(services.db) };
  });

  routes.get('/api/reference/countries', { schema: { tags, summary: 'Countries of origin, transit and destination', response: { 200: listOf(countrySchema) } } }, async (request) => {
    authorize(requireActor(request), 'reference.read', { type: 'reference' });
    return { items: await listCountries<Country>(services.db) };
  });

  routes.get('/api/reference/places', { schema: { tags, summary: 'Towns and border checkpoints', response: { 200: listOf(placeSchema) } } }, async (request) => {
    authorize(requireActor(request), 'reference.read', { type: 'reference' });
    return { items: await listReferenceItems<Place>(services.db, 'place') };
  });

  routes.get('/api/reference/laws', { schema: { tags, summary: 'Laws, agreements and plans, with the articles that matter to charges', response: { 200: listOf(lawSchema) } } }, async (request) => {
    authorize(requireActor(request), 'reference.read', { type: 'reference' });
    return { items: await listReferenceItems<Law>(services.db, 'law') };
  });

  routes.get('/api/reference/indicators', { schema: { tags, summary: 'What reference statistics measure', response: { 200: listOf(indicatorSchema) } } }, async (request) => {
    authorize(requireActor(request), 'reference.read', { type: 'reference' });
    return { items: await listReferenceItems<Indicator>(services.db, 'indicator') };
  });

  routes.get('/api/reference/statistics', {
    schema: {
      tags,
      summary: 'Published figures, each with its source',
      querystring: pageQuerySchema.extend({ indicator: z.string().max(80).optional(), search: z.string().trim().max(LIMITS.searchTextMaxLength).optional() }),
      response: { 200: pageOf(referenceStatisticSchema) },
    },
  }, async (request) => {
    authorize(requireActor(request), 'reference.read', { type: 'reference' });
    const { page, pageSize, ...filters } = request.query;
    const { items, total } = await listStatistics<ReferenceStatistic>(services.db, filters, { page, pageSize });
    return { items, page, pageSize, total };
  });

  routes.get('/api/reference/sources', { schema: { tags, summary: 'Documents the reference data cites', response: { 200: listOf(referenceSourceSchema) } } }, async (request) => {
    authorize(requireActor(request), 'reference.read', { type: 'reference' });
    return { items: await listReferenceItems<ReferenceSource>(services.db, 'source') };
  });

  routes.get('/api/reference/oc-index', { schema: { tags, summary: "The Global Organized Crime Index structure and Cambodia's scores", response: { 200: ocIndexSchema } } }, async (request) => {
    authorize(requireActor(request), 'reference.read', { type: 'reference' });
    const [index] = await listReferenceItems<OcIndex>(services.db, 'oc_index');
    return index ?? { markets: [], actorTypes: [], resilienceIndicators: [], editions: [] };
  });
}
