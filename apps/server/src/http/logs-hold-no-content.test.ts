import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationsOf } from '../testing/openapi-operations';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../testing/test-context';

/** A value that must never reach a log line, in Latin and Khmer script. */
const CANARY = 'CanaryZq7x';
const KHMER_CANARY = 'សុខាកាណារី';

describe('logs carry ids, never content (SECURITY.md 17)', () => {
  let context: TestContext;

  beforeAll(async () => {
    context = await createTestContext('sqlite');
  });
  afterAll(async () => context?.close());

  it('never logs canary values sent to any endpoint, passwords, tokens or keys', async () => {
    const email = (await context.createUser(context.operatorOrganisationId, ['administrator', 'case_worker', 'investigator', 'hotline_operator', 'analyst'])).email;
    let agent = await context.signIn(email);
    const operations = operationsOf((await context.app.inject({ method: 'GET', url: '/api/openapi.json' })).json());
    for (const operation of operations) {
      if ((await agent.get('/api/auth/session')).statusCode !== 200) agent = await context.signIn(email);
      const url = operation.path.replace(/\{[^}]+\}/g, `${CANARY}-path`);
      const query = new URLSearchParams(Object.fromEntries(operation.queryNames.map((name) => [name, `${CANARY} ${KHMER_CANARY}`]))).toString();
      const body = Object.fromEntries(operation.bodyNames.map((name) => [name, `${CANARY}-${name} ${KHMER_CANARY}`]));
      await agent.request(operation.method as never, `${url}${query ? `?${query}` : ''}`, operation.method === 'GET' ? undefined : body, { headers: { 'user-agent': `${CANARY}-agent` } });
    }
    // A failed sign-in with a canary password, and a successful one.
    await context.agent().post('/api/auth/sign-in', { email: `${CANARY}@example.test`, password: `${CANARY}-password` });
    await context.agent().post('/api/auth/sign-in', { email, password: TEST_PASSWORD });

    const logs = context.logs();
    expect(logs.length).toBeGreaterThan(1000);
    for (const secret of [CANARY, KHMER_CANARY, TEST_PASSWORD, agent.cookie!.split('=')[1]!, agent.csrfToken!, context.services.sessionSecret.toString('base64')]) {
      expect(logs.includes(secret), `logs contain ${secret.slice(0, 12)}…`).toBe(false);
    }
  });
});
