import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { dialectsUnderTest } from '../../testing/test-database';
import { IntakeFixtures } from '../intake/intake-fixtures';

describe.each(dialectsUnderTest())('public portal on %s', (dialect) => {
  let context: TestContext;
  let publishedId: string;
  let hiddenId: string;

  beforeAll(async () => {
    context = await createTestContext(dialect);
    const fixtures = new IntakeFixtures(context);
    const police = await context.createOrganisation({ nameEn: 'Police', kind: 'police_unit' });
    const shelter = await context.createOrganisation({ nameEn: 'Shelter', kind: 'shelter' });
    await context.createUser(shelter, ['case_worker']);
    publishedId = await fixtures.site(police, { name: 'Golden Fortune Compound', aliases: ['GF'], operators: [{ name: 'Fortune Holdings Ltd' }], status: { status: 'reported', occurredOn: '2026-09-01', source: { kind: 'press_article', title: 'Families report relatives held', publisher: 'VOD', url: 'https://vodenglish.news/example' } } });
    hiddenId = await fixtures.site(police, { name: 'Never published' });
    const reportId = await fixtures.report(police, { siteId: publishedId, provinceCode: null, reporter: { name: 'CanaryReporterName', contact: { kind: 'phone', value: '012 999 888' } }, people: [{ names: [{ script: 'latin', full: 'CanaryVictimName' }] }], allegation: { narrative: 'CanaryNarrative', types: [] } });
    await fixtures.operation(police, publishedId, { receivingOrganisationId: shelter, rescued: { total: 1, breakdown: [] }, individuals: [{ names: [{ script: 'latin', kind: 'legal', full: 'CanaryRescuedName' }], sex: 'female', nationalities: ['KH'] }], reportIds: [reportId], evidenceNotes: 'CanaryEvidence' });
    const platform = await context.signIn((await context.createUser(context.operatorOrganisationId, ['administrator'])).email);
    expect((await platform.post(`/api/sites/${publishedId}/publish`, {})).statusCode).toBe(200);
  });
  afterAll(async () => context?.close());

  it('lists published sites to anyone, without a session, rate-limited like every route', async () => {
    const response = await context.agent().get('/api/public/sites');
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-ratelimit-limit']).toBeDefined();
    const { items } = response.json();
    expect(items.map((site: { id: string }) => site.id)).toEqual([publishedId]);
    expect(items[0]).toMatchObject({
      name: 'Golden Fortune Compound',
      aliases: ['GF'],
      currentStatus: 'raided',
      statusHistory: [
        { status: 'reported', occurredOn: '2026-09-01', source: { kind: 'press_article', title: 'Families report relatives held', publisher: 'VOD', url: 'https://vodenglish.news/example', operationKind: null } },
        { status: 'raided', occurredOn: '2026-11-01', source: { kind: 'operation', operationKind: 'raid', date: '2026-11-01', title: null } },
      ],
    });
  });

  it('says nothing about people: no reporter, victim, narrative, evidence, operator or report', async () => {
    const text = (await context.agent().get('/api/public/sites')).body + (await context.agent().get(`/api/public/sites/${publishedId}`)).body;
    for (const secret of ['Canary', '012 999 888', 'Fortune Holdings', 'RP-20', 'reportCount', 'personId', 'caseId']) expect(text.includes(secret), secret).toBe(false);
  });

  it('answers 404 for a site that is not published, and stops showing a site once withdrawn', async () => {
    expect((await context.agent().get(`/api/public/sites/${hiddenId}`)).statusCode).toBe(404);
    expect((await context.agent().get('/api/public/sites/nothing')).statusCode).toBe(404);
    const platform = await context.signIn((await context.createUser(context.operatorOrganisationId, ['administrator'])).email);
    await platform.post(`/api/sites/${publishedId}/unpublish`, {});
    expect((await context.agent().get(`/api/public/sites/${publishedId}`)).statusCode).toBe(404);
    expect((await context.agent().get('/api/public/sites')).json().items).toEqual([]);
  });
});
