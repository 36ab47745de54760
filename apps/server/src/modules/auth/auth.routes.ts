import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordRequestSchema,
  confirmEnrolmentRequestSchema,
  enrolmentStartSchema,
  preferencesRequestSchema,
  recoveryCodesSchema,
  secondFactorRequestSchema,
  sessionInfoSchema,
  signInRequestSchema,
  SESSION_STATES,
} from '@ctip/contracts';
import { resolveSession, type SessionRecord } from '../../auth/sessions';
import { AppError } from '../../errors';
import { auditContextOf, requireActor, requireSession } from '../../http/request-context';
import { clearSessionCookie, readSessionToken, setSessionCookie } from '../../http/session-cookie';
import { audit, inTransaction, type Services } from '../../services';
import { presentSession } from './auth.presenter';
import { changePassword } from './use-cases/change-password';
import { confirmEnrolment, startEnrolment } from './use-cases/enrol-second-factor';
import { signIn } from './use-cases/sign-in';
import { signOut } from './use-cases/sign-out';
import { verifySecondFactor } from './use-cases/verify-second-factor';

const stepResultSchema = z.object({ state: z.enum(SESSION_STATES) });

/** Routes of signing in and out, the second factor, and the user's own password and preferences. */
export async function registerAuthRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const userAgent = (request: FastifyRequest) => request.headers['user-agent'] ?? null;

  // Each sign-in step ends by handing the browser a new session cookie.
  const handOver = (request: FastifyRequest, reply: FastifyReply, next: { token: string; session: SessionRecord; state: string }) => {
    setSessionCookie(services.config, request, reply, next.token, next.session.absoluteExpiresAt);
    return { state: next.state as (typeof SESSION_STATES)[number] };
  };

  routes.post('/api/auth/sign-in', {
    config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: { tags: ['auth'], summary: 'Sign in with email and password', security: [], body: signInRequestSchema, response: { 200: stepResultSchema } },
  }, async (request, reply) => {
    const result = await signIn(services, { ...request.body, userAgent: userAgent(request), context: auditContextOf(request) });
    return handOver(request, reply, result);
  });

  routes.get('/api/auth/session', {
    config: { access: 'partial' },
    schema: { tags: ['auth'], summary: 'The signed-in user, the session state and the CSRF token', response: { 200: sessionInfoSchema } },
  }, async (request) => presentSession(requireSession(request), services.config.demoMode));

  routes.post('/api/auth/second-factor', {
    config: { access: 'partial', rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: { tags: ['auth'], summary: 'Prove the second factor (authenticator code or recovery code)', body: secondFactorRequestSchema, response: { 200: stepResultSchema } },
  }, async (request, reply) => {
    const result = await verifySecondFactor(services, requireSession(request), { ...request.body, userAgent: userAgent(request), context: auditContextOf(request) });
    return handOver(request, reply, result);
  });

  routes.post('/api/auth/second-factor/enrolment', {
    config: { access: 'partial' },
    schema: { tags: ['auth'], summary: 'Start setting up an authenticator app', response: { 200: enrolmentStartSchema } },
  }, async (request) => startEnrolment(services, requireSession(request)));

  routes.post('/api/auth/second-factor/enrolment/confirm', {
    config: { access: 'partial', rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: { tags: ['auth'], summary: 'Confirm the authenticator app; answers recovery codes once', body: confirmEnrolmentRequestSchema, response: { 200: recoveryCodesSchema } },
  }, async (request, reply) => {
    const result = await confirmEnrolment(services, requireSession(request), { code: request.body.code, userAgent: userAgent(request), context: auditContextOf(request) });
    if (result.next) handOver(request, reply, result.next);
    return { recoveryCodes: result.recoveryCodes };
  });

  routes.post('/api/auth/password', {
    config: { access: 'partial', rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: { tags: ['auth'], summary: 'Change your own password', body: changePasswordRequestSchema, response: { 200: stepResultSchema } },
  }, async (request, reply) => {
    const current = requireSession(request);
    const next = await changePassword(services, current, { ...request.body, userAgent: userAgent(request), context: auditContextOf(request) });
    return next ? handOver(request, reply, next) : { state: current.session.state };
  });

  routes.post('/api/auth/sign-out', {
    config: { access: 'partial' },
    schema: { tags: ['auth'], summary: 'Sign out: the session ends on the server', response: { 204: z.null() } },
  }, async (request, reply) => {
    await signOut(services, requireSession(request), auditContextOf(request));
    clearSessionCookie(reply);
    return reply.status(204).send(null);
  });

  routes.patch('/api/me/preferences', {
    schema: { tags: ['auth'], summary: 'Change your interface language', body: preferencesRequestSchema, response: { 200: sessionInfoSchema } },
  }, async (request) => {
    const actor = requireActor(request);
    await inTransaction(services, async (trx) => {
      await trx.updateTable('users').set({ locale: request.body.locale, updated_at: services.now().toISOString() }).where('id', '=', actor.userId).execute();
      await audit(services, trx, auditContextOf(request), { action: 'user.preferences_changed', resourceType: 'user', resourceId: actor.userId, changedFields: ['locale'] });
    });
    const token = readSessionToken(request);
    const refreshed = token ? await resolveSession(services, token) : null;
    if (!refreshed) throw new AppError('unauthenticated');
    return presentSession(refreshed, services.config.demoMode);
  });
}
