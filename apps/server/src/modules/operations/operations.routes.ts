import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { operationDetailSchema, operationInputSchema, operationListQuerySchema, operationSummarySchema, pageOf } from '@ctip/contracts';
import { auditContextOf, requireActor } from '../../http/request-context';
import { authorize } from '../../policy/policy';
import type { Services } from '../../services';
import { listOperations, loadOperationDetail, operationFor } from './use-cases/load-operation';
import { recordOperation } from './use-cases/record-operation';

const idParams = z.object({ id: z.string().min(1).max(64) });

/** Inspections, raids and rescues (policy: ../intake/POLICY.md). */
export async function registerOperationRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['operations'];

  routes.post('/api/operations', {
    schema: {
      tags,
      summary: 'Record an inspection, raid or rescue: in one step the rescued become persons with survivor cases (screening pending), the site is marked raided, linked reports are actioned',
      body: operationInputSchema,
      response: { 201: operationDetailSchema },
    },
  }, async (request, reply) => {
    const actor = requireActor(request);
    authorize(actor, 'operation.create', { type: 'own_work' });
    const id = await recordOperation(services, actor, request.body, auditContextOf(request));
    return reply.status(201).send(await loadOperationDetail(services, actor, await operationFor(services, actor, id, 'operation.read'), null));
  });

  routes.get('/api/operations', {
    schema: { tags, summary: 'Operations your organisation took part in', querystring: operationListQuerySchema, response: { 200: pageOf(operationSummarySchema) } },
  }, async (request) => {
    const actor = requireActor(request);
    authorize(actor, 'operation.list', { type: 'own_work' });
    const { items, total } = await listOperations(services, actor, request.query);
    return { items, total, page: request.query.page, pageSize: request.query.pageSize };
  });

  routes.get('/api/operations/:id', {
    schema: { tags, summary: 'An operation’s page (every opening is audited)', params: idParams, response: { 200: operationDetailSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    return loadOperationDetail(services, actor, await operationFor(services, actor, request.params.id, 'operation.read'), auditContextOf(request));
  });
}
