import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { mapDataSchema, mapQuerySchema, provinceBoundariesSchema } from '@ctip/contracts';
import { requireActor } from '../../http/request-context';
import { authorize } from '../../policy/policy';
import type { Services } from '../../services';
import { loadMapData } from './use-cases/map-data';
import { loadProvinceBoundaries } from './use-cases/load-boundaries';

/** The map of Cambodia: province boundaries (imported with `ctip geo import`) and sites and reports per province. */
export async function registerGeoRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['map'];

  routes.get('/api/geo/boundaries', {
    schema: { tags, summary: 'Province boundaries as GeoJSON keyed by ISO 3166-2 code, with the attribution to show (empty until imported)', response: { 200: provinceBoundariesSchema } },
  }, async (request) => {
    authorize(requireActor(request), 'geo.read', { type: 'own_work' });
    return loadProvinceBoundaries(services);
  });

  routes.get('/api/geo/map', {
    schema: { tags, summary: 'Sites and report counts per province, filtered by site status and kind and by period', querystring: mapQuerySchema, response: { 200: mapDataSchema } },
  }, async (request) => {
    authorize(requireActor(request), 'map.read', { type: 'own_work' });
    return loadMapData(services, request.query);
  });
}
