import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createOrganisationRequestSchema,
  LIMITS,
  ORGANISATION_KINDS,
  organisationSchema,
  pageOf,
  pageQuerySchema,
  updateOrganisationRequestSchema,
} from '@ctip/contracts';
import { notFound } from '../../errors';
import { auditContextOf, requireActor } from '../../http/request-context';
import { authorize } from '../../policy/policy';
import type { Services } from '../../services';
import { presentOrganisation } from './organisations.presenter';
import { findOrganisation, listOrganisations } from './organisations.repository';
import { changeOrganisation, createOrganisation } from './use-cases/save-organisation';

const idParams = z.object({ id: z.string().min(1).max(64) });

/** The organisation directory: everyone signed in reads it; platform administrators edit it. */
export async function registerOrganisationRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get('/api/organisations', {
    schema: {
      tags: ['organisations'],
      summary: 'List organisations',
      querystring: pageQuerySchema.extend({
        search: z.string().trim().max(LIMITS.searchTextMaxLength).optional(),
        kind: z.enum(ORGANISATION_KINDS).optional(),
        status: z.enum(['active', 'inactive']).optional(),
      }),
      response: { 200: pageOf(organisationSchema) },
    },
  }, async (request) => {
    const actor = requireActor(request);
    authorize(actor, 'organisation.list', { type: 'organisation', id: actor.organisationId });
    const { page, pageSize, ...filters } = request.query;
    const { rows, total } = await listOrganisations(services.db, services.dialect, filters, { page, pageSize });
    return { items: rows.map(presentOrganisation), page, pageSize, total };
  });

  routes.post('/api/organisations', {
    schema: { tags: ['organisations'], summary: 'Add an organisation', body: createOrganisationRequestSchema, response: { 201: organisationSchema } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    authorize(actor, 'organisation.create', { type: 'organisation', id: 'new' });
    const row = await createOrganisation(services, request.body, auditContextOf(request));
    return reply.status(201).send(presentOrganisation(row));
  });

  routes.get('/api/organisations/:id', {
    schema: { tags: ['organisations'], summary: 'One organisation', params: idParams, response: { 200: organisationSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    const row = await findOrganisation(services.db, request.params.id);
    if (!row) throw notFound();
    authorize(actor, 'organisation.read', { type: 'organisation', id: row.id });
    return presentOrganisation(row);
  });

  routes.patch('/api/organisations/:id', {
    schema: { tags: ['organisations'], summary: 'Change an organisation', params: idParams, body: updateOrganisationRequestSchema, response: { 200: organisationSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    const row = await findOrganisation(services.db, request.params.id);
    if (!row) throw notFound();
    authorize(actor, 'organisation.update', { type: 'organisation', id: row.id });
    return presentOrganisation(await changeOrganisation(services, row.id, request.body, auditContextOf(request)));
  });
}
