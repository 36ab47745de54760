import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { linkageCandidateSchema, linkageModelSchema, linkageRunSchema, pageOf, pageQuerySchema, personMatchSchema } from '@ctip/contracts';
import { notFound } from '../../errors';
import { auditContextOf, requireActor } from '../../http/request-context';
import { authorize } from '../../policy/policy';
import { audit, inTransaction, type Services } from '../../services';
import { loadDisplayNames } from '../persons/persons.repository';
import { contributionsOf, presentRecordForReview } from './linkage.presenter';
import { findLatestModel, findRun, listCandidates, listRuns } from './linkage.repository';
import { decideCandidate, undoMatch } from './use-cases/review-matches';
import { startLinkageRun } from './use-cases/run-linkage';

const idParams = z.object({ id: z.string().min(1).max(64) });

function presentRun(row: NonNullable<Awaited<ReturnType<typeof findRun>>>) {
  return { id: row.id, status: row.status as 'running' | 'completed' | 'failed', phase: row.phase, done: row.done, total: row.total, persons: row.persons, scoredPairs: row.scored_pairs, candidates: row.candidates, error: row.error, startedAt: row.started_at, finishedAt: row.finished_at };
}

/** Record linkage across organisations: runs with progress, the model, the review queue, reversible merges. */
export async function registerLinkageRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['record linkage'];

  routes.post('/api/linkage/runs', {
    schema: { tags, summary: 'Deduplicate every person across organisations into the review queue (runs in the background)', body: z.object({ train: z.boolean().default(true) }), response: { 202: z.object({ id: z.string() }) } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    authorize(actor, 'linkage.run', { type: 'linkage' });
    const { runId } = await startLinkageRun(services, { train: request.body.train, startedBy: actor.userId }, auditContextOf(request));
    return reply.status(202).send({ id: runId });
  });

  routes.get('/api/linkage/runs', {
    schema: { tags, summary: 'Recent linkage runs', response: { 200: z.object({ items: z.array(linkageRunSchema) }) } },
  }, async (request) => {
    authorize(requireActor(request), 'linkage.read', { type: 'linkage' });
    return { items: (await listRuns(services.db, 20)).map(presentRun) };
  });

  routes.get('/api/linkage/runs/:id', {
    schema: { tags, summary: 'One run, with its progress', params: idParams, response: { 200: linkageRunSchema } },
  }, async (request) => {
    authorize(requireActor(request), 'linkage.read', { type: 'linkage' });
    const row = await findRun(services.db, request.params.id);
    if (!row) throw notFound();
    return presentRun(row);
  });

  routes.get('/api/linkage/model', {
    schema: {
      tags,
      summary: 'The trained model: m and u per level and the weight each gives (no names)',
      response: { 200: linkageModelSchema },
    },
  }, async (request) => {
    authorize(requireActor(request), 'linkage.read', { type: 'linkage' });
    const row = await findLatestModel(services.db);
    return row ? { version: row.version, records: row.records, createdAt: row.created_at, parameters: JSON.parse(row.parameters) } : { version: null, records: null, createdAt: null, parameters: [] };
  });

  routes.get('/api/linkage/candidates', {
    schema: { tags, summary: 'The review queue: likely matches, strongest first, side by side with the reasons (the read is audited)', querystring: pageQuerySchema.extend({ status: z.enum(['pending', 'confirmed', 'rejected']).default('pending') }), response: { 200: pageOf(linkageCandidateSchema) } },
  }, async (request) => {
    const actor = requireActor(request);
    authorize(actor, 'linkage.review', { type: 'linkage' });
    const { page, pageSize, status } = request.query;
    const { rows, total } = await listCandidates(services.db, status, { page, pageSize });
    const items = [];
    for (const row of rows) {
      const [left, right] = await Promise.all([presentRecordForReview(services, row.person_a), presentRecordForReview(services, row.person_b)]);
      if (left && right) items.push({ id: row.id, probability: row.probability, weight: row.weight, status: row.status, reasons: contributionsOf(services, row), left, right });
    }
    await inTransaction(services, (trx) => audit(services, trx, auditContextOf(request), { action: 'record.listed', resourceType: 'linkage_candidate', details: { returned: items.length, filters: `status=${status}` } }));
    return { items, total, page, pageSize };
  });

  for (const decision of ['confirm', 'reject'] as const) {
    routes.post(`/api/linkage/candidates/:id/${decision}`, {
      schema: { tags, summary: decision === 'confirm' ? 'The two records are the same person: link them (can be undone)' : 'The two records are different people', params: idParams, response: { 200: z.object({ status: z.string() }) } },
    }, async (request) => {
      const actor = requireActor(request);
      authorize(actor, 'linkage.review', { type: 'linkage' });
      await decideCandidate(services, request.params.id, decision === 'confirm' ? 'confirmed' : 'rejected', actor.userId, auditContextOf(request));
      return { status: decision === 'confirm' ? 'confirmed' : 'rejected' };
    });
  }

  routes.get('/api/linkage/matches', {
    schema: { tags, summary: 'Confirmed matches with who confirmed them and when, including undone ones', querystring: pageQuerySchema, response: { 200: pageOf(personMatchSchema) } },
  }, async (request) => {
    authorize(requireActor(request), 'linkage.review', { type: 'linkage' });
    const { page, pageSize } = request.query;
    const { total } = await services.db.selectFrom('person_matches').select((select) => select.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    const rows = await services.db.selectFrom('person_matches').selectAll().orderBy('confirmed_at', 'desc').orderBy('id').limit(pageSize).offset((page - 1) * pageSize).execute();
    const names = await loadDisplayNames(services.db, services.keyRing, rows.flatMap((row) => [row.person_a, row.person_b]));
    await inTransaction(services, (trx) => audit(services, trx, auditContextOf(request), { action: 'record.listed', resourceType: 'person_match', details: { returned: rows.length, filters: '' } }));
    return { items: rows.map((row) => ({ id: row.id, personA: row.person_a, personB: row.person_b, personAName: names.get(row.person_a) ?? '', personBName: names.get(row.person_b) ?? '', probability: row.probability, confirmedBy: row.confirmed_by, confirmedAt: row.confirmed_at, undoneBy: row.undone_by, undoneAt: row.undone_at })), total: Number(total), page, pageSize };
  });

  routes.post('/api/linkage/matches/:id/undo', {
    schema: { tags, summary: 'Undo a confirmed match; both records return to their own clusters', params: idParams, response: { 200: z.object({ status: z.string() }) } },
  }, async (request) => {
    const actor = requireActor(request);
    authorize(actor, 'linkage.review', { type: 'linkage' });
    await undoMatch(services, request.params.id, actor.userId, auditContextOf(request));
    return { status: 'undone' };
  });
}
