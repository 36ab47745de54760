import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { dialectsUnderTest } from '../../testing/test-database';
import type { HttpAgent } from '../../testing/http-agent';

describe.each(dialectsUnderTest())('user administration on %s', (dialect) => {
  let context: TestContext;
  let organisationId: string;
  let otherOrganisationId: string;
  let admin: HttpAgent;
  let adminId: string;

  beforeAll(async () => {
    context = await createTestContext(dialect);
    organisationId = await context.createOrganisation();
    otherOrganisationId = await context.createOrganisation();
    const user = await context.createUser(organisationId, ['administrator']);
    adminId = user.id;
    admin = await context.signIn(user.email);
  });
  afterAll(async () => context?.close());

  it('refuses without a session', async () => {
    const response = await context.agent().post('/api/users', { email: 'a@example.test', displayName: 'A', organisationId, roles: ['analyst'] });
    expect(response.statusCode).toBe(401);
  });

  it('names each invalid field', async () => {
    const response = await admin.post('/api/users', { email: 'not an email', displayName: '', organisationId, roles: ['wizard'], locale: 'fr' });
    expect(response.statusCode).toBe(400);
    const paths = (response.json().errors as Array<{ path: string }>).map((error) => error.path).sort();
    expect(paths).toEqual(expect.arrayContaining(['displayName', 'email', 'locale', 'roles.0']));
    const missing = await admin.post('/api/users', {});
    expect((missing.json().errors as Array<{ path: string }>).map((error) => error.path)).toEqual(expect.arrayContaining(['email', 'displayName', 'organisationId', 'roles']));
  });

  it('refuses a taken email with a field message, and unknown organisations', async () => {
    const body = { email: 'taken@example.test', displayName: 'Taken', organisationId, roles: ['analyst'] };
    expect((await admin.post('/api/users', body)).statusCode).toBe(201);
    const again = await admin.post('/api/users', body);
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0]).toMatchObject({ path: 'email', code: 'taken' });
  });

  it('creates a user whose temporary password must be changed at first sign-in', async () => {
    const created = await admin.post('/api/users', { email: 'new.worker@example.test', displayName: 'New Worker', organisationId, roles: ['case_worker'], locale: 'km' });
    expect(created.statusCode).toBe(201);
    const { user, temporaryPassword } = created.json() as { user: { id: string; mustChangePassword: boolean; locale: string }; temporaryPassword: string };
    expect(user).toMatchObject({ mustChangePassword: true, locale: 'km' });
    const agent = context.agent();
    expect((await agent.post('/api/auth/sign-in', { email: 'new.worker@example.test', password: temporaryPassword })).json()).toEqual({ state: 'change_password' });
    await agent.refreshCsrf();
    expect((await agent.get('/api/organisations')).json().code).toBe('password_change_required');
    const tooShort = await agent.post('/api/auth/password', { currentPassword: temporaryPassword, newPassword: 'short' });
    expect(tooShort.json().errors[0].path).toBe('newPassword');
    const changed = await agent.post('/api/auth/password', { currentPassword: temporaryPassword, newPassword: 'a long and private passphrase' });
    expect(changed.json()).toEqual({ state: 'active' });
    await agent.refreshCsrf();
    expect((await agent.get('/api/organisations')).statusCode).toBe(200);
  });

  it('hides users of other organisations from an organisation administrator', async () => {
    const outsider = await context.createUser(otherOrganisationId, ['analyst']);
    expect((await admin.get(`/api/users/${outsider.id}`)).statusCode).toBe(404);
    expect((await admin.get('/api/users?pageSize=100')).json().items.some((user: { id: string }) => user.id === outsider.id)).toBe(false);
    expect((await admin.post('/api/users', { email: 'x@example.test', displayName: 'X', organisationId: otherOrganisationId, roles: ['analyst'] })).statusCode).toBe(403);
  });

  it('disables a user, ending their sessions at once, and refuses to disable oneself', async () => {
    const worker = await context.createUser(organisationId, ['case_worker']);
    const workerAgent = await context.signIn(worker.email);
    expect((await workerAgent.get('/api/organisations')).statusCode).toBe(200);
    expect((await admin.post(`/api/users/${worker.id}/disable`)).json().status).toBe('disabled');
    expect((await workerAgent.get('/api/organisations')).statusCode).toBe(401);
    expect((await admin.post(`/api/users/${adminId}/disable`)).statusCode).toBe(409);
  });

  it('ends a session by an administrator, after which its cookie is refused', async () => {
    const worker = await context.createUser(organisationId, ['analyst']);
    const workerAgent = await context.signIn(worker.email);
    const sessions = (await admin.get('/api/sessions?pageSize=100')).json().items as Array<{ id: string; userId: string }>;
    const target = sessions.find((session) => session.userId === worker.id)!;
    expect((await admin.delete(`/api/sessions/${target.id}`)).statusCode).toBe(204);
    expect((await workerAgent.get('/api/organisations')).statusCode).toBe(401);
  });

  it('changes roles, which ends the sessions granted with the old ones', async () => {
    const worker = await context.createUser(organisationId, ['analyst']);
    const workerAgent = await context.signIn(worker.email);
    const updated = await admin.patch(`/api/users/${worker.id}`, { roles: ['analyst', 'case_worker'] });
    expect(updated.json().roles).toEqual(['analyst', 'case_worker']);
    expect((await workerAgent.get('/api/organisations')).statusCode).toBe(401);
    const audit = (await admin.get(`/api/audit-events?resourceId=${worker.id}&action=user.updated`)).json().items as Array<{ changedFields: string[]; details: object }>;
    expect(audit[0]!.changedFields).toEqual(['roles']);
  });

  it('paginates and searches', async () => {
    for (let index = 0; index < 7; index += 1) await context.createUser(organisationId, ['analyst'], { email: `page-${index}@example.test` });
    const first = (await admin.get('/api/users?search=page-&pageSize=5&page=1')).json();
    const second = (await admin.get('/api/users?search=page-&pageSize=5&page=2')).json();
    expect(first.total).toBe(7);
    expect(first.items).toHaveLength(5);
    expect(second.items).toHaveLength(2);
    expect((await admin.get('/api/users?pageSize=1000')).statusCode).toBe(400);
  });
});

