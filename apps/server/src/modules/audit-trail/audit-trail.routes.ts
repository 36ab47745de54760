import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditEventSchema, auditVerificationSchema, pageOf, pageQuerySchema, type AuditEvent } from '@ctip/contracts';
import { verifyAuditChain } from '../../audit/audit-verify';
import { auditContextOf, requireActor } from '../../http/request-context';
import { authorize, organisationScope } from '../../policy/policy';
import { audit, inTransaction, type Services } from '../../services';
import { listAuditEvents } from './audit-trail.repository';

const isoInstant = z.string().datetime({ offset: true }).transform((value) => new Date(value).toISOString());

function presentAuditEvent(row: Awaited<ReturnType<typeof listAuditEvents>>['rows'][number]): AuditEvent {
  return {
    seq: row.seq,
    id: row.id,
    occurredAt: row.occurred_at,
    action: row.action,
    outcome: row.outcome as AuditEvent['outcome'],
    actorUserId: row.actor_user_id,
    actorEmail: row.actor_email,
    actorOrganisationId: row.actor_organisation_id,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    changedFields: JSON.parse(row.changed_fields) as string[],
    details: JSON.parse(row.details) as AuditEvent['details'],
    requestId: row.request_id,
    ip: row.ip,
  };
}

/** The audit trail for administrators: browse and filter, and verify the chain. */
export async function registerAuditTrailRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get('/api/audit-events', {
    schema: {
      tags: ['audit'],
      summary: 'Browse the audit trail, newest first; `action` may end in * to match a prefix',
      querystring: pageQuerySchema.extend({
        action: z.string().trim().max(80).regex(/^[a-z_.]+\*?$/, 'an action name such as user.created or user.*').optional(),
        actorUserId: z.string().max(64).optional(),
        resourceType: z.string().max(40).optional(),
        resourceId: z.string().max(64).optional(),
        outcome: z.enum(['success', 'failure', 'denied']).optional(),
        from: isoInstant.optional(),
        to: isoInstant.optional(),
      }),
      response: { 200: pageOf(auditEventSchema) },
    },
  }, async (request) => {
    const actor = requireActor(request);
    authorize(actor, 'audit.read', { type: 'audit_trail' });
    const scope = organisationScope(actor);
    const { page, pageSize, ...filters } = request.query;
    const { rows, total } = await listAuditEvents(services.db, { ...filters, scopeOrganisationId: scope.kind === 'one' ? scope.organisationId : undefined }, { page, pageSize });
    return { items: rows.map(presentAuditEvent), page, pageSize, total };
  });

  routes.post('/api/audit-events/verify', {
    schema: { tags: ['audit'], summary: 'Verify the keyed hash chain of the whole trail', response: { 200: auditVerificationSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    authorize(actor, 'audit.verify', { type: 'audit_trail' });
    const result = await verifyAuditChain(services.db, services.keyRing);
    await inTransaction(services, (trx) => audit(services, trx, auditContextOf(request), { action: 'audit.verified', resourceType: 'audit', details: { ok: result.ok, checked: result.checked } }));
    return result;
  });
}
