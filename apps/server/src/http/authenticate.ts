import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveSession, touchSession } from '../auth/sessions';
import { constantTimeEqual } from '../auth/tokens';
import { AppError } from '../errors';
import type { Services } from '../services';
import type { RouteAccess } from './request-context';
import { readSessionToken } from './session-cookie';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The access a route declared, or the default: 'active' under /api (deny by default). */
export function routeAccess(url: string, declared: RouteAccess | undefined): RouteAccess {
  if (declared) return declared;
  return url.startsWith('/api/') || url === '/api' ? 'active' : 'public';
}

/**
 * Refuses requests that a browser sent on behalf of another site. With a session, the CSRF
 * token the web app read from /api/auth/session must be echoed in a header (a cross-site form
 * cannot set headers); without one (sign-in), Fetch Metadata and Origin must not say cross-site.
 */
function checkRequestOrigin(request: FastifyRequest, csrfToken: string | null): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (csrfToken !== null) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !constantTimeEqual(sent, csrfToken)) throw new AppError('csrf_failed');
    return;
  }
  if (request.headers['sec-fetch-site'] === 'cross-site') throw new AppError('csrf_failed');
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== 'null') {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw new AppError('csrf_failed');
    }
    if (originHost !== request.host) throw new AppError('csrf_failed');
  } else if (origin === 'null') {
    throw new AppError('csrf_failed');
  }
}

/**
 * Resolves the session for every request and enforces each route's declared access before
 * the body is even parsed: no session → 401; mid-sign-in on a route needing a full session →
 * 401 second factor / 403 password change; then the CSRF check for state-changing methods.
 */
export function registerAuthentication(app: FastifyInstance, services: Services): void {
  app.decorateRequest('resolved', null);
  app.addHook('onRequest', async (request) => {
    const access = routeAccess(request.routeOptions.url ?? request.url, request.routeOptions.config?.access);
    const token = readSessionToken(request);
    request.resolved = token ? await resolveSession(services, token) : null;

    if (access === 'public') {
      // Public routes (sign-in) act on no session, so only the origin can be checked.
      checkRequestOrigin(request, null);
      return;
    }
    const resolved = request.resolved;
    if (!resolved) throw new AppError('unauthenticated');
    if (access === 'active' && resolved.session.state !== 'active') {
      throw new AppError(resolved.session.state === 'second_factor' ? 'second_factor_required' : resolved.session.state === 'change_password' ? 'password_change_required' : 'second_factor_required');
    }
    checkRequestOrigin(request, resolved.session.csrfToken);
    await touchSession(services, resolved.session);
  });
}
