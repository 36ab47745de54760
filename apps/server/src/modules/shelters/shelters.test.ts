import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFixtures } from '../../testing/case-fixtures';
import type { HttpAgent } from '../../testing/http-agent';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { dialectsUnderTest } from '../../testing/test-database';

const womensShelter = { name: 'Safe Haven Battambang', provinceCode: 'KH-2', capacity: 2, acceptsSex: 'female', acceptsChildren: false };

describe.each(dialectsUnderTest())('shelters and stays on %s', (dialect) => {
  let context: TestContext;
  let fixtures: CaseFixtures;
  let ngo: string;
  let shelterOrganisation: string;
  let clinic: string;
  let worker: HttpAgent;
  let investigator: HttpAgent;
  let analyst: HttpAgent;
  let keeper: HttpAgent;
  let clinician: HttpAgent;
  let shelterId: string;
  let otherShelterId: string;

  async function snapshot(): Promise<string> {
    const rows = await Promise.all((['shelters', 'shelter_stays', 'cases'] as const).map((table) => context.services.db.selectFrom(table).selectAll().orderBy('id').execute()));
    const audits = await context.services.db.selectFrom('audit_events').select('seq').where('action', 'like', 'shelter.%').execute();
    return JSON.stringify({ rows, audits: audits.length });
  }
  const admit = (agent: HttpAgent, caseId: string, body: Record<string, unknown>) => agent.post(`/api/cases/${caseId}/shelter-stays`, body);
  const codesOf = (response: { json(): { errors?: Array<{ code: string }> } }) => (response.json().errors ?? []).map((error) => error.code).sort();
  const shelterOf = async (id: string) => (await worker.get(`/api/shelters/${id}`)).json() as { occupancy: number; available: number; capacity: number; status: string };

  beforeAll(async () => {
    context = await createTestContext(dialect);
    fixtures = new CaseFixtures(context);
    ngo = await context.createOrganisation({ nameEn: 'Outreach NGO' });
    shelterOrganisation = await context.createOrganisation({ nameEn: 'Shelter keeper', kind: 'shelter' });
    clinic = await context.createOrganisation({ nameEn: 'Clinic' });
    worker = await context.signIn((await context.createUser(ngo, ['case_worker'])).email);
    investigator = await context.signIn((await context.createUser(ngo, ['investigator'])).email);
    analyst = await context.signIn((await context.createUser(ngo, ['analyst'])).email);
    keeper = await context.signIn((await context.createUser(shelterOrganisation, ['case_worker'])).email);
    clinician = await context.signIn((await context.createUser(clinic, ['case_worker'])).email);
  });
  afterAll(async () => context?.close());

  it('registers shelters for case workers of the organisation only, refusing bad fields and writing nothing', async () => {
    expect((await context.agent().post('/api/shelters', womensShelter)).statusCode).toBe(401);
    const before = await snapshot();
    expect((await analyst.post('/api/shelters', womensShelter)).statusCode).toBe(403);
    expect((await investigator.post('/api/shelters', womensShelter)).statusCode).toBe(403);
    const bad = await keeper.post('/api/shelters', { name: 'X', provinceCode: 'KH-2', capacity: 0, acceptsSex: 'women', acceptsChildren: 'no' });
    expect(bad.statusCode).toBe(400);
    expect((bad.json().errors as Array<{ path: string }>).map((error) => error.path).sort()).toEqual(['acceptsChildren', 'acceptsSex', 'capacity', 'name']);
    const unknownProvince = await keeper.post('/api/shelters', { ...womensShelter, provinceCode: 'KH-99' });
    expect(unknownProvince.json().errors).toEqual([expect.objectContaining({ path: 'provinceCode', code: 'unknown_province' })]);
    expect(await snapshot()).toBe(before);

    const created = await keeper.post('/api/shelters', womensShelter);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: womensShelter.name, capacity: 2, occupancy: 0, available: 2, acceptsSex: 'female', acceptsChildren: false, status: 'open', organisation: { id: shelterOrganisation } });
    shelterId = created.json().id;
    otherShelterId = (await worker.post('/api/shelters', { name: 'NGO transit house', provinceCode: 'KH-12', capacity: 10, acceptsSex: 'any', acceptsChildren: true })).json().id;
  });

  it('lists shelters with their occupancy to every role that works on cases', async () => {
    for (const agent of [worker, investigator, keeper]) {
      const listed = (await agent.get('/api/shelters')).json();
      expect(listed.total).toBe(2);
    }
    expect((await analyst.get('/api/shelters')).statusCode).toBe(403);
    expect((await context.agent().get('/api/shelters')).statusCode).toBe(401);
    expect((await worker.get('/api/shelters?province=KH-2')).json().items.map((item: { id: string }) => item.id)).toEqual([shelterId]);
    expect((await worker.get(`/api/shelters?organisationId=${ngo}`)).json().items.map((item: { id: string }) => item.id)).toEqual([otherShelterId]);
    expect((await worker.get('/api/shelters/no-such-shelter')).statusCode).toBe(404);
  });

  it('changes a shelter only in its own organisation', async () => {
    expect((await worker.patch(`/api/shelters/${shelterId}`, { capacity: 5 })).statusCode).toBe(404);
    expect((await investigator.patch(`/api/shelters/${shelterId}`, { capacity: 5 })).statusCode).toBe(403);
    expect((await keeper.patch(`/api/shelters/${shelterId}`, {})).statusCode).toBe(400);
    const changed = await keeper.patch(`/api/shelters/${shelterId}`, { name: 'Safe Haven', capacity: 2 });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Safe Haven', capacity: 2 });
  });

  it('admits people while there is room and the shelter takes them in, and refuses otherwise with nothing written', async () => {
    const first = (await fixtures.openCase(ngo)).caseId;
    const second = (await fixtures.openCase(ngo)).caseId;
    const third = (await fixtures.openCase(ngo)).caseId;
    const man = (await fixtures.openCase(ngo, { sex: 'male' })).caseId;
    const girl = (await fixtures.openCase(ngo, { birth: { precision: 'year', date: '2013' } })).caseId;

    let before = await snapshot();
    expect(codesOf(await admit(worker, man, { shelterId, admittedOn: '2026-11-01' }))).toEqual(['sex_not_accepted']);
    expect(codesOf(await admit(worker, girl, { shelterId, admittedOn: '2026-11-01' }))).toEqual(['children_not_accepted']);
    expect(codesOf(await admit(worker, first, { shelterId, admittedOn: '2026-11-22' }))).toEqual(['future_date']);
    expect(codesOf(await admit(worker, first, { shelterId: 'no-such-shelter', admittedOn: '2026-11-01' }))).toEqual(['unknown_shelter']);
    expect((await admit(worker, first, { shelterId, admittedOn: '2026-11-31' })).statusCode).toBe(400);
    expect((await admit(context.agent(), first, { shelterId, admittedOn: '2026-11-01' })).statusCode).toBe(401);
    expect((await admit(analyst, first, { shelterId, admittedOn: '2026-11-01' })).statusCode).toBe(404);
    expect((await admit(keeper, first, { shelterId, admittedOn: '2026-11-01' })).statusCode).toBe(404);
    expect(await snapshot()).toBe(before);

    const admitted = await admit(worker, first, { shelterId, admittedOn: '2026-11-01' });
    expect(admitted.statusCode, admitted.body).toBe(201);
    expect(admitted.json()).toMatchObject({ caseId: first, admittedOn: '2026-11-01', leftOn: null, shelter: { id: shelterId, provinceCode: 'KH-2' } });
    expect(codesOf(await admit(worker, first, { shelterId: otherShelterId, admittedOn: '2026-11-02' }))).toEqual(['already_in_shelter']);
    expect((await admit(worker, second, { shelterId, admittedOn: '2026-11-03' })).statusCode).toBe(201);
    expect(await shelterOf(shelterId)).toMatchObject({ occupancy: 2, available: 0 });
    expect((await worker.get('/api/shelters?hasSpace=true')).json().items.map((item: { id: string }) => item.id)).toEqual([otherShelterId]);

    before = await snapshot();
    const full = await admit(worker, third, { shelterId, admittedOn: '2026-11-04' });
    expect(full.statusCode).toBe(400);
    expect(full.json().errors).toEqual([expect.objectContaining({ path: 'shelterId', code: 'shelter_full', message: 'This shelter is full: 2 of 2 places are taken.' })]);
    const belowOccupancy = await keeper.patch(`/api/shelters/${shelterId}`, { capacity: 1 });
    expect(belowOccupancy.json().errors[0]).toMatchObject({ path: 'capacity', code: 'capacity_below_occupancy' });
    const stayId = admitted.json().id as string;
    const leave = (body: Record<string, unknown>) => worker.post(`/api/cases/${first}/shelter-stays/${stayId}/leave`, body);
    expect(codesOf(await leave({ leftOn: '2026-10-31', reason: 'reintegrated' }))).toEqual(['out_of_order']);
    expect(codesOf(await leave({ leftOn: '2026-11-22', reason: 'reintegrated' }))).toEqual(['future_date']);
    expect((await leave({ leftOn: '2026-11-10', reason: 'ran' })).statusCode).toBe(400);
    expect((await worker.post(`/api/cases/${second}/shelter-stays/${stayId}/leave`, { leftOn: '2026-11-10', reason: 'reintegrated' })).statusCode).toBe(404);
    expect(await snapshot()).toBe(before);

    const left = await leave({ leftOn: '2026-11-10', reason: 'reintegrated' });
    expect(left.statusCode).toBe(200);
    expect(left.json()).toMatchObject({ leftOn: '2026-11-10', leavingReason: 'reintegrated' });
    expect((await leave({ leftOn: '2026-11-11', reason: 'other' })).statusCode).toBe(409);
    expect(await shelterOf(shelterId)).toMatchObject({ occupancy: 1, available: 1 });
    expect((await admit(worker, third, { shelterId, admittedOn: '2026-11-12' })).statusCode).toBe(201);
    // A new stay of the same person cannot start before the last one ended.
    expect(codesOf(await admit(worker, first, { shelterId: otherShelterId, admittedOn: '2026-11-09' }))).toEqual(['overlapping_stay']);
    expect((await admit(worker, first, { shelterId: otherShelterId, admittedOn: '2026-11-10' })).statusCode).toBe(201);
    expect((await worker.get(`/api/cases/${first}/shelter-stays`)).json().items.map((stay: { admittedOn: string }) => stay.admittedOn)).toEqual(['2026-11-10', '2026-11-01']);

    expect((await keeper.patch(`/api/shelters/${otherShelterId}`, { status: 'closed' })).statusCode).toBe(404);
    expect((await worker.patch(`/api/shelters/${otherShelterId}`, { status: 'closed' })).statusCode).toBe(200);
    expect(codesOf(await admit(worker, man, { shelterId: otherShelterId, admittedOn: '2026-11-12' }))).toEqual(['shelter_closed']);
    expect((await worker.get('/api/shelters')).json().total).toBe(1);
    expect((await worker.get('/api/shelters?includeClosed=true')).json().total).toBe(2);
  });

  it('gives the last place to one of two admissions made at the same moment', async () => {
    const single = (await keeper.post('/api/shelters', { ...womensShelter, name: 'One-bed house', capacity: 1 })).json().id as string;
    const first = (await fixtures.openCase(ngo)).caseId;
    const second = (await fixtures.openCase(ngo)).caseId;
    const answers = await Promise.all([admit(worker, first, { shelterId: single, admittedOn: '2026-11-20' }), admit(worker, second, { shelterId: single, admittedOn: '2026-11-20' })]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 400]);
    expect(codesOf(answers.find((answer) => answer.statusCode === 400)!)).toEqual(['shelter_full']);
    expect(await shelterOf(single)).toMatchObject({ occupancy: 1, available: 0 });
  });

  it('lets a shelter organisation with a shelter referral record stays in its own shelters; a medical referral sees none', async () => {
    const referred = (await fixtures.openCase(ngo)).caseId;
    await fixtures.refer(referred, shelterOrganisation, { service: 'shelter' });
    await fixtures.refer(referred, clinic, { service: 'medical' });
    await keeper.patch(`/api/shelters/${shelterId}`, { capacity: 10 });
    const openShelter = (await worker.post('/api/shelters', { name: 'NGO second house', provinceCode: 'KH-12', capacity: 3, acceptsSex: 'any', acceptsChildren: true })).json().id as string;

    const before = await snapshot();
    expect(codesOf(await admit(keeper, referred, { shelterId: openShelter, admittedOn: '2026-11-15' }))).toEqual(['not_own_shelter']);
    expect((await admit(clinician, referred, { shelterId, admittedOn: '2026-11-15' })).statusCode).toBe(403);
    expect((await clinician.get(`/api/cases/${referred}/shelter-stays`)).statusCode).toBe(404);
    expect(await snapshot()).toBe(before);

    const stay = await admit(keeper, referred, { shelterId, admittedOn: '2026-11-15' });
    expect(stay.statusCode, stay.body).toBe(201);
    expect((await keeper.get(`/api/cases/${referred}/shelter-stays`)).json().items).toHaveLength(1);
    expect((await worker.get(`/api/cases/${referred}/shelter-stays`)).json().items).toHaveLength(1);
    expect((await keeper.post(`/api/cases/${referred}/shelter-stays/${stay.json().id}/leave`, { leftOn: '2026-11-20', reason: 'moved_to_other_shelter' })).statusCode).toBe(200);
    expect((await admit(worker, referred, { shelterId: openShelter, admittedOn: '2026-11-20' })).statusCode).toBe(201);
    const reads = await context.services.db.selectFrom('audit_events').select('details').where('action', '=', 'record.read').where('resource_id', '=', referred).execute();
    expect(reads.length).toBeGreaterThanOrEqual(2);
  });
});
