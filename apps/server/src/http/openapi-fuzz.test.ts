import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpAgent } from '../testing/http-agent';
import { operationsOf, type Operation } from '../testing/openapi-operations';
import { createTestContext, type TestContext } from '../testing/test-context';
import { dialectsUnderTest } from '../testing/test-database';

/** Strings that have broken parsers before: empty, huge, control characters, scripts, numbers, paths. */
const boundaryString = fc.oneof(
  fc.constantFrom('', ' ', '0', '-1', '1e309', 'NaN', 'null', 'true', '[]', '{}', '../../etc/passwd', '%00', '\u0000', '\uFFFF', 'ជា សុខា', '陈', 'Nguyễn', "' or 1=1 --", '<script>', 'a'.repeat(10_000), '🙂'.repeat(300)),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

const jsonValue = fc.oneof(
  { depthSize: 'small' },
  fc.jsonValue({ maxDepth: 3 }),
  boundaryString,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(null),
);

const requestFor = (operation: Operation) =>
  fc.record({
    pathValues: fc.array(boundaryString, { minLength: 4, maxLength: 4 }),
    query: fc.dictionary(fc.oneof(fc.constantFrom(...(operation.queryNames.length > 0 ? operation.queryNames : ['q'])), fc.string({ maxLength: 10 })), boundaryString, { maxKeys: 4 }),
    body: fc.oneof(
      fc.dictionary(fc.oneof(fc.constantFrom(...(operation.bodyNames.length > 0 ? operation.bodyNames : ['x'])), fc.string({ maxLength: 10 })), jsonValue, { maxKeys: 6 }),
      jsonValue,
      fc.constant(undefined),
    ),
    rawBody: fc.option(fc.constantFrom('{', 'not json', '{"a":', '\u0000', '[1,2', '"'.repeat(100)), { nil: undefined }),
    contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', ''),
    acceptLanguage: boundaryString,
  });

describe.each(dialectsUnderTest())('no input crashes the server (%s)', (dialect) => {
  let context: TestContext;
  let operations: Operation[];
  let platformEmail: string;
  let agent: HttpAgent;

  beforeAll(async () => {
    context = await createTestContext(dialect);
    platformEmail = (await context.createUser(context.operatorOrganisationId, ['administrator', 'case_worker', 'investigator', 'hotline_operator', 'analyst', 'partner_liaison'])).email;
    agent = await context.signIn(platformEmail);
    operations = operationsOf((await context.app.inject({ method: 'GET', url: '/api/openapi.json' })).json());
  });
  afterAll(async () => context?.close());

  it('covers the routes of the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(25);
  });

  it('answers random and boundary requests to every route without a 5xx', async () => {
    const failures: string[] = [];
    for (const operation of operations) {
      await fc.assert(
        fc.asyncProperty(requestFor(operation), fc.boolean(), async (generated, signedIn) => {
          // Random requests may end the session (sign-out, self-changes); start a new one when they do.
          if (signedIn && (await agent.get('/api/auth/session')).statusCode !== 200) agent = await context.signIn(platformEmail);
          let index = 0;
          const url = operation.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(generated.pathValues[index++] ?? 'x'));
          const query = new URLSearchParams(generated.query).toString();
          const headers: Record<string, string> = { 'accept-language': generated.acceptLanguage.replace(/[^\x20-\x7e]/g, '') };
          if (generated.contentType) headers['content-type'] = generated.contentType;
          const payload = generated.rawBody ?? (generated.body === undefined ? undefined : JSON.stringify(generated.body));
          const client = signedIn ? agent : context.agent();
          const response = await client.request(operation.method as never, `${url}${query ? `?${query}` : ''}`, payload, { headers });
          if (response.statusCode >= 500) failures.push(`${operation.method} ${operation.path} → ${response.statusCode} ${response.body.slice(0, 200)} for ${JSON.stringify({ url, query, payload: payload?.slice(0, 200), headers })}`);
        }),
        { numRuns: 20, seed: 4242, endOnFailure: true },
      );
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
