import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpAgent } from '../../testing/http-agent';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { dialectsUnderTest } from '../../testing/test-database';
import { IntakeFixtures } from '../intake/intake-fixtures';

/** The seed's casino: a compound in Sihanoukville, raided, then granted a casino licence days later. */
const casino = {
  kind: 'casino',
  name: 'Jin Bei Casino & Hotel',
  aliases: ['Jinbei', 'ជីនប៉ី'],
  operators: [{ name: 'Jin Bei Group Co., Ltd.', registration: '00012345' }],
  provinceCode: 'KH-18',
  latitude: 10.6,
  longitude: 103.52,
  address: 'Otres road',
  description: 'Compound with casino front',
  status: { status: 'reported', occurredOn: '2022-08-18', source: { kind: 'press_article', title: 'Hundreds of complaints in weeks', publisher: 'The Phnom Penh Post', date: '2022-08-30', url: 'https://www.phnompenhpost.com/example' } },
};

const paths = (body: { errors?: Array<{ path: string }> }) => (body.errors ?? []).map((error) => error.path).sort();

describe.each(dialectsUnderTest())('site registry on %s', (dialect) => {
  let context: TestContext;
  let fixtures: IntakeFixtures;
  let hotline: string;
  let investigator: HttpAgent;
  let operator: HttpAgent;
  let caseWorker: HttpAgent;
  let analyst: HttpAgent;
  let siteId: string;

  beforeAll(async () => {
    context = await createTestContext(dialect);
    fixtures = new IntakeFixtures(context);
    const police = await context.createOrganisation({ nameEn: 'Police', kind: 'police_unit' });
    hotline = await context.createOrganisation({ nameEn: 'Hotline', kind: 'ngo' });
    const shelter = await context.createOrganisation({ nameEn: 'Shelter', kind: 'shelter' });
    investigator = await context.signIn((await context.createUser(police, ['investigator'])).email);
    operator = await context.signIn((await context.createUser(hotline, ['hotline_operator'])).email);
    caseWorker = await context.signIn((await context.createUser(shelter, ['case_worker'])).email);
    analyst = await context.signIn((await context.createUser(shelter, ['analyst'])).email);
  });
  afterAll(async () => context?.close());

  it('adds a site with names, aliases, operators, place and a first dated status with its source', async () => {
    expect((await context.agent().post('/api/sites', casino)).statusCode).toBe(401);
    const created = await investigator.post('/api/sites', casino);
    expect(created.statusCode).toBe(201);
    siteId = created.json().id;
    expect(created.json()).toMatchObject({
      name: 'Jin Bei Casino & Hotel',
      aliases: ['Jinbei', 'ជីនប៉ី'],
      operators: [{ name: 'Jin Bei Group Co., Ltd.', registration: '00012345' }],
      currentStatus: 'reported',
      currentStatusOn: '2022-08-18',
      firstRecordedOn: '2022-08-18',
      statusHistory: [{ status: 'reported', occurredOn: '2022-08-18', source: { kind: 'press_article', publisher: 'The Phnom Penh Post', url: 'https://www.phnompenhpost.com/example', report: null, operation: null }, isCorrection: false }],
      patterns: [],
    });
    // Sites are shared platform-wide: a shelter's case worker reads it, and finds it by an alias in Khmer.
    expect((await caseWorker.get(`/api/sites/${siteId}`)).statusCode).toBe(200);
    expect((await caseWorker.get(`/api/sites?search=${encodeURIComponent('ជីនប៉ី')}`)).json().items.map((site: { id: string }) => site.id)).toEqual([siteId]);
    expect((await caseWorker.get('/api/sites?search=jinbei&kind=casino&province=KH-18')).json().total).toBe(1);
    expect((await caseWorker.post('/api/sites', casino)).statusCode).toBe(403);
    expect((await analyst.get('/api/sites')).statusCode).toBe(403);
  });

  it('refuses an unknown province, coordinates outside Cambodia or half given, a future date and a report it cannot see — writing nothing', async () => {
    const before = await context.services.db.selectFrom('sites').select('id').execute();
    const hidden = await fixtures.report(hotline);
    const bad = await investigator.post('/api/sites', { ...casino, provinceCode: 'KH-30', latitude: 13.75, longitude: 100.5, status: { status: 'reported', occurredOn: '2030-01-01', source: { kind: 'report', reportId: hidden } } });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad.json())).toEqual(['latitude', 'provinceCode', 'status.occurredOn', 'status.source.reportId']);
    const half = await investigator.post('/api/sites', { ...casino, longitude: null });
    expect(paths(half.json())).toEqual(['longitude']);
    const schema = await investigator.post('/api/sites', { ...casino, kind: 'spa', status: { status: 'gone', occurredOn: '2022-02-30', source: { kind: 'rumour' } } });
    expect(paths(schema.json())).toEqual(['kind', 'status.occurredOn', 'status.source.kind', 'status.status']);
    expect(await context.services.db.selectFrom('sites').select('id').execute()).toHaveLength(before.length);
    expect((await investigator.get('/api/sites/no-such-site')).statusCode).toBe(404);
  });

  it('keeps the status history in date order: a status dated before the latest needs a correction reason', async () => {
    const raid = await investigator.post(`/api/sites/${siteId}/statuses`, { status: 'raided', occurredOn: '2022-09-05', source: { kind: 'document', title: 'Police statement on the Otres raid', publisher: 'General Commissariat of National Police' } });
    expect(raid.statusCode).toBe(201);
    const historyBefore = await context.services.db.selectFrom('site_status_history').select('id').where('site_id', '=', siteId).execute();
    const late = await investigator.post(`/api/sites/${siteId}/statuses`, { status: 'under_investigation', occurredOn: '2022-08-25', source: { kind: 'document', title: 'Investigation order' } });
    expect(late.statusCode).toBe(400);
    expect(late.json().errors[0]).toMatchObject({ path: 'occurredOn', code: 'out_of_order' });
    expect(late.json().errors[0].message).toMatch(/dated 2022-09-05/);
    expect(await context.services.db.selectFrom('site_status_history').select('id').where('site_id', '=', siteId).execute()).toHaveLength(historyBefore.length);
    const future = await investigator.post(`/api/sites/${siteId}/statuses`, { status: 'closed', occurredOn: '2027-01-01', source: { kind: 'document', title: 'Closure order' } });
    expect(future.json().errors[0]).toMatchObject({ path: 'occurredOn', code: 'future_date' });
    const corrected = await investigator.post(`/api/sites/${siteId}/statuses`, { status: 'under_investigation', occurredOn: '2022-08-25', source: { kind: 'document', title: 'Investigation order' }, correctionReason: 'The order was found in the file later' });
    expect(corrected.statusCode).toBe(201);
    expect(corrected.json().currentStatus).toBe('raided');
    expect(corrected.json().statusHistory.map((entry: { status: string; isCorrection: boolean }) => [entry.status, entry.isCorrection])).toEqual([['reported', false], ['under_investigation', true], ['raided', false]]);
  });

  it('surfaces a licence granted days after a raid, on the site, in the list and in the pattern view', async () => {
    const licensed = await operator.post(`/api/sites/${siteId}/statuses`, { status: 'licensed', occurredOn: '2022-09-09', source: { kind: 'press_article', title: 'Gambling commission grants casino licence', publisher: 'VOD' } });
    expect(licensed.json()).toMatchObject({ currentStatus: 'licensed', patterns: ['licensed_after_raid'], patternFindings: [{ pattern: 'licensed_after_raid', since: '2022-09-05', seenOn: '2022-09-09', days: 4 }] });
    expect((await caseWorker.get('/api/sites?pattern=licensed_after_raid')).json().items.map((site: { id: string }) => site.id)).toEqual([siteId]);
    const view = (await caseWorker.get('/api/sites/patterns?pattern=licensed_after_raid')).json();
    expect(view.items).toEqual([expect.objectContaining({ site: expect.objectContaining({ id: siteId }), findings: [expect.objectContaining({ days: 4 })] })]);
  });

  it('flags many reports and no operation, and reports still arriving after a closure', async () => {
    const quiet = await fixtures.site(hotline, { name: 'Blue Sky Building', status: { status: 'reported', occurredOn: '2026-01-10', source: { kind: 'document', title: 'Hotline log' } } });
    for (let index = 0; index < 3; index += 1) await fixtures.report(hotline, { siteId: quiet, provinceCode: null, receivedAt: `2026-0${index + 2}-01T03:00:00Z` });
    const patterns = async (minReports?: number) => (await caseWorker.get(`/api/sites/patterns${minReports ? `?minReports=${minReports}` : ''}`)).json().items.find((item: { site: { id: string } }) => item.site.id === quiet)?.findings ?? [];
    expect(await patterns()).toEqual([]);
    expect(await patterns(3)).toEqual([expect.objectContaining({ pattern: 'many_reports_no_operation', reports: 3 })]);
    expect((await operator.post(`/api/sites/${quiet}/statuses`, { status: 'closed', occurredOn: '2026-02-15', source: { kind: 'document', title: 'Closure order' } })).statusCode).toBe(201);
    const site = (await caseWorker.get(`/api/sites/${quiet}`)).json();
    expect(site).toMatchObject({ reportCount: 3, operationCount: 0, patterns: ['reports_after_closure'], patternFindings: [{ pattern: 'reports_after_closure', since: '2026-02-15', seenOn: '2026-04-01', days: 45, reports: 2 }] });
  });

  it('cites a report the actor may see as a source, and shows its reference only to those who may see it', async () => {
    const reportId = await fixtures.report(hotline, { siteId, provinceCode: null, receivedAt: '2022-09-20T02:00:00Z' });
    const cited = await operator.post(`/api/sites/${siteId}/statuses`, { status: 'reopened', occurredOn: '2022-09-20', source: { kind: 'report', reportId } });
    expect(cited.statusCode).toBe(201);
    expect(cited.json().statusHistory.at(-1).source).toMatchObject({ kind: 'report', report: { id: reportId, reference: expect.stringMatching(/^RP-2022-/) } });
    expect((await caseWorker.get(`/api/sites/${siteId}`)).json().statusHistory.at(-1).source.report).toEqual({ id: reportId, reference: null });
    const other = await fixtures.site(hotline, { name: 'Elsewhere' });
    const wrongSite = await operator.post(`/api/sites/${other}/statuses`, { status: 'under_investigation', occurredOn: '2022-09-20', source: { kind: 'report', reportId } });
    expect(wrongSite.json().errors[0]).toMatchObject({ path: 'source.reportId', code: 'report_about_other_site' });
  });

  it('edits a site’s description and names; the history is untouched', async () => {
    const edited = await operator.patch(`/api/sites/${siteId}`, { name: 'Jin Bei Hotel', longitude: 103.55 });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ name: 'Jin Bei Hotel', aliases: ['Jinbei', 'ជីនប៉ី'], longitude: 103.55, latitude: 10.6 });
    expect((await operator.patch(`/api/sites/${siteId}`, { latitude: 20 })).json().errors[0]).toMatchObject({ path: 'latitude', code: 'outside_cambodia' });
    expect((await caseWorker.patch(`/api/sites/${siteId}`, { name: 'x' })).statusCode).toBe(403);
  });

  it('is published and withdrawn by platform administrators only, with an audit event', async () => {
    const administrator = await context.signIn((await context.createUser(hotline, ['administrator'])).email);
    const platform = await context.signIn((await context.createUser(context.operatorOrganisationId, ['administrator'])).email);
    expect((await administrator.post(`/api/sites/${siteId}/publish`, {})).statusCode).toBe(403);
    expect((await operator.post(`/api/sites/${siteId}/publish`, {})).statusCode).toBe(403);
    const unraided = await fixtures.site(hotline, { name: 'Only reported' });
    expect((await platform.post(`/api/sites/${unraided}/publish`, {})).json().errors[0].code).toBe('not_publishable');
    expect((await platform.post(`/api/sites/${siteId}/publish`, {})).json()).toEqual({ id: siteId, isPublished: true });
    expect((await platform.post(`/api/sites/${siteId}/publish`, {})).statusCode).toBe(409);
    expect((await platform.get('/api/sites?published=true')).json().items.map((site: { id: string }) => site.id)).toEqual([siteId]);
    expect((await platform.post(`/api/sites/${siteId}/unpublish`, {})).statusCode).toBe(200);
    const events = await context.services.db.selectFrom('audit_events').select('action').where('resource_id', '=', siteId).where('action', 'in', ['site.published', 'site.unpublished']).execute();
    expect(events.map((event) => event.action).sort()).toEqual(['site.published', 'site.unpublished']);
  });
});
