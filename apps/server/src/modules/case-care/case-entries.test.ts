import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFixtures } from '../../testing/case-fixtures';
import type { HttpAgent } from '../../testing/http-agent';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { dialectsUnderTest } from '../../testing/test-database';

const repatriation = (overrides: Record<string, unknown> = {}) => ({
  kind: 'repatriation',
  occurredOn: '2026-11-10',
  data: { fromCountry: 'TH', toCountry: 'KH', channel: 'government_to_government', agreementId: 'kh-th-mou-trafficking-2003', departedOn: '2026-11-09', arrivedOn: '2026-11-10', receivedBy: 'Poipet transit centre', note: 'Crossed at Poipet', ...overrides },
});

describe.each(dialectsUnderTest())('case entries on %s', (dialect) => {
  let context: TestContext;
  let fixtures: CaseFixtures;
  let ngo: string;
  let clinic: string;
  let worker: HttpAgent;
  let clinician: HttpAgent;
  let outsider: HttpAgent;
  let analyst: HttpAgent;
  let caseId: string;

  /** Every row a refused request could have touched, to prove it touched none. */
  async function snapshot(): Promise<string> {
    const tables = ['case_entries', 'cases', 'case_stage_history'] as const;
    const rows = await Promise.all(tables.map((table) => context.services.db.selectFrom(table).selectAll().orderBy('id').execute()));
    const audits = await context.services.db.selectFrom('audit_events').select('seq').where('action', 'like', 'case.%').execute();
    return JSON.stringify({ rows, audits: audits.length });
  }

  beforeAll(async () => {
    context = await createTestContext(dialect);
    fixtures = new CaseFixtures(context);
    ngo = await context.createOrganisation({ nameEn: 'Care NGO' });
    clinic = await context.createOrganisation({ nameEn: 'Clinic' });
    const elsewhere = await context.createOrganisation({ nameEn: 'Elsewhere' });
    worker = await context.signIn((await context.createUser(ngo, ['case_worker'])).email);
    analyst = await context.signIn((await context.createUser(ngo, ['analyst'])).email);
    clinician = await context.signIn((await context.createUser(clinic, ['case_worker'])).email);
    outsider = await context.signIn((await context.createUser(elsewhere, ['case_worker'])).email);
    caseId = (await fixtures.openCase(ngo)).caseId;
  });
  afterAll(async () => context?.close());

  it('refuses without a session (401), to another organisation (404) and to a role that does not work on cases (404)', async () => {
    expect((await context.agent().get(`/api/cases/${caseId}/entries`)).statusCode).toBe(401);
    expect((await context.agent().post(`/api/cases/${caseId}/entries`, repatriation())).statusCode).toBe(401);
    expect((await outsider.get(`/api/cases/${caseId}/entries`)).statusCode).toBe(404);
    expect((await outsider.post(`/api/cases/${caseId}/entries`, repatriation())).statusCode).toBe(404);
    expect((await analyst.post(`/api/cases/${caseId}/entries`, repatriation())).statusCode).toBe(404);
    expect((await worker.get('/api/cases/no-such-case/entries')).statusCode).toBe(404);
  });

  it('records an entry of each kind, encrypted at rest, and lists them newest first', async () => {
    const entries = [
      { kind: 'assessment', occurredOn: '2026-10-05', data: { type: 'risk', safety: 'high', family: 'medium', summary: 'Broker still calls her family' } },
      { kind: 'service_plan', occurredOn: '2026-10-06', data: { service: 'medical', providerOrganisationId: clinic, targetDate: '2026-12-15', goal: 'Full check-up' } },
      { kind: 'service_delivered', occurredOn: '2026-10-07', data: { service: 'psychosocial', endedOn: '2026-10-20' } },
      { kind: 'family_tracing', occurredOn: '2026-10-08', data: { step: 'family_found', outcome: 'safe_to_return' } },
      { kind: 'reintegration_plan', occurredOn: '2026-10-09', data: { setting: 'family', goals: 'Return to school', plannedOn: '2026-10-09' } },
    ];
    for (const entry of entries) {
      const response = await worker.post(`/api/cases/${caseId}/entries`, entry);
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toMatchObject({ kind: entry.kind, occurredOn: entry.occurredOn, data: entry.data, caseId });
    }
    const listed = (await worker.get(`/api/cases/${caseId}/entries`)).json().items as Array<{ kind: string; section: string }>;
    expect(listed.map((item) => item.kind)).toEqual(['reintegration_plan', 'family_tracing', 'service_delivered', 'service_plan', 'assessment']);
    expect(listed.map((item) => item.section)).toEqual(['reintegration', 'family_tracing', 'services', 'services', 'assessments']);
    expect((await worker.get(`/api/cases/${caseId}/entries?kind=assessment`)).json().items).toHaveLength(1);
    const stored = await context.services.db.selectFrom('case_entries').select('data').where('case_id', '=', caseId).execute();
    for (const row of stored) {
      expect(row.data).toMatch(/^ctip1:/);
      expect(row.data).not.toContain('Broker');
    }
    const reads = await context.services.db.selectFrom('audit_events').select('details').where('action', '=', 'record.read').where('resource_id', '=', caseId).execute();
    expect(reads.length).toBeGreaterThanOrEqual(1);
  });

  it('refuses bad entries with every field named, and writes nothing', async () => {
    const before = await snapshot();
    const cases: Array<{ body: unknown; paths: string[] }> = [
      { body: { kind: 'shelter', occurredOn: '2026-11-01', data: {} }, paths: ['kind'] },
      { body: repatriation({ fromCountry: 'th' }), paths: ['data.fromCountry'] },
      { body: { ...repatriation(), occurredOn: '2026-02-30' }, paths: ['occurredOn'] },
      { body: { ...repatriation({ departedOn: '2026-11-12', arrivedOn: '2026-11-11' }), occurredOn: '2027-01-01' }, paths: ['data.arrivedOn', 'occurredOn'] },
      { body: repatriation({ departedOn: '2026-12-01', arrivedOn: '2026-12-02' }), paths: ['data.arrivedOn', 'data.departedOn'] },
      { body: repatriation({ fromCountry: 'ZZ', agreementId: 'no-such-agreement' }), paths: ['data.agreementId', 'data.fromCountry'] },
      { body: repatriation({ fromCountry: 'KH' }), paths: ['data.toCountry'] },
      { body: repatriation({ departedOn: '2026-04-31' }), paths: ['data.departedOn'] },
      { body: { kind: 'service_delivered', occurredOn: '2026-10-07', data: { service: 'medical', providerOrganisationId: 'no-such-organisation', endedOn: '2026-10-01' } }, paths: ['data.endedOn', 'data.providerOrganisationId'] },
      { body: { kind: 'service_plan', occurredOn: '2026-10-07', data: { service: 'medical', targetDate: '2026-10-01' } }, paths: ['data.targetDate'] },
    ];
    for (const { body, paths } of cases) {
      const response = await worker.post(`/api/cases/${caseId}/entries`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      const problem = response.json() as { code: string; errors: Array<{ path: string; message: string }> };
      expect(problem.code).toBe('validation_failed');
      expect(problem.errors.map((error) => error.path).sort(), JSON.stringify(body)).toEqual(paths);
      for (const error of problem.errors) expect(error.message.length).toBeGreaterThan(5);
    }
    expect(await snapshot()).toBe(before);
  });

  it('updates an entry in place; its kind cannot change', async () => {
    const created = (await worker.post(`/api/cases/${caseId}/entries`, { kind: 'assessment', occurredOn: '2026-11-01', data: { type: 'needs', health: 'low' } })).json();
    const updated = await worker.put(`/api/cases/${caseId}/entries/${created.id}`, { kind: 'assessment', occurredOn: '2026-11-02', data: { type: 'needs', health: 'high', summary: 'Needs a dentist' } });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ id: created.id, occurredOn: '2026-11-02', data: { health: 'high', summary: 'Needs a dentist' } });
    const before = await snapshot();
    const changedKind = await worker.put(`/api/cases/${caseId}/entries/${created.id}`, { kind: 'family_tracing', occurredOn: '2026-11-02', data: { step: 'tracing_started' } });
    expect(changedKind.statusCode).toBe(400);
    expect(changedKind.json().errors[0]).toMatchObject({ path: 'kind', code: 'kind_changed' });
    expect((await worker.put(`/api/cases/${caseId}/entries/${created.id}`, { kind: 'assessment', occurredOn: '2030-01-01', data: { type: 'needs' } })).statusCode).toBe(400);
    expect((await worker.put(`/api/cases/${caseId}/entries/no-such-entry`, { kind: 'assessment', occurredOn: '2026-11-02', data: { type: 'needs' } })).statusCode).toBe(404);
    expect((await outsider.put(`/api/cases/${caseId}/entries/${created.id}`, { kind: 'assessment', occurredOn: '2026-11-02', data: { type: 'needs' } })).statusCode).toBe(404);
    expect(await snapshot()).toBe(before);
  });

  it('lets an organisation with a medical referral see and record assessments and services only', async () => {
    const own = (await worker.post(`/api/cases/${caseId}/entries`, repatriation())).json();
    await fixtures.refer(caseId, clinic, { service: 'medical' });
    const seen = (await clinician.get(`/api/cases/${caseId}/entries`)).json().items as Array<{ section: string; createdBy: { id: string } }>;
    expect(new Set(seen.map((item) => item.section))).toEqual(new Set(['assessments', 'services']));
    const assessment = await clinician.post(`/api/cases/${caseId}/entries`, { kind: 'assessment', occurredOn: '2026-11-15', data: { type: 'needs', health: 'medium' } });
    expect(assessment.statusCode).toBe(201);
    const delivered = await clinician.post(`/api/cases/${caseId}/entries`, { kind: 'service_delivered', occurredOn: '2026-11-15', data: { service: 'medical', providerOrganisationId: clinic } });
    expect(delivered.statusCode).toBe(201);
    const ownersAssessment = seen.find((item) => item.section === 'assessments')!;
    expect((await clinician.put(`/api/cases/${caseId}/entries/${(ownersAssessment as unknown as { id: string }).id}`, { kind: 'assessment', occurredOn: '2026-10-05', data: { type: 'risk', safety: 'medium' } })).statusCode).toBe(200);
    const before = await snapshot();
    expect((await clinician.post(`/api/cases/${caseId}/entries`, repatriation())).statusCode).toBe(403);
    expect((await clinician.post(`/api/cases/${caseId}/entries`, { kind: 'family_tracing', occurredOn: '2026-11-15', data: { step: 'tracing_started' } })).statusCode).toBe(403);
    // An entry of a section it does not see is not there for it.
    expect((await clinician.put(`/api/cases/${caseId}/entries/${own.id}`, repatriation())).statusCode).toBe(404);
    expect(await snapshot()).toBe(before);
  });
});

