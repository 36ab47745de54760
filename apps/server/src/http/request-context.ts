import type { FastifyRequest } from 'fastify';
import type { AuditContext } from '../audit/audit-events';
import type { ResolvedSession } from '../auth/sessions';
import { AppError } from '../errors';
import type { Actor } from '../policy/actor';

/** How a route is reached: without a session, during sign-in, or only with a full session. */
export type RouteAccess = 'public' | 'partial' | 'active';

declare module 'fastify' {
  interface FastifyRequest {
    /** The session behind the request, when its cookie is valid. */
    resolved: ResolvedSession | null;
  }
  interface FastifyContextConfig {
    /** Defaults to 'active' under /api (deny by default) and 'public' elsewhere. */
    access?: RouteAccess;
  }
}

/**
 * The actor of a request on a route that requires a full session.
 * @throws AppError unauthenticated when there is none (a route declared without a session).
 */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.resolved || request.resolved.session.state !== 'active') throw new AppError('unauthenticated');
  return request.resolved.actor;
}

/** The session of a request that must have one (active or mid-sign-in). */
export function requireSession(request: FastifyRequest): ResolvedSession {
  if (!request.resolved) throw new AppError('unauthenticated');
  return request.resolved;
}

/** Who did it, from where, in which request: what every audit event records. */
export function auditContextOf(request: FastifyRequest): AuditContext {
  return {
    actorUserId: request.resolved?.actor.userId ?? null,
    actorOrganisationId: request.resolved?.actor.organisationId ?? null,
    requestId: request.id,
    ip: request.ip,
  };
}
