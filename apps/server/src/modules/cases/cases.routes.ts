import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type CaseSection, caseDetailSchema, caseListQuerySchema, caseSummarySchema, moveStageInputSchema, openCaseInputSchema, pageOf, referralSchema, updateCaseInputSchema } from '@ctip/contracts';
import { invalidField, notFound } from '../../errors';
import { auditContextOf, requireActor } from '../../http/request-context';
import type { Actor } from '../../policy/actor';
import type { Action } from '../../policy/permissions';
import { authorize } from '../../policy/policy';
import { audit, inTransaction, type Services } from '../../services';
import { todayOf } from '../../validation/dates';
import { loadPerson } from '../persons/persons.repository';
import { findScreening } from '../screenings/screenings.repository';
import { accessToCase, accessToPerson } from './use-cases/case-access-of';
import { changeCase } from './use-cases/change-case';
import { listVisibleCases } from './use-cases/list-cases';
import { findCaseRow, loadCaseDetail } from './use-cases/load-case';
import { listReferrals } from './use-cases/manage-referrals';
import { moveStage } from './use-cases/move-stage';
import { openCase } from './use-cases/open-case';
import { restrictCase, restrictedUsersOf } from './use-cases/restrict-case';

const idParams = z.object({ id: z.string().min(1).max(64) });

/** Loads a case row after checking the action on it; a case out of reach is not found. */
export async function caseFor(services: Services, actor: Actor, caseId: string, action: Action, section?: CaseSection) {
  const access = await accessToCase(services, actor, caseId);
  if (!access) throw notFound();
  authorize(actor, action, { type: 'case', access, ...(section ? { section } : {}) });
  return { row: await findCaseRow(services.db, caseId), access };
}

/** Survivor cases: the list, opening one, its page, changes, stage moves, restriction, and My work. */
export async function registerCaseRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];

  routes.get('/api/cases', {
    schema: { tags, summary: 'Cases you may see: search by name (any script), phone, document or case number; filters; sorting', querystring: caseListQuerySchema, response: { 200: pageOf(caseSummarySchema) } },
  }, async (request) => {
    const actor = requireActor(request);
    authorize(actor, 'case.list', { type: 'own_work' });
    const { items, total } = await listVisibleCases(services, actor, request.query, auditContextOf(request));
    return { items, total, page: request.query.page, pageSize: request.query.pageSize };
  });

  routes.post('/api/cases', {
    schema: { tags, summary: 'Open a case from a screening', body: openCaseInputSchema, response: { 201: caseDetailSchema } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    authorize(actor, 'case.create', { type: 'own_work' });
    const screening = await findScreening(services.db, request.body.screeningId);
    if (!screening) throw invalidField('screeningId', 'No such screening.', 'unknown_screening');
    const person = (await loadPerson(services.db, services.keyRing, screening.person_id))!;
    const access = await accessToPerson(services, actor, person.id, person.ownerOrganisationId);
    if (access.relation === 'none') throw invalidField('screeningId', 'No such screening.', 'unknown_screening');
    authorize(actor, 'case.create', { type: 'case', access });
    const { id } = await inTransaction(services, (trx) =>
      openCase(services, trx, actor, {
        person,
        screening: { id: screening.id, screenedOn: screening.screened_on, isChild: screening.is_child === 1, forcedCriminality: screening.forced_criminality === 1, outcome: screening.outcome },
        openedOn: request.body.openedOn,
        exploitationTypes: request.body.exploitationTypes,
        sectors: request.body.sectors,
        assignedUserId: request.body.assignedUserId ?? actor.userId,
      }, auditContextOf(request)),
    );
    return reply.status(201).send((await loadCaseDetail(services, actor, id)).detail);
  });

  routes.get('/api/cases/:id', {
    schema: { tags, summary: 'A case’s page (every opening is audited)', params: idParams, response: { 200: caseDetailSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    const { detail, access } = await loadCaseDetail(services, actor, request.params.id);
    // The read is recorded before anything is sent: if it cannot be, nothing is shown.
    await inTransaction(services, (trx) => audit(services, trx, auditContextOf(request), { action: 'record.read', resourceType: 'case', resourceId: detail.id, details: { sections: access.sections.join(',') } }));
    return detail;
  });

  routes.patch('/api/cases/:id', {
    schema: { tags, summary: 'Change a case’s exploitation, recruitment, route, identification, guardian, best-interest determination, rights or assignment', params: idParams, body: updateCaseInputSchema, response: { 200: caseDetailSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    const { row } = await caseFor(services, actor, request.params.id, 'case.update');
    await changeCase(services, row, request.body, auditContextOf(request));
    return (await loadCaseDetail(services, actor, row.id)).detail;
  });

  routes.post('/api/cases/:id/stage', {
    schema: { tags, summary: 'Move a case to another stage, saying why', params: idParams, body: moveStageInputSchema, response: { 200: caseDetailSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    const { row } = await caseFor(services, actor, request.params.id, 'case.move_stage');
    await moveStage(services, actor, row, request.body, auditContextOf(request));
    return (await loadCaseDetail(services, actor, row.id)).detail;
  });

  routes.get('/api/cases/:id/restriction', {
    schema: { tags, summary: 'Who a restricted case is narrowed to', params: idParams, response: { 200: z.object({ restricted: z.boolean(), users: z.array(z.object({ id: z.string(), displayName: z.string(), organisationId: z.string() })) }) } },
  }, async (request) => {
    const actor = requireActor(request);
    const { row } = await caseFor(services, actor, request.params.id, 'case.read');
    const users = await restrictedUsersOf(services, row.id);
    return { restricted: row.restricted === 1, users: users.map((user) => ({ id: user.id, displayName: user.display_name, organisationId: user.organisation_id })) };
  });

  routes.put('/api/cases/:id/restriction', {
    schema: { tags, summary: 'Narrow a case to named users, or lift the restriction', params: idParams, body: z.object({ restricted: z.boolean(), userIds: z.array(z.string().max(64)).max(50).default([]) }), response: { 200: caseDetailSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    const { row } = await caseFor(services, actor, request.params.id, 'case.restrict');
    await restrictCase(services, actor, row, request.body, auditContextOf(request));
    return (await loadCaseDetail(services, actor, row.id)).detail;
  });

  routes.get('/api/my-work', {
    schema: {
      tags,
      summary: 'Your open cases, follow-up visits due within two weeks or overdue, and referrals waiting for your organisation',
      response: { 200: z.object({ openCases: z.array(caseSummarySchema), followUpsDue: z.array(caseSummarySchema), referralsWaiting: z.array(referralSchema) }) },
    },
  }, async (request) => {
    const actor = requireActor(request);
    authorize(actor, 'case.list', { type: 'own_work' });
    const context = auditContextOf(request);
    const open = await listVisibleCases(services, actor, { page: 1, pageSize: 50, assignedToMe: true, sort: 'updated_desc' }, context);
    const soon = new Date(services.now().getTime() + 14 * 86_400_000);
    const due = await listVisibleCases(services, actor, { page: 1, pageSize: 50, sort: 'follow_up_due' }, context);
    const waiting = await listReferrals(services, { toOrganisationId: actor.organisationId, status: 'pending' }, { page: 1, pageSize: 50 });
    return {
      openCases: open.items.filter((item) => item.stage !== 'closed'),
      followUpsDue: due.items.filter((item) => item.stage !== 'closed' && item.nextFollowUpDue !== null && item.nextFollowUpDue <= todayOf(soon)),
      referralsWaiting: waiting.items,
    };
  });
}
