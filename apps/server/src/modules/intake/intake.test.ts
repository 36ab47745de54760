import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpAgent } from '../../testing/http-agent';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { dialectsUnderTest } from '../../testing/test-database';
import { IntakeFixtures } from './intake-fixtures';

/** A family's call: the reporter's phone, a relative named in Khmer and Latin, a site, immediate danger. */
const call = (siteId: string) => ({
  channel: 'hotline',
  reporter: { name: 'Chea Dara', contact: { kind: 'phone', value: '+855 12 345 678' }, relationship: 'family_member', doNotCallBack: false },
  people: [
    { names: [{ script: 'khmer', full: 'ជា សុខា' }, { script: 'latin', full: 'Chea Sokha' }], nationality: 'KH', age: 24, sex: 'female', contacts: [{ kind: 'telegram', value: '@sokha_chea' }] },
    { names: [], nationality: 'VN', age: null, sex: 'male' },
  ],
  peopleCount: 5,
  siteId,
  placeDetail: 'Building C, third floor',
  allegation: { narrative: 'Her passport was taken; she is made to run scams and was beaten.', types: ['forced_criminality', 'document_retention', 'violence'] },
  urgency: 'immediate_danger',
});

const paths = (body: { errors?: Array<{ path: string }> }) => (body.errors ?? []).map((error) => error.path).sort();

