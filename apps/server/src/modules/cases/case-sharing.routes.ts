import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { consentInputSchema, consentSchema, pageOf, pageQuerySchema, referralInputSchema, referralResponseInputSchema, referralSchema, transferInputSchema, withdrawConsentInputSchema } from '@ctip/contracts';
import { notFound } from '../../errors';
import { auditContextOf, requireActor } from '../../http/request-context';
import { authorize } from '../../policy/policy';
import { audit, inTransaction, type Services } from '../../services';
import { caseFor } from './cases.routes';
import { accessToCase } from './use-cases/case-access-of';
import { listConsents, recordConsent, withdrawConsent } from './use-cases/manage-consents';
import { answerReferral, endReferral, findReferral, listReferrals, sendReferral } from './use-cases/manage-referrals';

const idParams = z.object({ id: z.string().min(1).max(64) });
const consentParams = z.object({ id: z.string().min(1).max(64), consentId: z.string().min(1).max(64) });

/** Consent, referrals and transfers: how a case is shared, and never beyond consent. */
export async function registerCaseSharingRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['case sharing'];

  routes.get('/api/cases/:id/consents', {
    schema: { tags, summary: 'Consents of a case, with withdrawals', params: idParams, response: { 200: z.object({ items: z.array(consentSchema) }) } },
  }, async (request) => {
    const { row } = await caseFor(services, requireActor(request), request.params.id, 'case.read', 'consents');
    const items = await listConsents(services, row.id);
    await inTransaction(services, (trx) => audit(services, trx, auditContextOf(request), { action: 'record.read', resourceType: 'case', resourceId: row.id, details: { sections: 'consents' } }));
    return { items };
  });

  routes.post('/api/cases/:id/consents', {
    schema: { tags, summary: 'Record a consent the person gave', params: idParams, body: consentInputSchema, response: { 201: z.object({ id: z.string() }) } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const { row } = await caseFor(services, actor, request.params.id, 'case.manage_consent');
    return reply.status(201).send({ id: await recordConsent(services, actor, row, request.body, auditContextOf(request)) });
  });

  routes.post('/api/cases/:id/consents/:consentId/withdraw', {
    schema: { tags, summary: 'Record that a consent was withdrawn; sharing that rested on it stops', params: consentParams, body: withdrawConsentInputSchema, response: { 200: z.object({ grantsRevoked: z.number().int() }) } },
  }, async (request) => {
    const actor = requireActor(request);
    const { row } = await caseFor(services, actor, request.params.id, 'case.manage_consent');
    return withdrawConsent(services, actor, row, request.params.consentId, request.body, auditContextOf(request));
  });

  routes.get('/api/cases/:id/referrals', {
    schema: { tags, summary: 'Referrals and transfers of a case', params: idParams, response: { 200: z.object({ items: z.array(referralSchema) }) } },
  }, async (request) => {
    const { row } = await caseFor(services, requireActor(request), request.params.id, 'case.read');
    const { items } = await listReferrals(services, { caseId: row.id }, { page: 1, pageSize: 100 });
    await inTransaction(services, (trx) => audit(services, trx, auditContextOf(request), { action: 'record.read', resourceType: 'case', resourceId: row.id, details: { sections: 'referrals' } }));
    return { items };
  });

  routes.post('/api/cases/:id/referrals', {
    schema: { tags, summary: 'Refer a case to another organisation for a service', params: idParams, body: referralInputSchema, response: { 201: z.object({ id: z.string() }) } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const { row } = await caseFor(services, actor, request.params.id, 'case.refer');
    const id = await sendReferral(services, actor, row, { kind: 'referral', toOrganisationId: request.body.toOrganisationId, service: request.body.service, note: request.body.note, consentOverrideReason: request.body.consentOverrideReason }, auditContextOf(request));
    return reply.status(201).send({ id });
  });

  routes.post('/api/cases/:id/transfer', {
    schema: { tags, summary: 'Ask another organisation to take over a case', params: idParams, body: transferInputSchema, response: { 201: z.object({ id: z.string() }) } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const { row } = await caseFor(services, actor, request.params.id, 'case.transfer');
    const id = await sendReferral(services, actor, row, { kind: 'transfer', toOrganisationId: request.body.toOrganisationId, service: null, note: request.body.reason, consentOverrideReason: request.body.consentOverrideReason }, auditContextOf(request));
    return reply.status(201).send({ id });
  });

  routes.get('/api/referrals', {
    schema: {
      tags,
      summary: 'Referrals and transfers your organisation received or sent',
      querystring: pageQuerySchema.extend({ direction: z.enum(['incoming', 'outgoing']).default('incoming'), status: z.enum(['pending', 'accepted', 'declined', 'withdrawn', 'completed']).optional() }),
      response: { 200: pageOf(referralSchema) },
    },
  }, async (request) => {
    const actor = requireActor(request);
    authorize(actor, 'referral.list', { type: 'own_work' });
    const { page, pageSize, direction, status } = request.query;
    const { items, total } = await listReferrals(services, { ...(direction === 'incoming' ? { toOrganisationId: actor.organisationId } : { fromOrganisationId: actor.organisationId }), ...(status ? { status } : {}) }, { page, pageSize });
    return { items, total, page, pageSize };
  });

  for (const answer of ['accept', 'decline'] as const) {
    routes.post(`/api/referrals/:id/${answer}`, {
      schema: { tags, summary: answer === 'accept' ? 'Accept a referral (your organisation sees what the service needs) or a transfer (it owns the case)' : 'Decline a referral or transfer', params: idParams, body: referralResponseInputSchema, response: { 200: z.object({ status: z.string() }) } },
    }, async (request) => {
      const actor = requireActor(request);
      const referral = await findReferral(services.db, request.params.id).catch(() => null);
      if (!referral) throw notFound();
      authorize(actor, 'referral.respond', { type: 'referral', fromOrganisationId: referral.from_organisation_id, toOrganisationId: referral.to_organisation_id, caseAccess: { relation: 'none', sections: [] } });
      await answerReferral(services, actor, referral, answer === 'accept' ? 'accepted' : 'declined', request.body.note, auditContextOf(request));
      return { status: answer === 'accept' ? 'accepted' : 'declined' };
    });
  }

  for (const ending of ['withdraw', 'complete'] as const) {
    routes.post(`/api/referrals/:id/${ending}`, {
      schema: { tags, summary: ending === 'withdraw' ? 'Withdraw a referral you sent; the other organisation’s access ends' : 'Mark a referral done; the other organisation’s access ends', params: idParams, body: referralResponseInputSchema, response: { 200: z.object({ status: z.string() }) } },
    }, async (request) => {
      const actor = requireActor(request);
      const referral = await findReferral(services.db, request.params.id).catch(() => null);
      if (!referral) throw notFound();
      const caseAccess = (await accessToCase(services, actor, referral.case_id)) ?? { relation: 'none' as const, sections: [] };
      // The receiving side may say it has finished; only the sender may withdraw.
      const receiverCompletes = ending === 'complete' && actor.organisationId === referral.to_organisation_id;
      authorize(actor, receiverCompletes ? 'referral.respond' : 'referral.end', { type: 'referral', fromOrganisationId: referral.from_organisation_id, toOrganisationId: referral.to_organisation_id, caseAccess });
      await endReferral(services, referral, ending === 'withdraw' ? 'withdrawn' : 'completed', auditContextOf(request));
      return { status: ending === 'withdraw' ? 'withdrawn' : 'completed' };
    });
  }
}
