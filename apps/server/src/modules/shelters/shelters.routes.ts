import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { leaveShelterInputSchema, pageOf, pageQuerySchema, shelterInputSchema, shelterListQuerySchema, shelterSchema, shelterStayInputSchema, shelterStaySchema, shelterUpdateInputSchema } from '@ctip/contracts';
import { notFound } from '../../errors';
import { auditContextOf, requireActor } from '../../http/request-context';
import { authorize } from '../../policy/policy';
import { audit, inTransaction, type Services } from '../../services';
import { caseFor } from '../cases/cases.routes';
import { findShelterWithOccupancy, listShelterRows } from './shelters.repository';
import { presentShelter } from './shelters.presenter';
import { admitToShelter, listCaseStays, recordLeaving } from './use-cases/record-shelter-stay';
import { changeShelter, registerShelter } from './use-cases/save-shelter';

const idParams = z.object({ id: z.string().min(1).max(64) });
const stayParams = idParams.extend({ stayId: z.string().min(1).max(64) });

/** Shelters (capacity, who they take in, occupancy now) and the stays of a case's person in them. */
export async function registerShelterRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['shelters'];

  /** A shelter's current state, or a 404. */
  const shelterOrNotFound = async (id: string) => {
    const shelter = await findShelterWithOccupancy(services.db, id);
    if (!shelter) throw notFound();
    return shelter;
  };

  routes.get('/api/shelters', {
    schema: { tags, summary: 'Shelters of every organisation, with capacity and how many people each holds now', querystring: pageQuerySchema.extend(shelterListQuerySchema.shape), response: { 200: pageOf(shelterSchema) } },
  }, async (request) => {
    authorize(requireActor(request), 'shelter.list', { type: 'own_work' });
    const { page, pageSize, ...filters } = request.query;
    const { rows, total } = await listShelterRows(services.db, filters, { page, pageSize });
    return { items: rows.map(presentShelter), total, page, pageSize };
  });

  routes.get('/api/shelters/:id', {
    schema: { tags, summary: 'A shelter, with its occupancy', params: idParams, response: { 200: shelterSchema } },
  }, async (request) => {
    authorize(requireActor(request), 'shelter.list', { type: 'own_work' });
    return presentShelter(await shelterOrNotFound(request.params.id));
  });

  routes.post('/api/shelters', {
    schema: { tags, summary: 'Register a shelter of your organisation', body: shelterInputSchema, response: { 201: shelterSchema } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    authorize(actor, 'shelter.manage', { type: 'shelter', organisationId: actor.organisationId });
    const id = await registerShelter(services, actor, request.body, auditContextOf(request));
    return reply.status(201).send(presentShelter(await shelterOrNotFound(id)));
  });

  routes.patch('/api/shelters/:id', {
    schema: { tags, summary: 'Change a shelter of your organisation: name, province, capacity, who it takes in, open or closed', params: idParams, body: shelterUpdateInputSchema, response: { 200: shelterSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    authorize(actor, 'shelter.manage', { type: 'own_work' });
    const shelter = await shelterOrNotFound(request.params.id);
    authorize(actor, 'shelter.manage', { type: 'shelter', organisationId: shelter.organisation_id });
    await changeShelter(services, shelter, request.body, auditContextOf(request));
    return presentShelter(await shelterOrNotFound(shelter.id));
  });

  routes.get('/api/cases/:id/shelter-stays', {
    schema: { tags, summary: 'Stays of a case’s person in shelters', params: idParams, response: { 200: z.object({ items: z.array(shelterStaySchema) }) } },
  }, async (request) => {
    const { row } = await caseFor(services, requireActor(request), request.params.id, 'case.read', 'shelter');
    const items = await listCaseStays(services, row.id);
    // Where a survivor stays is as sensitive as who they are: the read is recorded.
    await inTransaction(services, (trx) => audit(services, trx, auditContextOf(request), { action: 'record.read', resourceType: 'case', resourceId: row.id, details: { sections: 'shelter' } }));
    return { items };
  });

  routes.post('/api/cases/:id/shelter-stays', {
    schema: { tags, summary: 'Admit a case’s person to a shelter (refused when full, or when it does not take them in)', params: idParams, body: shelterStayInputSchema, response: { 201: shelterStaySchema } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const { row, access } = await caseFor(services, actor, request.params.id, 'case.record_entry', 'shelter');
    const id = await admitToShelter(services, actor, row, access, request.body, auditContextOf(request));
    return reply.status(201).send((await listCaseStays(services, row.id)).find((stay) => stay.id === id)!);
  });

  routes.post('/api/cases/:id/shelter-stays/:stayId/leave', {
    schema: { tags, summary: 'Record that the person left a shelter, when and why', params: stayParams, body: leaveShelterInputSchema, response: { 200: shelterStaySchema } },
  }, async (request) => {
    const actor = requireActor(request);
    const { row, access } = await caseFor(services, actor, request.params.id, 'case.record_entry', 'shelter');
    await recordLeaving(services, actor, row, access, request.params.stayId, request.body, auditContextOf(request));
    return (await listCaseStays(services, row.id)).find((stay) => stay.id === request.params.stayId)!;
  });
}
