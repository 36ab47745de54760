import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addFollowUpInputSchema,
  CASE_ENTRY_KINDS,
  caseEntryInputSchema,
  caseEntryListQuerySchema,
  caseEntrySchema,
  completeFollowUpInputSchema,
  followUpSchema,
  overdueFollowUpSchema,
  timelineItemSchema,
} from '@ctip/contracts';
import { notFound } from '../../errors';
import { auditContextOf, requireActor } from '../../http/request-context';
import { authorize } from '../../policy/policy';
import { audit, inTransaction, type Services } from '../../services';
import { caseFor } from '../cases/cases.routes';
import { findCaseRow } from '../cases/use-cases/load-case';
import { findEntry } from './case-care.repository';
import { listCaseEntries, loadCaseEntry } from './use-cases/list-case-entries';
import { listOverdueFollowUps } from './use-cases/list-overdue-follow-ups';
import { loadCaseTimeline } from './use-cases/load-case-timeline';
import { addFollowUp, completeFollowUp, listCaseFollowUps } from './use-cases/record-follow-up';
import { recordCaseEntry, updateCaseEntry } from './use-cases/record-case-entry';

const idParams = z.object({ id: z.string().min(1).max(64) });
const entryParams = idParams.extend({ entryId: z.string().min(1).max(64) });
const followUpParams = idParams.extend({ followUpId: z.string().min(1).max(64) });

/** The care record of a case: typed entries (assessments to reintegration), follow-up visits, and the timeline. */
export async function registerCaseCareRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['case care'];

  routes.get('/api/cases/:id/entries', {
    schema: { tags, summary: 'Entries of a case (assessments, service plans and services, repatriation, family tracing, reintegration plans) in the sections you may see', params: idParams, querystring: caseEntryListQuerySchema, response: { 200: z.object({ items: z.array(caseEntrySchema) }) } },
  }, async (request) => {
    const actor = requireActor(request);
    const { row, access } = await caseFor(services, actor, request.params.id, 'case.read');
    const items = await listCaseEntries(services, row.id, access.sections, request.query.kind);
    await inTransaction(services, (trx) => audit(services, trx, auditContextOf(request), { action: 'record.read', resourceType: 'case', resourceId: row.id, details: { sections: [...new Set(items.map((item) => item.section))].join(',') } }));
    return { items };
  });

  routes.post('/api/cases/:id/entries', {
    schema: { tags, summary: 'Record an entry; its content is checked against its kind', params: idParams, body: caseEntryInputSchema, response: { 201: caseEntrySchema } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const section = CASE_ENTRY_KINDS[request.body.kind].section;
    const { row, access } = await caseFor(services, actor, request.params.id, 'case.record_entry', section);
    const id = await recordCaseEntry(services, actor, row, request.body, auditContextOf(request));
    return reply.status(201).send((await loadCaseEntry(services, row.id, id, access.sections))!);
  });

  routes.put('/api/cases/:id/entries/:entryId', {
    schema: { tags, summary: 'Replace an entry’s date and content (its kind stays)', params: entryParams, body: caseEntryInputSchema, response: { 200: caseEntrySchema } },
  }, async (request) => {
    const actor = requireActor(request);
    const { row, access } = await caseFor(services, actor, request.params.id, 'case.read');
    const entry = await findEntry(services.db, row.id, request.params.entryId);
    if (!entry) throw notFound();
    const section = CASE_ENTRY_KINDS[entry.kind as keyof typeof CASE_ENTRY_KINDS].section;
    // An entry of a section the caller does not see is not there for them; one they see but may not change is refused.
    authorize(actor, 'case.read', { type: 'case', access, section });
    authorize(actor, 'case.record_entry', { type: 'case', access, section });
    await updateCaseEntry(services, row, entry, request.body, auditContextOf(request));
    return (await loadCaseEntry(services, row.id, entry.id, access.sections))!;
  });

  routes.get('/api/cases/:id/follow-ups', {
    schema: { tags, summary: 'Follow-up visits of a case, due and done', params: idParams, response: { 200: z.object({ items: z.array(followUpSchema) }) } },
  }, async (request) => {
    const { row } = await caseFor(services, requireActor(request), request.params.id, 'case.read', 'follow_up');
    const items = await listCaseFollowUps(services, row);
    await inTransaction(services, (trx) => audit(services, trx, auditContextOf(request), { action: 'record.read', resourceType: 'case', resourceId: row.id, details: { sections: 'follow_up' } }));
    return { items };
  });

  routes.post('/api/cases/:id/follow-ups', {
    schema: { tags, summary: 'Schedule an extra follow-up visit', params: idParams, body: addFollowUpInputSchema, response: { 201: z.object({ id: z.string() }) } },
  }, async (request, reply) => {
    const { row } = await caseFor(services, requireActor(request), request.params.id, 'case.record_entry', 'follow_up');
    return reply.status(201).send({ id: await addFollowUp(services, row, request.body.dueOn, auditContextOf(request)) });
  });

  routes.post('/api/cases/:id/follow-ups/:followUpId/complete', {
    schema: { tags, summary: 'Record a follow-up visit as made: when, how, what it found', params: followUpParams, body: completeFollowUpInputSchema, response: { 200: z.object({ nextFollowUpDue: z.string().nullable() }) } },
  }, async (request) => {
    const actor = requireActor(request);
    const { row } = await caseFor(services, actor, request.params.id, 'case.record_entry', 'follow_up');
    await completeFollowUp(services, actor, row, request.params.followUpId, request.body, auditContextOf(request));
    return { nextFollowUpDue: (await findCaseRow(services.db, row.id)).next_follow_up_due };
  });

  routes.get('/api/follow-ups/overdue', {
    schema: {
      tags,
      summary: 'Overdue follow-up visits of the cases you may see, oldest first',
      querystring: z.object({ assignedToMe: z.enum(['true', 'false']).transform((value) => value === 'true').default(false) }),
      response: { 200: z.object({ items: z.array(overdueFollowUpSchema) }) },
    },
  }, async (request) => {
    const actor = requireActor(request);
    authorize(actor, 'case.list', { type: 'own_work' });
    return { items: await listOverdueFollowUps(services, actor, { assignedToMe: request.query.assignedToMe }) };
  });

  routes.get('/api/cases/:id/timeline', {
    schema: { tags, summary: 'Everything that happened to a case, in time order, in the sections you may see (codes, not content)', params: idParams, response: { 200: z.object({ items: z.array(timelineItemSchema) }) } },
  }, async (request) => {
    const actor = requireActor(request);
    const { row, access } = await caseFor(services, actor, request.params.id, 'case.read');
    const items = await loadCaseTimeline(services, row.id, access.sections);
    await inTransaction(services, (trx) => audit(services, trx, auditContextOf(request), { action: 'record.read', resourceType: 'case', resourceId: row.id, details: { sections: 'timeline' } }));
    return { items };
  });
}