describe.each(dialectsUnderTest())('repatriation stage rules read the entries on %s', (dialect) => {
  let context: TestContext;
  let fixtures: CaseFixtures;
  let ngo: string;
  let worker: HttpAgent;

  beforeAll(async () => {
    context = await createTestContext(dialect);
    fixtures = new CaseFixtures(context);
    ngo = await context.createOrganisation({ nameEn: 'Return NGO' });
    worker = await context.signIn((await context.createUser(ngo, ['case_worker'])).email);
  });
  afterAll(async () => context?.close());

  const moveToRepatriation = (caseId: string) => worker.post(`/api/cases/${caseId}/stage`, { to: 'repatriation', reason: 'Return to Cambodia agreed' });
  const codesOf = (response: { json(): { errors?: Array<{ code: string }> } }) => (response.json().errors ?? []).map((error) => error.code).sort();

  it('moves an adult’s case once the repatriation entry and the consent to share with the receiving country exist', async () => {
    const { caseId } = await fixtures.openCase(ngo);
    expect(codesOf(await moveToRepatriation(caseId))).toEqual(['repatriation_consent_required', 'repatriation_countries_required']);
    expect((await worker.post(`/api/cases/${caseId}/entries`, repatriation())).statusCode).toBe(201);
    expect(codesOf(await moveToRepatriation(caseId))).toEqual(['repatriation_consent_required']);
    // Consent to share with another country than the receiving one does not count.
    expect((await worker.post(`/api/cases/${caseId}/consents`, { kind: 'share_for_repatriation', recipientCountry: 'VN', method: 'written', givenOn: '2026-11-01' })).statusCode).toBe(201);
    expect(codesOf(await moveToRepatriation(caseId))).toEqual(['repatriation_consent_required']);
    expect((await worker.post(`/api/cases/${caseId}/consents`, { kind: 'share_for_repatriation', recipientCountry: 'KH', method: 'written', givenOn: '2026-11-01' })).statusCode).toBe(201);
    const moved = await moveToRepatriation(caseId);
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().stage).toBe('repatriation');
  });

  it('needs a guardian and a best-interest determination as well for a child', async () => {
    const { caseId } = await fixtures.openCase(ngo, { birth: { precision: 'year', date: '2012' } });
    expect((await worker.get(`/api/cases/${caseId}`)).json().isChild).toBe(true);
    await worker.post(`/api/cases/${caseId}/entries`, repatriation());
    await worker.post(`/api/cases/${caseId}/consents`, { kind: 'share_for_repatriation', recipientCountry: 'KH', method: 'guardian', givenOn: '2026-11-01' });
    expect(codesOf(await moveToRepatriation(caseId))).toEqual(['best_interest_required', 'guardian_required']);
    expect((await worker.patch(`/api/cases/${caseId}`, { guardian: { name: 'Sok Chanthy', relationship: 'aunt' } })).statusCode).toBe(200);
    expect(codesOf(await moveToRepatriation(caseId))).toEqual(['best_interest_required']);
    expect((await worker.patch(`/api/cases/${caseId}`, { bestInterest: { decidedOn: '2026-11-12', decidedBy: 'Provincial DoSVY panel' } })).statusCode).toBe(200);
    const moved = await moveToRepatriation(caseId);
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().stage).toBe('repatriation');
  });

  it('reads the latest repatriation entry: a corrected receiving country needs its own consent', async () => {
    const { caseId } = await fixtures.openCase(ngo);
    const entry = (await worker.post(`/api/cases/${caseId}/entries`, repatriation())).json();
    await worker.post(`/api/cases/${caseId}/consents`, { kind: 'share_for_repatriation', recipientCountry: 'KH', method: 'written', givenOn: '2026-11-01' });
    expect((await worker.put(`/api/cases/${caseId}/entries/${entry.id}`, repatriation({ fromCountry: 'KH', toCountry: 'VN' }))).statusCode).toBe(200);
    expect(codesOf(await moveToRepatriation(caseId))).toEqual(['repatriation_consent_required']);
  });
});