describe.each(dialectsUnderTest())('organisation directory on %s', (dialect) => {
  let context: TestContext;

  beforeAll(async () => {
    context = await createTestContext(dialect);
  });
  afterAll(async () => context?.close());

  it('lets platform administrators add and rename organisations, in Khmer too', async () => {
    const platform = await context.signIn((await context.createUser(context.operatorOrganisationId, ['administrator'])).email);
    const created = await platform.post('/api/organisations', { nameEn: 'Cambodian Women’s Crisis Centre (test)', nameKm: 'មជ្ឈមណ្ឌលវិបត្តិស្ត្រី', kind: 'ngo', countryCode: 'KH' });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const renamed = await platform.patch(`/api/organisations/${id}`, { nameKm: 'មជ្ឈមណ្ឌល' });
    expect(renamed.json()).toMatchObject({ nameKm: 'មជ្ឈមណ្ឌល', nameEn: 'Cambodian Women’s Crisis Centre (test)' });
    const found = (await platform.get(`/api/organisations?search=${encodeURIComponent('មជ្ឈមណ្ឌល')}`)).json();
    expect(found.items.map((item: { id: string }) => item.id)).toContain(id);
    expect((await platform.post('/api/organisations', { nameEn: 'x', kind: 'club', countryCode: 'kh' })).json().errors.map((error: { path: string }) => error.path).sort()).toEqual(['countryCode', 'kind', 'nameEn']);
    expect((await platform.patch(`/api/organisations/${context.operatorOrganisationId}`, { status: 'inactive' })).statusCode).toBe(409);
  });

  it('deactivating an organisation ends its members’ access', async () => {
    const platform = await context.signIn((await context.createUser(context.operatorOrganisationId, ['administrator'])).email);
    const organisationId = await context.createOrganisation();
    const member = await context.signIn((await context.createUser(organisationId, ['analyst'])).email);
    expect((await platform.patch(`/api/organisations/${organisationId}`, { status: 'inactive' })).statusCode).toBe(200);
    expect((await member.get('/api/organisations')).statusCode).toBe(401);
  });
});
