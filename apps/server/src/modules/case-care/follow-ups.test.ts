import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFixtures } from '../../testing/case-fixtures';
import type { HttpAgent } from '../../testing/http-agent';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { dialectsUnderTest } from '../../testing/test-database';

describe.each(dialectsUnderTest())('follow-up visits on %s', (dialect) => {
  let context: TestContext;
  let fixtures: CaseFixtures;
  let ngo: string;
  let clinic: string;
  let worker: HttpAgent;
  let colleague: HttpAgent;
  let clinician: HttpAgent;
  let outsider: HttpAgent;
  let caseId: string;
  let caseNumber: string;
  let emails: string[];

  async function snapshot(): Promise<string> {
    const rows = await Promise.all((['follow_ups', 'cases'] as const).map((table) => context.services.db.selectFrom(table).selectAll().orderBy('id').execute()));
    const audits = await context.services.db.selectFrom('audit_events').select('seq').where('action', 'like', 'follow_up.%').execute();
    return JSON.stringify({ rows, audits: audits.length });
  }
  async function signInEveryone(): Promise<void> {
    worker = await context.signIn(emails[0]!);
    colleague = await context.signIn(emails[1]!);
    clinician = await context.signIn(emails[2]!);
    outsider = await context.signIn(emails[3]!);
  }
  const visitsOf = async (agent: HttpAgent, id = caseId) => (await agent.get(`/api/cases/${id}/follow-ups`)).json().items as Array<{ id: string; dueOn: string; completedOn: string | null; notes: string | null; overdue: boolean; outcome: string | null }>;

  beforeAll(async () => {
    context = await createTestContext(dialect);
    fixtures = new CaseFixtures(context);
    ngo = await context.createOrganisation({ nameEn: 'Follow-up NGO' });
    clinic = await context.createOrganisation({ nameEn: 'Clinic' });
    const elsewhere = await context.createOrganisation();
    emails = [(await context.createUser(ngo, ['case_worker'])).email, (await context.createUser(ngo, ['case_worker'])).email, (await context.createUser(clinic, ['case_worker'])).email, (await context.createUser(elsewhere, ['case_worker'])).email];
    await signInEveryone();
    caseId = (await fixtures.openCase(ngo)).caseId;
    await fixtures.refer(caseId, clinic, { service: 'medical' });
    const moved = await worker.post(`/api/cases/${caseId}/stage`, { to: 'follow_up', reason: 'Back home with her mother' });
    caseNumber = moved.json().caseNumber;
  });
  afterAll(async () => context?.close());

  it('lists the scheduled visits to those who see the follow-up section only', async () => {
    const visits = await visitsOf(worker);
    expect(visits.map((visit) => visit.dueOn)).toEqual(['2026-12-21', '2027-02-21', '2027-05-21', '2027-11-21']);
    expect(visits.every((visit) => visit.completedOn === null && !visit.overdue)).toBe(true);
    expect((await context.agent().get(`/api/cases/${caseId}/follow-ups`)).statusCode).toBe(401);
    expect((await outsider.get(`/api/cases/${caseId}/follow-ups`)).statusCode).toBe(404);
    // A medical referral does not open the follow-up section.
    expect((await clinician.get(`/api/cases/${caseId}/follow-ups`)).statusCode).toBe(404);
  });

  it('records a visit as made, with encrypted notes, and moves the next due date on', async () => {
    const [first] = await visitsOf(worker);
    const done = await worker.post(`/api/cases/${caseId}/follow-ups/${first!.id}/complete`, { completedOn: '2026-11-20', method: 'home_visit', outcome: 'doing_well', notes: 'Back at school, sleeping well' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toEqual({ nextFollowUpDue: '2027-02-21' });
    expect((await worker.get(`/api/cases/${caseId}`)).json().nextFollowUpDue).toBe('2027-02-21');
    const visit = (await visitsOf(worker)).find((item) => item.id === first!.id)!;
    expect(visit).toMatchObject({ completedOn: '2026-11-20', outcome: 'doing_well', notes: 'Back at school, sleeping well' });
    const stored = await context.services.db.selectFrom('follow_ups').select('notes').where('id', '=', first!.id).executeTakeFirstOrThrow();
    expect(stored.notes).toMatch(/^ctip1:/);
    expect(stored.notes).not.toContain('school');

    const before = await snapshot();
    const again = await worker.post(`/api/cases/${caseId}/follow-ups/${first!.id}/complete`, { completedOn: '2026-11-21', method: 'phone_call', outcome: 'at_risk' });
    expect(again.statusCode).toBe(409);
    expect(await snapshot()).toBe(before);
  });

  it('refuses future dates, visits before the case opened, unknown methods and other actors, writing nothing', async () => {
    const [, second] = await visitsOf(worker);
    const url = `/api/cases/${caseId}/follow-ups/${second!.id}/complete`;
    const before = await snapshot();
    const future = await worker.post(url, { completedOn: '2026-11-22', method: 'home_visit', outcome: 'doing_well' });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([expect.objectContaining({ path: 'completedOn', code: 'future_date' })]);
    const early = await worker.post(url, { completedOn: '2026-09-01', method: 'home_visit', outcome: 'doing_well' });
    expect(early.json().errors).toEqual([expect.objectContaining({ path: 'completedOn', code: 'out_of_order' })]);
    const unknown = await worker.post(url, { completedOn: '2026-11-20', method: 'carrier_pigeon', outcome: 'great', notes: 'x'.repeat(9000) });
    expect((unknown.json().errors as Array<{ path: string }>).map((error) => error.path).sort()).toEqual(['method', 'notes', 'outcome']);
    expect((await worker.post(`/api/cases/${caseId}/follow-ups/no-such-visit/complete`, { completedOn: '2026-11-20', method: 'home_visit', outcome: 'doing_well' })).statusCode).toBe(404);
    expect((await clinician.post(url, { completedOn: '2026-11-20', method: 'home_visit', outcome: 'doing_well' })).statusCode).toBe(403);
    expect((await outsider.post(url, { completedOn: '2026-11-20', method: 'home_visit', outcome: 'doing_well' })).statusCode).toBe(404);
    expect((await worker.post(`/api/cases/${caseId}/follow-ups`, { dueOn: '2026-09-30' })).json().errors[0]).toMatchObject({ path: 'dueOn', code: 'out_of_order' });
    expect((await worker.post(`/api/cases/${caseId}/follow-ups`, { dueOn: '2026-13-01' })).statusCode).toBe(400);
    expect((await clinician.post(`/api/cases/${caseId}/follow-ups`, { dueOn: '2026-12-01' })).statusCode).toBe(403);
    expect(await snapshot()).toBe(before);
  });

  it('adds an extra visit, which becomes the next one due', async () => {
    const added = await worker.post(`/api/cases/${caseId}/follow-ups`, { dueOn: '2026-12-01' });
    expect(added.statusCode).toBe(201);
    expect((await worker.get(`/api/cases/${caseId}`)).json().nextFollowUpDue).toBe('2026-12-01');
    expect((await visitsOf(worker)).map((visit) => visit.dueOn)).toEqual(['2026-12-01', '2026-12-21', '2027-02-21', '2027-05-21', '2027-11-21']);
  });

  it('lists overdue visits of the cases each caller may see, oldest first', async () => {
    const closed = (await fixtures.openCase(ngo)).caseId;
    await worker.post(`/api/cases/${closed}/stage`, { to: 'follow_up', reason: 'Reintegrated' });
    await worker.post(`/api/cases/${closed}/stage`, { to: 'closed', reason: 'Lost contact', closureReason: 'lost_contact' });
    const elsewhere = (await fixtures.openCase(await context.createOrganisation())).caseId;
    await context.services.db.insertInto('follow_ups').values({ id: `overdue-elsewhere-${dialect}`, case_id: elsewhere, due_on: '2026-12-05', completed_on: null, method: null, outcome: null, notes: null, completed_by: null, created_at: '2026-11-21T00:00:00.000Z' }).execute();

    expect((await worker.get('/api/follow-ups/overdue')).json().items).toEqual([]);
    context.clock.set(new Date('2027-03-01T02:00:00.000Z'));
    // Months later every session has expired: everyone signs in again.
    await signInEveryone();
    const overdue = (await worker.get('/api/follow-ups/overdue')).json().items as Array<{ caseId: string; caseNumber: string; dueOn: string; daysOverdue: number; stage: string }>;
    expect(overdue.map((item) => [item.caseNumber, item.dueOn, item.daysOverdue])).toEqual([
      [caseNumber, '2026-12-01', 90],
      [caseNumber, '2027-02-21', 8],
    ]);
    expect((await visitsOf(worker)).filter((visit) => visit.overdue).map((visit) => visit.dueOn)).toEqual(['2026-12-01', '2027-02-21']);
    expect((await worker.get('/api/follow-ups/overdue?assignedToMe=true')).json().items).toEqual([]);
    expect((await clinician.get('/api/follow-ups/overdue')).json().items).toEqual([]);
    expect((await outsider.get('/api/follow-ups/overdue')).json().items).toEqual([]);
    expect((await context.agent().get('/api/follow-ups/overdue')).statusCode).toBe(401);

    expect((await colleague.get('/api/follow-ups/overdue')).json().items).toHaveLength(2);
    expect((await worker.put(`/api/cases/${caseId}/restriction`, { restricted: true, userIds: [] })).statusCode).toBe(200);
    expect((await colleague.get('/api/follow-ups/overdue')).json().items).toEqual([]);
    expect((await worker.get('/api/follow-ups/overdue')).json().items).toHaveLength(2);
  });
});
