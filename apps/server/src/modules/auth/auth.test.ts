import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotpCode } from '../../auth/totp';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../../testing/test-context';
import { dialectsUnderTest } from '../../testing/test-database';

describe.each(dialectsUnderTest())('sign-in and sessions on %s', (dialect) => {
  let context: TestContext;
  let organisationId: string;

  beforeAll(async () => {
    context = await createTestContext(dialect, { demoMode: false });
    organisationId = await context.createOrganisation();
  });
  afterAll(async () => context?.close());

  it('answers a wrong password and an unknown account identically', async () => {
    const { email } = await context.createUser(organisationId, ['analyst']);
    const wrongPassword = await context.agent().post('/api/auth/sign-in', { email, password: 'not the password' });
    const unknown = await context.agent().post('/api/auth/sign-in', { email: 'nobody@example.test', password: 'not the password' });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (body: string) => ({ ...JSON.parse(body), requestId: undefined });
    expect(strip(wrongPassword.body)).toEqual(strip(unknown.body));
    expect(wrongPassword.headers['content-type']).toContain('application/problem+json');
  });

  it('signs an analyst in without a second factor and out again, after which the cookie is refused', async () => {
    const { email } = await context.createUser(organisationId, ['analyst']);
    const agent = context.agent();
    const signedIn = await agent.post('/api/auth/sign-in', { email, password: TEST_PASSWORD });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toEqual({ state: 'active' });
    const cookie = signedIn.headers['set-cookie'] as string;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    await agent.refreshCsrf();
    expect((await agent.get('/api/organisations')).statusCode).toBe(200);
    const oldCookie = agent.cookie;
    expect((await agent.post('/api/auth/sign-out')).statusCode).toBe(204);
    const replay = await context.app.inject({ method: 'GET', url: '/api/organisations', headers: { cookie: oldCookie! } });
    expect(replay.statusCode).toBe(401);
  });

  it('refuses state-changing requests without the CSRF token', async () => {
    const { email } = await context.createUser(organisationId, ['analyst']);
    const agent = await context.signIn(email);
    const response = await agent.patch('/api/me/preferences', { locale: 'km' }, { csrf: false });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf_failed');
    const accepted = await agent.patch('/api/me/preferences', { locale: 'km' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user.locale).toBe('km');
  });

  it('refuses a cross-site sign-in attempt', async () => {
    const { email } = await context.createUser(organisationId, ['analyst']);
    const response = await context.agent().post('/api/auth/sign-in', { email, password: TEST_PASSWORD }, { headers: { origin: 'https://evil.example' } });
    expect(response.statusCode).toBe(403);
  });

  it('ends idle sessions and sessions past their absolute lifetime', async () => {
    const { email } = await context.createUser(organisationId, ['analyst']);
    const idle = await context.signIn(email);
    context.clock.advance((context.config.sessionIdleMinutes + 1) * 60_000);
    expect((await idle.get('/api/organisations')).statusCode).toBe(401);

    const busy = await context.signIn(email);
    const stepMinutes = context.config.sessionIdleMinutes - 1;
    let elapsed = 0;
    while (elapsed < context.config.sessionAbsoluteHours * 60 - stepMinutes) {
      context.clock.advance(stepMinutes * 60_000);
      elapsed += stepMinutes;
      expect((await busy.get('/api/organisations')).statusCode).toBe(200);
    }
    context.clock.advance(stepMinutes * 60_000);
    expect((await busy.get('/api/organisations')).statusCode).toBe(401);
  });

  it('requires an administrator to enrol a second factor, then refuses a reused code', async () => {
    const { email } = await context.createUser(organisationId, ['administrator']);
    const agent = context.agent();
    const signedIn = await agent.post('/api/auth/sign-in', { email, password: TEST_PASSWORD });
    expect(signedIn.json()).toEqual({ state: 'enrol_second_factor' });
    await agent.refreshCsrf();
    expect((await agent.get('/api/users')).json().code).toBe('second_factor_required');

    const started = await agent.post('/api/auth/second-factor/enrolment');
    expect(started.statusCode).toBe(200);
    const { secret } = started.json() as { secret: string };
    expect((await agent.post('/api/auth/second-factor/enrolment/confirm', { code: '000000' })).statusCode).toBe(400);
    const confirmed = await agent.post('/api/auth/second-factor/enrolment/confirm', { code: currentTotpCode(secret, context.clock.now()) });
    expect(confirmed.statusCode).toBe(200);
    const { recoveryCodes } = confirmed.json() as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);
    await agent.refreshCsrf();
    expect((await agent.get('/api/users')).statusCode).toBe(200);

    // The next sign-in asks for a code; the code used at enrolment is already spent.
    const next = context.agent();
    expect((await next.post('/api/auth/sign-in', { email, password: TEST_PASSWORD })).json()).toEqual({ state: 'second_factor' });
    await next.refreshCsrf();
    const reused = await next.post('/api/auth/second-factor', { code: currentTotpCode(secret, context.clock.now()) });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().errors[0].code).toBe('replayed_code');
    context.clock.advance(30_000);
    const fresh = currentTotpCode(secret, context.clock.now());
    expect((await next.post('/api/auth/second-factor', { code: fresh })).json()).toEqual({ state: 'active' });

    // A recovery code works once.
    const third = context.agent();
    await third.post('/api/auth/sign-in', { email, password: TEST_PASSWORD });
    await third.refreshCsrf();
    expect((await third.post('/api/auth/second-factor', { recoveryCode: recoveryCodes[0] })).json()).toEqual({ state: 'active' });
    const fourth = context.agent();
    await fourth.post('/api/auth/sign-in', { email, password: TEST_PASSWORD });
    await fourth.refreshCsrf();
    expect((await fourth.post('/api/auth/second-factor', { recoveryCode: recoveryCodes[0] })).statusCode).toBe(400);
  });

  it('throttles an account after repeated failures, whether or not it exists', async () => {
    const { email } = await context.createUser(organisationId, ['analyst']);
    for (const target of [email, 'ghost@example.test']) {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 6; attempt += 1) {
        statuses.push((await context.agent().post('/api/auth/sign-in', { email: target, password: 'wrong password' }, { headers: { 'x-forwarded-for': `10.0.0.${attempt}` } })).statusCode);
      }
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(statuses[5]).toBe(429);
    }
    // While blocked, even the right password is refused; after the block it works.
    expect((await context.agent().post('/api/auth/sign-in', { email, password: TEST_PASSWORD })).statusCode).toBe(429);
    context.clock.advance(16 * 60_000);
    expect((await context.agent().post('/api/auth/sign-in', { email, password: TEST_PASSWORD })).statusCode).toBe(200);
  });
});
