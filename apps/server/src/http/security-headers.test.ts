import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';

describe('security headers and cookies', () => {
  let context: TestContext;

  beforeAll(async () => {
    context = await createTestContext('sqlite', { env: { CTIP_COOKIE_SECURE: 'true' } });
  });
  afterAll(async () => context?.close());

  it('sends the headers on every route, signed in or not', async () => {
    const email = (await context.createUser(context.operatorOrganisationId, ['administrator'])).email;
    const agent = await context.signIn(email);
    const paths = context.app.registeredRoutes
      .filter((route) => route.method === 'GET')
      .map((route) => route.url.replace(/:[a-zA-Z]+/g, 'x').replace('*', 'x'));
    expect(paths.length).toBeGreaterThan(15);
    const failures: string[] = [];
    for (const path of paths) {
      for (const client of [agent, context.agent()]) {
        const response = await client.get(path);
        const headers = response.headers;
        const csp = String(headers['content-security-policy'] ?? '');
        const problems = [
          !/script-src 'self'(;|$)/.test(csp) || /script-src[^;]*unsafe-inline/.test(csp) ? 'CSP allows inline script' : null,
          !/frame-ancestors 'none'/.test(csp) && !path.startsWith('/api/docs') ? "no frame-ancestors 'none'" : null,
          !String(headers['strict-transport-security'] ?? '').includes('max-age=') ? 'no HSTS' : null,
          headers['x-content-type-options'] !== 'nosniff' ? 'no nosniff' : null,
          headers['referrer-policy'] !== 'no-referrer' ? 'referrer policy' : null,
          path.startsWith('/api/') && !path.startsWith('/api/docs') && headers['cache-control'] !== 'no-store' ? 'API response cacheable' : null,
        ].filter(Boolean);
        if (problems.length > 0) failures.push(`${path} (${response.statusCode}): ${problems.join(', ')}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('sets a __Host- cookie that is Secure, HttpOnly and SameSite=Strict behind HTTPS', async () => {
    const email = (await context.createUser(context.operatorOrganisationId, ['analyst'])).email;
    const response = await context.agent().post('/api/auth/sign-in', { email, password: 'correct horse battery staple' });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-ctip_session=/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).not.toMatch(/Domain=/);
  });

  it('refuses bodies over the limit before parsing them', async () => {
    const response = await context.agent().post('/api/auth/sign-in', JSON.stringify({ email: 'a@example.test', password: 'x'.repeat(2_000_000) }), { headers: { 'content-type': 'application/json' } });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('payload_too_large');
  });
});
