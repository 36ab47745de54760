import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createUserRequestSchema,
  LIMITS,
  pageOf,
  pageQuerySchema,
  ROLES,
  sessionSummarySchema,
  temporaryPasswordSchema,
  updateUserRequestSchema,
  userSchema,
} from '@ctip/contracts';
import { revokeSession } from '../../auth/sessions';
import { notFound } from '../../errors';
import { auditContextOf, requireActor } from '../../http/request-context';
import type { Actor } from '../../policy/actor';
import type { Action } from '../../policy/permissions';
import { authorize, organisationScope } from '../../policy/policy';
import { audit, inTransaction, type Services } from '../../services';
import { changeUser, createUser, resetPassword, resetSecondFactor, setUserStatus } from './use-cases/manage-users';
import { presentSessionSummary, presentUser } from './users.presenter';
import { findSessionOwner, findUser, listActiveSessions, listUsers } from './users.repository';

const idParams = z.object({ id: z.string().min(1).max(64) });

/** User administration and the sessions administrators can end. */
export async function registerUserRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  /** Loads a user and checks the action on them; out of scope answers 404. */
  const loadUser = async (actor: Actor, id: string, action: Action) => {
    const user = await findUser(services.db, id);
    if (!user) throw notFound();
    authorize(actor, action, { type: 'user', id: user.id, organisationId: user.organisation_id });
    return user;
  };

  routes.get('/api/users', {
    schema: {
      tags: ['users'],
      summary: 'List users (of your organisation, or all for the platform operator)',
      querystring: pageQuerySchema.extend({
        search: z.string().trim().max(LIMITS.searchTextMaxLength).optional(),
        organisationId: z.string().max(64).optional(),
        role: z.enum(ROLES).optional(),
        status: z.enum(['active', 'disabled']).optional(),
      }),
      response: { 200: pageOf(userSchema) },
    },
  }, async (request) => {
    const actor = requireActor(request);
    authorize(actor, 'user.list', { type: 'organisation', id: actor.organisationId });
    const scope = organisationScope(actor);
    const { page, pageSize, ...filters } = request.query;
    const { rows, total } = await listUsers(services.db, services.dialect, { ...filters, scopeOrganisationId: scope.kind === 'one' ? scope.organisationId : undefined }, { page, pageSize });
    return { items: rows.map(presentUser), page, pageSize, total };
  });

  routes.post('/api/users', {
    schema: { tags: ['users'], summary: 'Create a user; answers a temporary password once', body: createUserRequestSchema, response: { 201: temporaryPasswordSchema } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    authorize(actor, 'user.create', { type: 'organisation', id: request.body.organisationId });
    const { user, temporaryPassword } = await createUser(services, request.body, auditContextOf(request));
    return reply.status(201).send({ user: presentUser(user), temporaryPassword: temporaryPassword! });
  });

  routes.get('/api/users/:id', {
    schema: { tags: ['users'], summary: 'One user', params: idParams, response: { 200: userSchema } },
  }, async (request) => presentUser(await loadUser(requireActor(request), request.params.id, 'user.read')));

  routes.patch('/api/users/:id', {
    schema: { tags: ['users'], summary: "Change a user's name, roles or language", params: idParams, body: updateUserRequestSchema, response: { 200: userSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    const user = await loadUser(actor, request.params.id, 'user.update');
    return presentUser(await changeUser(services, actor, user, request.body, auditContextOf(request)));
  });

  routes.post('/api/users/:id/disable', {
    schema: { tags: ['users'], summary: 'Disable a user; their sessions end at once', params: idParams, response: { 200: userSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    const user = await loadUser(actor, request.params.id, 'user.disable');
    return presentUser(await setUserStatus(services, actor, user, 'disabled', auditContextOf(request)));
  });

  routes.post('/api/users/:id/enable', {
    schema: { tags: ['users'], summary: 'Enable a disabled user', params: idParams, response: { 200: userSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    const user = await loadUser(actor, request.params.id, 'user.enable');
    return presentUser(await setUserStatus(services, actor, user, 'active', auditContextOf(request)));
  });

  routes.post('/api/users/:id/reset-password', {
    schema: { tags: ['users'], summary: 'Issue a temporary password; answers it once', params: idParams, response: { 200: temporaryPasswordSchema } },
  }, async (request) => {
    const user = await loadUser(requireActor(request), request.params.id, 'user.reset_password');
    const result = await resetPassword(services, user, auditContextOf(request));
    return { user: presentUser(result.user), temporaryPassword: result.temporaryPassword! };
  });

  routes.post('/api/users/:id/reset-second-factor', {
    schema: { tags: ['users'], summary: 'Remove a lost second factor', params: idParams, response: { 200: userSchema } },
  }, async (request) => {
    const user = await loadUser(requireActor(request), request.params.id, 'user.reset_second_factor');
    return presentUser(await resetSecondFactor(services, user, auditContextOf(request)));
  });

  routes.get('/api/colleagues', {
    schema: {
      tags: ['users'],
      summary: 'Active people of your own organisation, optionally with a role (to assign or share a case)',
      querystring: z.object({ role: z.enum(ROLES).optional() }),
      response: { 200: z.object({ items: z.array(z.object({ id: z.string(), displayName: z.string(), roles: z.array(z.enum(ROLES)) })) }) },
    },
  }, async (request) => {
    const actor = requireActor(request);
    authorize(actor, 'colleague.list', { type: 'own_work' });
    const { rows } = await listUsers(services.db, services.dialect, { scopeOrganisationId: actor.organisationId, status: 'active', role: request.query.role }, { page: 1, pageSize: 500 });
    return { items: rows.map((row) => ({ id: row.id, displayName: row.display_name, roles: row.roles })).sort((a, b) => a.displayName.localeCompare(b.displayName)) };
  });

  routes.get('/api/sessions', {
    schema: { tags: ['users'], summary: 'Active sessions (of your organisation, or all for the platform operator)', querystring: pageQuerySchema, response: { 200: pageOf(sessionSummarySchema) } },
  }, async (request) => {
    const actor = requireActor(request);
    authorize(actor, 'session.list', { type: 'organisation', id: actor.organisationId });
    const scope = organisationScope(actor);
    const { page, pageSize } = request.query;
    const { rows, total } = await listActiveSessions(services.db, services.now().toISOString(), scope.kind === 'one' ? scope.organisationId : undefined, { page, pageSize });
    return { items: rows.map((row) => presentSessionSummary(row, request.resolved!.session.id)), page, pageSize, total };
  });

  routes.delete('/api/sessions/:id', {
    schema: { tags: ['users'], summary: 'End a session; its cookie is refused from now on', params: idParams, response: { 204: z.null() } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const session = await findSessionOwner(services.db, request.params.id);
    if (!session || session.revoked_at !== null) throw notFound();
    authorize(actor, 'session.terminate', { type: 'session', userOrganisationId: session.organisation_id });
    await inTransaction(services, async (trx) => {
      await revokeSession(services, trx, session.id, 'terminated_by_administrator');
      await audit(services, trx, auditContextOf(request), { action: 'session.terminated', resourceType: 'user', resourceId: session.user_id, details: { reason: 'administrator' } });
    });
    return reply.status(204).send(null);
  });
}
