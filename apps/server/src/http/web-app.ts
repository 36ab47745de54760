import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './error-handler';

/**
 * Serves the built web app (apps/web/dist) and answers unknown non-API paths with its
 * index.html, so that deep links work. API paths that match no route answer a problem 404.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string | null): Promise<void> {
  const index = webRoot ? path.join(webRoot, 'index.html') : null;
  const hasWebApp = index !== null && fs.existsSync(index);
  if (hasWebApp) {
    await app.register(fastifyStatic, { root: webRoot!, prefix: '/', wildcard: false, index: false, maxAge: '1h', immutable: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    // Only page navigations fall back to the app; a missing file (an old asset) is a real 404.
    const looksLikeFile = /\.[a-z0-9]+$/i.test(pathname) || pathname.startsWith('/assets/');
    if (pathname.startsWith('/api') || request.method !== 'GET' || !hasWebApp || looksLikeFile) {
      return sendProblem(reply, request, 'not_found');
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html');
  });
}
