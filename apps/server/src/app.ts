import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { LIMITS } from '@ctip/contracts';
import { AppError } from './errors';
import { registerAuthentication, routeAccess } from './http/authenticate';
import { registerErrorHandler } from './http/error-handler';
import { registerOpenApi } from './http/openapi';
import { registerSecurityHeaders } from './http/security-headers';
import { registerWebApp } from './http/web-app';
import { loggerOptions } from './logger';
import { MODULES } from './modules';
import type { Services } from './services';

/** A route as registered, with the access it declared (or was given by default). */
export interface RegisteredRoute {
  method: string;
  url: string;
  access: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route, for the suites that must cover them all (access matrix, fuzzing, headers). */
    registeredRoutes: RegisteredRoute[];
  }
}

/** What the application is built from; tests pass their own. */
export interface AppDeps {
  services: Services;
  /** The built web app to serve, or null for the API alone. */
  webRoot?: string | null;
  /** Where logs go (tests capture them to prove they hold no content). */
  logStream?: NodeJS.WritableStream;
  version?: string;
}

/**
 * Builds the HTTP application: plugins, security, every module's routes, the web app. It never
 * listens, so tests drive it with `app.inject` (STYLE.md, layout).
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { services } = deps;
  const app = Fastify({
    logger: loggerOptions(services.config.logLevel, deps.logStream),
    bodyLimit: LIMITS.jsonBodyBytes,
    trustProxy: services.config.trustProxy,
    genReqId: () => randomUUID(),
    routerOptions: { maxParamLength: 256 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  // Every route says who may reach it; the default under /api is "a full session".
  const registeredRoutes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', registeredRoutes);
  app.addHook('onRoute', (route) => {
    const access = routeAccess(route.url, route.url.startsWith('/api/docs') ? 'public' : route.config?.access);
    route.config = { ...(route.config ?? {}), access };
    for (const method of [route.method].flat()) registeredRoutes.push({ method, url: route.url, access });
  });

  await registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(rateLimit, {
    global: true,
    max: 600,
    timeWindow: '1 minute',
    errorResponseBuilder: () => new AppError('rate_limited'),
  });
  await registerOpenApi(app, deps.version ?? '0.1.0');
  registerAuthentication(app, services);
  for (const register of MODULES) await register(app, services);
  await registerWebApp(app, deps.webRoot ?? null);
  await app.ready();
  return app;
}
