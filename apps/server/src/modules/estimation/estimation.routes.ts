import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { estimateSchema, estimationRequestSchema, estimationSourceSchema, publishedEstimateSchema, type Estimate } from '@ctip/contracts';
import { notFound } from '../../errors';
import { auditContextOf, requireActor } from '../../http/request-context';
import { authorize } from '../../policy/policy';
import type { Services } from '../../services';
import { findEstimationRun, listEstimationRuns, sourcesInPeriod } from './estimation.repository';
import { runEstimate } from './use-cases/run-estimate';

const idParams = z.object({ id: z.string().min(1).max(64) });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Cells below this are suppressed for anyone without the analyst role (the CTDC's threshold). */
export const SUPPRESSION_THRESHOLD = 11;

/** A value safe in a spreadsheet cell: formulas are neutralised. */
function csvCell(value: string | number): string {
  const text = String(value);
  const neutralised = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n]/.test(neutralised) ? `"${neutralised.replace(/"/g, '""')}"` : neutralised;
}

/** Multiple systems estimation for analysts, and its rounded figure for everyone. */
export async function registerEstimationRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['estimation'];

  const loadEstimate = async (id: string): Promise<Estimate> => {
    const row = await findEstimationRun(services.db, id);
    if (!row) throw notFound();
    return JSON.parse(row.result) as Estimate;
  };

  routes.get('/api/estimation/sources', {
    schema: { tags, summary: 'Organisations whose case records can make up lists, with their counts in a period', querystring: z.object({ from: isoDate, to: isoDate }), response: { 200: z.object({ items: z.array(estimationSourceSchema) }) } },
  }, async (request) => {
    authorize(requireActor(request), 'estimation.run', { type: 'own_work' });
    const rows = await sourcesInPeriod(services.db, request.query.from, request.query.to);
    return { items: rows.map((row) => ({ organisationId: row.id, nameEn: row.name_en, nameKm: row.name_km, kind: row.kind, cases: Number(row.cases) })) };
  });

  routes.post('/api/estimation/estimates', {
    schema: { tags, summary: 'Estimate the hidden number of victims from the overlap of lists', body: estimationRequestSchema, response: { 201: estimateSchema } },
  }, async (request, reply) => {
    authorize(requireActor(request), 'estimation.run', { type: 'own_work' });
    return reply.status(201).send(await runEstimate(services, request.body, auditContextOf(request)));
  });

  routes.get('/api/estimation/estimates', {
    schema: { tags, summary: 'Estimates run so far, newest first', response: { 200: z.object({ items: z.array(estimateSchema) }) } },
  }, async (request) => {
    authorize(requireActor(request), 'estimation.read', { type: 'own_work' });
    return { items: (await listEstimationRuns(services.db, 50)).map((row) => JSON.parse(row.result) as Estimate) };
  });

  routes.get('/api/estimation/estimates/:id', {
    schema: { tags, summary: 'One estimate, with its table, model, intervals, diagnostics and cautions', params: idParams, response: { 200: estimateSchema } },
  }, async (request) => {
    authorize(requireActor(request), 'estimation.read', { type: 'own_work' });
    return loadEstimate(request.params.id);
  });

  routes.get('/api/estimation/estimates/:id/table.csv', {
    schema: { tags, summary: 'The contingency table as CSV (one 0/1 column per list, then count)', params: idParams },
  }, async (request, reply) => {
    authorize(requireActor(request), 'estimation.read', { type: 'own_work' });
    const estimate = await loadEstimate(request.params.id);
    const lines = [[...estimate.lists.map((list) => list.label), 'count'].map(csvCell).join(','), ...estimate.table.map((row) => [...row.pattern, row.count].map(csvCell).join(','))];
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="estimate-${estimate.id}.csv"`).send(`${lines.join('\n')}\n`);
  });

  routes.get('/api/estimation/estimates/:id/published', {
    schema: { tags, summary: 'The estimate as anyone may see it: the rounded range, with small cells suppressed', params: idParams, response: { 200: publishedEstimateSchema } },
  }, async (request) => {
    authorize(requireActor(request), 'estimation.read_published', { type: 'own_work' });
    const estimate = await loadEstimate(request.params.id);
    return {
      id: estimate.id,
      from: estimate.from,
      to: estimate.to,
      listLabels: estimate.lists.map((list) => list.label),
      method: estimate.method,
      published: estimate.published,
      overlaps: estimate.overlaps.map((row) => row.map((value) => (value < SUPPRESSION_THRESHOLD ? null : value))),
      suppressionThreshold: SUPPRESSION_THRESHOLD,
      caveats: estimate.caveats,
    };
  });
}