describe.each(dialectsUnderTest())('intake on %s', (dialect) => {
  let context: TestContext;
  let fixtures: IntakeFixtures;
  let hotline: string;
  let police: string;
  let otherHotline: string;
  let operator: HttpAgent;
  let colleague: HttpAgent;
  let colleagueId: string;
  let investigator: HttpAgent;
  let otherOperator: HttpAgent;
  let siteId: string;
  let reportId: string;

  beforeAll(async () => {
    context = await createTestContext(dialect);
    fixtures = new IntakeFixtures(context);
    hotline = await context.createOrganisation({ nameEn: 'Hotline NGO', kind: 'ngo' });
    police = await context.createOrganisation({ nameEn: 'Anti-trafficking police', kind: 'police_unit' });
    otherHotline = await context.createOrganisation({ nameEn: 'Another hotline', kind: 'ngo' });
    operator = await context.signIn((await context.createUser(hotline, ['hotline_operator'])).email);
    const colleagueUser = await context.createUser(hotline, ['hotline_operator']);
    colleagueId = colleagueUser.id;
    colleague = await context.signIn(colleagueUser.email);
    investigator = await context.signIn((await context.createUser(police, ['investigator'])).email);
    otherOperator = await context.signIn((await context.createUser(otherHotline, ['hotline_operator'])).email);
    siteId = await fixtures.site(police);
  });
  afterAll(async () => context?.close());

  it('refuses reports without a session', async () => {
    expect((await context.agent().post('/api/reports', call(siteId))).statusCode).toBe(401);
    expect((await context.agent().get('/api/reports/queue')).statusCode).toBe(401);
  });

  it('takes a call: reporter and people encrypted, response due in an hour, status new, history started', async () => {
    const response = await operator.post('/api/reports', call(siteId));
    expect(response.statusCode).toBe(201);
    const report = response.json();
    reportId = report.id;
    expect(report).toMatchObject({
      reference: 'RP-2026-000001',
      status: 'new',
      urgency: 'immediate_danger',
      receivedAt: '2026-11-21T02:00:00.000Z',
      dueAt: '2026-11-21T03:00:00.000Z',
      minutesLeft: 60,
      overdue: false,
      provinceCode: 'KH-18',
      site: { id: siteId, kind: 'scam_compound' },
      peopleCount: 5,
      nationalities: ['KH', 'VN'],
      access: 'owner',
      reporter: { anonymous: false, name: 'Chea Dara', contact: { kind: 'phone', value: '+855 12 345 678' }, contactWithheld: false, doNotCallBack: false },
      placeDetail: 'Building C, third floor',
    });
    expect(report.people[0]).toMatchObject({ names: [{ script: 'khmer', full: 'ជា សុខា' }, { script: 'latin', full: 'Chea Sokha' }], ageGroup: '18-24' });
    expect(report.statusHistory).toEqual([expect.objectContaining({ from: null, to: 'new', reason: 'Report recorded' })]);

    const row = await context.services.db.selectFrom('reports').selectAll().where('id', '=', reportId).executeTakeFirstOrThrow();
    for (const column of ['reporter_name', 'reporter_contact', 'place_detail', 'allegation'] as const) expect(row[column]).toMatch(/^ctip1:/);
    const people = await context.services.db.selectFrom('report_people').selectAll().where('report_id', '=', reportId).execute();
    expect(people.every((person) => person.names.startsWith('ctip1:') && !person.names.includes('Sokha'))).toBe(true);
    expect((await context.services.db.selectFrom('report_person_tokens').select('token').where('report_id', '=', reportId).execute()).length).toBeGreaterThan(2);
    expect((await context.services.db.selectFrom('audit_events').select('action').where('resource_id', '=', reportId).execute()).map((event) => event.action)).toContain('report.created');
  });

  it('names every invalid field and writes nothing', async () => {
    const before = await context.services.db.selectFrom('reports').select('id').execute();
    const bad = await operator.post('/api/reports', {
      ...call('no-such-site'),
      receivedAt: '2027-01-01T00:00:00Z',
      reporter: { anonymous: true, name: 'Someone', contact: { kind: 'phone', value: '012 000 111' } },
      peopleCount: 1,
      provinceCode: 'KH-99',
      people: [{ names: [{ script: 'latin', full: 'A' }], nationality: 'ZZ' }, { names: [] }],
    });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad.json())).toEqual(['people.0.nationality', 'peopleCount', 'provinceCode', 'receivedAt', 'reporter.contact', 'reporter.name', 'siteId']);
    const schema = await operator.post('/api/reports', { channel: 'pigeon', urgency: 'soon' });
    expect(schema.statusCode).toBe(400);
    expect(paths(schema.json())).toEqual(['channel', 'urgency']);
    const mismatch = await operator.post('/api/reports', { ...call(siteId), provinceCode: 'KH-12' });
    expect(mismatch.json().errors[0]).toMatchObject({ path: 'provinceCode', message: 'The site is in KH-18, not KH-12.' });
    expect(await context.services.db.selectFrom('reports').select('id').execute()).toHaveLength(before.length);
  });

  it('orders the queue by time left and shows the overdue ones', async () => {
    const normal = (await operator.post('/api/reports', { channel: 'facebook', urgency: 'normal' })).json().id as string;
    const late = (await operator.post('/api/reports', { channel: 'letter', urgency: 'high', receivedAt: '2026-11-19T10:30:00+07:00' })).json().id as string;
    const queue = (await operator.get('/api/reports/queue')).json();
    expect(queue.items.map((item: { id: string }) => item.id)).toEqual([late, reportId, normal]);
    expect(queue.items[0]).toMatchObject({ dueAt: '2026-11-20T03:30:00.000Z', minutesLeft: -1350, overdue: true });
    expect(queue.items[1]).toMatchObject({ minutesLeft: 60, overdue: false });
    expect(queue.total).toBe(3);
    const overdue = (await operator.get('/api/reports/queue?view=overdue')).json();
    expect(overdue.items.map((item: { id: string }) => item.id)).toEqual([late]);
    expect((await operator.get('/api/reports/queue?urgency=normal')).json().total).toBe(1);
    expect((await operator.get('/api/reports/queue?pageSize=1&page=2')).json().items.map((item: { id: string }) => item.id)).toEqual([reportId]);
  });

  it('moves a report through triage with who, when and why; assigning, and closing, need what they name', async () => {
    expect((await operator.post(`/api/reports/${reportId}/status`, { to: 'triaged', reason: 'Called back, details confirmed' })).statusCode).toBe(200);
    const noAssignee = await operator.post(`/api/reports/${reportId}/status`, { to: 'assigned', reason: 'For follow-up' });
    expect(noAssignee.json().errors[0]).toMatchObject({ path: 'assignedUserId', code: 'assignee_required' });
    const stranger = await operator.post(`/api/reports/${reportId}/status`, { to: 'assigned', reason: 'For follow-up', assignedUserId: (await context.createUser(police, ['investigator'])).id });
    expect(stranger.json().errors[0]).toMatchObject({ path: 'assignedUserId', code: 'unknown_assignee' });
    const assigned = await operator.post(`/api/reports/${reportId}/status`, { to: 'assigned', reason: 'Dara follows up', assignedUserId: colleagueId });
    expect(assigned.json()).toMatchObject({ status: 'assigned', assignedUser: { id: colleagueId } });
    expect((await colleague.get('/api/reports/queue?view=mine')).json().items.map((item: { id: string }) => item.id)).toEqual([reportId]);
    const closing = await operator.post(`/api/reports/${reportId}/status`, { to: 'closed', reason: 'done' });
    expect(closing.json().errors[0]).toMatchObject({ path: 'closureReason', code: 'closure_reason_required' });
    const duplicate = await operator.post(`/api/reports/${reportId}/status`, { to: 'closed', reason: 'same call twice', closureReason: 'duplicate' });
    expect(duplicate.json().errors[0]).toMatchObject({ code: 'duplicate_needs_link' });
    const history = (await operator.get(`/api/reports/${reportId}`)).json().statusHistory;
    expect(history.map((move: { to: string }) => move.to)).toEqual(['new', 'triaged', 'assigned']);
    expect(history[1]).toMatchObject({ from: 'new', to: 'triaged', reason: 'Called back, details confirmed', at: '2026-11-21T02:00:00.000Z' });
    expect(history[2].by.displayName).not.toBe('');
  });

  it('suggests duplicates while typing, with reasons, and links instead of retyping (symmetrically)', async () => {
    const byPhone = (await operator.post('/api/reports/duplicates', { reporterContact: { value: '012345678' } })).json();
    expect(byPhone.candidates[0]).toMatchObject({ reportId, reasons: ['same_reporter_contact'] });
    const byTelegram = (await operator.post('/api/reports/duplicates', { people: [{ names: [], contacts: [{ kind: 'telegram', value: '@Sokha_Chea' }] }] })).json();
    expect(byTelegram.candidates[0]).toMatchObject({ reportId, reasons: ['same_contact'] });
    const byName = (await operator.post('/api/reports/duplicates', { people: [{ names: [{ full: 'Sokha Chia' }] }], siteId })).json();
    expect(byName.candidates[0]).toMatchObject({ reportId, reasons: ['same_people', 'same_site'], score: 5 });
    expect((await operator.post('/api/reports/duplicates', { people: [{ names: [{ full: 'Dara Heng' }] }] })).json().candidates).toEqual([]);

    const second = (await operator.post('/api/reports', { ...call(siteId), channel: 'telegram', urgency: 'high' })).json().id as string;
    const linked = await operator.post(`/api/reports/${second}/links`, { reportId, reason: 'same_people' });
    expect(linked.statusCode).toBe(201);
    expect(linked.json().links).toEqual([expect.objectContaining({ reportId, reason: 'same_people' })]);
    expect((await operator.get(`/api/reports/${reportId}`)).json().links).toEqual([expect.objectContaining({ reportId: second })]);
    expect((await operator.post(`/api/reports/${reportId}/links`, { reportId: second, reason: 'same_site' })).statusCode).toBe(409);
    expect((await operator.post(`/api/reports/${second}/links`, { reportId: second, reason: 'other' })).json().errors[0].code).toBe('same_report');
    const closed = await operator.post(`/api/reports/${second}/status`, { to: 'closed', reason: 'Same call as the first', closureReason: 'duplicate' });
    expect(closed.json()).toMatchObject({ status: 'closed', closureReason: 'duplicate', minutesLeft: null });
    const audited = await context.services.db.selectFrom('audit_events').select('action').where('resource_id', '=', second).execute();
    expect(audited.map((event) => event.action)).toEqual(expect.arrayContaining(['report.linked', 'report.status_moved']));
  });

  it('hides a report from another organisation’s hotline: 404, not listed, only counted among possible duplicates', async () => {
    expect((await otherOperator.get(`/api/reports/${reportId}`)).statusCode).toBe(404);
    expect((await otherOperator.post(`/api/reports/${reportId}/status`, { to: 'triaged', reason: 'mine now' })).statusCode).toBe(404);
    expect((await otherOperator.get('/api/reports/queue')).json().total).toBe(0);
    expect((await otherOperator.get('/api/reports?search=Sokha')).json().total).toBe(0);
    const duplicates = (await otherOperator.post('/api/reports/duplicates', { reporterContact: { value: '+85512345678' } })).json();
    expect(duplicates).toEqual({ candidates: [], elsewhere: 2 });
    expect((await otherOperator.post(`/api/reports/${reportId}/links`, { reportId, reason: 'other' })).statusCode).toBe(404);
  });

  it('finds reports by a person’s name in any script, by contact and by reference; the search is audited', async () => {
    for (const search of ['សុខា', 'chea sokha', '012 345 678', 'RP-2026-000001', 'rp2026000001']) {
      const found = (await operator.get(`/api/reports?search=${encodeURIComponent(search)}`)).json();
      expect(found.items.map((item: { id: string }) => item.id), search).toContain(reportId);
    }
    const listed = await context.services.db.selectFrom('audit_events').select('details').where('action', '=', 'record.listed').where('resource_type', '=', 'report').execute();
    expect(listed.length).toBeGreaterThanOrEqual(5);
    expect(listed.every((event) => !String(event.details).includes('Sokha'))).toBe(true);
    expect((await operator.get('/api/reports?status=closed')).json().total).toBe(1);
  });

  it('refers a report to the police, who read it but not a contact the reporter withheld, and may not change it', async () => {
    const quiet = (await operator.post('/api/reports', { ...call(siteId), reporter: { name: 'Neighbour', contact: { kind: 'whatsapp', value: '+855 97 111 2222' }, doNotCallBack: true } })).json().id as string;
    expect((await investigator.get(`/api/reports/${quiet}`)).statusCode).toBe(404);
    const referred = await operator.post(`/api/reports/${quiet}/referrals`, { toOrganisationId: police, note: 'Please act tonight' });
    expect(referred.statusCode).toBe(201);
    expect((await operator.post(`/api/reports/${quiet}/referrals`, { toOrganisationId: police })).statusCode).toBe(409);
    const seen = (await investigator.get(`/api/reports/${quiet}`)).json();
    expect(seen).toMatchObject({ access: 'referred', reporter: { name: 'Neighbour', contact: null, contactWithheld: true, doNotCallBack: true }, sharedWith: [expect.objectContaining({ kind: 'referral', note: 'Please act tonight' })] });
    expect((await operator.get(`/api/reports/${quiet}`)).json().reporter.contact).toEqual({ kind: 'whatsapp', value: '+855 97 111 2222' });
    expect((await investigator.get('/api/reports/queue')).json().items.map((item: { id: string }) => item.id)).toEqual([quiet]);
    // The police's own reports and those referred to them make one queue, in order of time left.
    const ownFirst = (await investigator.post('/api/reports', { channel: 'walk_in', urgency: 'immediate_danger', receivedAt: '2026-11-21T01:30:00Z' })).json().id as string;
    const ownLast = (await investigator.post('/api/reports', { channel: 'walk_in', urgency: 'normal', receivedAt: '2026-11-21T01:59:00Z' })).json().id as string;
    const policeQueue = (await investigator.get('/api/reports/queue')).json();
    expect(policeQueue.items.map((item: { id: string; access: string }) => `${item.id}:${item.access}`)).toEqual([`${ownFirst}:owner`, `${quiet}:referred`, `${ownLast}:owner`]);
    expect(policeQueue.total).toBe(3);
    expect((await investigator.get('/api/reports/queue?page=2&pageSize=1')).json().items.map((item: { id: string }) => item.id)).toEqual([quiet]);
    expect((await investigator.get('/api/reports?sort=received_asc&pageSize=2&page=2')).json().items.map((item: { id: string }) => item.id)).toEqual([quiet]);
    expect((await investigator.post(`/api/reports/${quiet}/status`, { to: 'triaged', reason: 'taking it' })).statusCode).toBe(403);
    expect((await investigator.patch(`/api/reports/${quiet}`, { urgency: 'normal' })).statusCode).toBe(403);
    // The withheld number is never used for anyone else: not by the police, not by another hotline.
    expect((await investigator.post('/api/reports/duplicates', { reporterContact: { value: '097 111 2222' } })).json()).toEqual({ candidates: [], elsewhere: 0 });
    expect((await otherOperator.post('/api/reports/duplicates', { reporterContact: { value: '097 111 2222' } })).json()).toEqual({ candidates: [], elsewhere: 0 });
    expect((await investigator.get(`/api/reports?search=${encodeURIComponent('097 111 2222')}`)).json().total).toBe(0);
    expect((await operator.post('/api/reports/duplicates', { reporterContact: { value: '097 111 2222' } })).json().candidates[0]).toMatchObject({ reportId: quiet, reasons: ['same_reporter_contact'] });
    const closedAsReferred = await operator.post(`/api/reports/${quiet}/status`, { to: 'closed', reason: 'The police took it', closureReason: 'referred' });
    expect(closedAsReferred.statusCode).toBe(200);
  });

  it('corrects a report: a new urgency moves the deadline; lists replace whole', async () => {
    const patched = await operator.patch(`/api/reports/${reportId}`, { urgency: 'normal', people: [{ names: [{ script: 'latin', full: 'Chea Sokha' }], nationality: 'KH', age: 24, sex: 'female' }] });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ urgency: 'normal', dueAt: '2026-11-28T02:00:00.000Z', peopleCount: 5, nationalities: ['KH'] });
    expect(patched.json().people).toHaveLength(1);
    expect((await operator.patch(`/api/reports/${reportId}`, { siteId: 'nowhere' })).json().errors[0]).toMatchObject({ path: 'siteId', code: 'unknown_site' });
    expect((await operator.patch(`/api/reports/${reportId}`, {})).statusCode).toBe(400);
  });
});
