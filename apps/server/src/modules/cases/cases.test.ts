import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpAgent } from '../../testing/http-agent';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { dialectsUnderTest } from '../../testing/test-database';

const sokha = {
  names: [
    { script: 'khmer', kind: 'legal', full: 'ជា សុខា', family: 'ជា', given: 'សុខា' },
    { script: 'latin', kind: 'romanised', full: 'Chea Sokha', family: 'Chea', given: 'Sokha' },
  ],
  sex: 'female',
  birth: { precision: 'year', date: '2001' },
  nationalities: ['KH'],
  languages: ['km'],
  home: { provinceCode: 'KH-14', village: 'Prey Kabas' },
  documents: [{ type: 'national_id', number: '010 234 567' }],
  contacts: [{ kind: 'phone', value: '+855 12 345 678' }],
};

const screening = {
  screenedOn: '2026-11-01',
  actDate: '2026-06',
  acts: [{ code: 'recruitment', evidence: 'Job offer on Facebook' }, { code: 'transport', evidence: '' }],
  means: [{ code: 'deception', evidence: 'Promised a factory job' }],
  purposes: [{ code: 'forced_labour_or_services', evidence: 'Forced to run scams' }],
  indicators: [{ code: 'retention_of_identity_documents', evidence: 'Passport taken' }, { code: 'restriction_of_movement', evidence: '' }],
  forcedCriminality: true,
  summary: 'Rescued from a compound in Sihanoukville.',
};

describe.each(dialectsUnderTest())('survivor cases on %s', (dialect) => {
  let context: TestContext;
  let shelter: string;
  let clinic: string;
  let worker: HttpAgent;
  let colleague: HttpAgent;
  let clinician: HttpAgent;
  let caseId: string;
  let caseNumber: string;

  beforeAll(async () => {
    context = await createTestContext(dialect);
    shelter = await context.createOrganisation({ nameEn: 'Shelter', kind: 'shelter' });
    clinic = await context.createOrganisation({ nameEn: 'Clinic', kind: 'ngo' });
    worker = await context.signIn((await context.createUser(shelter, ['case_worker'])).email);
    colleague = await context.signIn((await context.createUser(shelter, ['case_worker'])).email);
    clinician = await context.signIn((await context.createUser(clinic, ['case_worker'])).email);
  });
  afterAll(async () => context?.close());

  it('records a person, screens them (presumed victim, forced criminality) and opens a case', async () => {
    const person = await worker.post('/api/persons', sokha);
    expect(person.statusCode).toBe(201);
    const personId = person.json().id as string;
    expect(person.json()).toMatchObject({ displayName: 'ជា សុខា', home: { provinceCode: 'KH-14', village: 'Prey Kabas' } });
    const screened = await worker.post(`/api/persons/${personId}/screenings`, screening);
    expect(screened.statusCode).toBe(201);
    expect(screened.json()).toMatchObject({ outcome: 'presumed_victim', isChild: false, ageAtAct: 24 });
    const opened = await worker.post('/api/cases', { screeningId: screened.json().id, openedOn: '2026-11-02', exploitationTypes: ['forced_criminality'], sectors: ['scam_compound'] });
    expect(opened.statusCode).toBe(201);
    expect(opened.json()).toMatchObject({ stage: 'identified', mosvyStage: 'pre_integration', nonPunishment: true, ageGroup: '25-34', provinceCode: 'KH-14' });
    caseId = opened.json().id;
    caseNumber = opened.json().caseNumber;
    expect(caseNumber).toMatch(/^CT-2026-\d{6}$/);
    expect((await worker.post('/api/cases', { screeningId: screened.json().id, openedOn: '2026-11-02' })).statusCode).toBe(409);
  });

  it('refuses future dates, unknown places and a case opened before its screening, naming each field', async () => {
    const bad = await worker.post('/api/persons', { ...sokha, birth: { precision: 'day', date: '2030-01-01' }, home: { provinceCode: 'KH-99' }, nationalities: ['ZZ'] });
    expect(bad.statusCode).toBe(400);
    expect((bad.json().errors as Array<{ path: string }>).map((error) => error.path).sort()).toEqual(['birth.date', 'home.provinceCode', 'nationalities.0']);
    const before = await context.services.db.selectFrom('persons').select('id').execute();
    expect(before).toHaveLength(1);
  });

  it('finds the case by name in Khmer, in Latin, by a variant spelling, by phone and by case number', async () => {
    for (const search of ['សុខា', 'sokha chea', 'Sokhar', '012345678', caseNumber, caseNumber.slice(0, 9)]) {
      const found = (await worker.get(`/api/cases?search=${encodeURIComponent(search)}`)).json();
      expect(found.items.map((item: { id: string }) => item.id), search).toContain(caseId);
    }
    // Opened from a screening: nothing is pending.
    const listed = (await worker.get(`/api/cases?search=${encodeURIComponent(caseNumber)}`)).json();
    expect(listed.items.find((item: { id: string }) => item.id === caseId).screeningPending).toBe(false);
    expect((await worker.get(`/api/cases?search=${encodeURIComponent('Dara')}`)).json().total).toBe(0);
    expect((await worker.get('/api/cases?exploitationType=forced_criminality&province=KH-14&ageGroup=25-34')).json().total).toBe(1);
    expect((await worker.get('/api/cases?exploitationType=begging_and_street_selling')).json().total).toBe(0);
  });

  it('hides the case from another organisation until a referral is accepted, then shows only what the service needs', async () => {
    expect((await clinician.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    expect((await clinician.get('/api/cases')).json().total).toBe(0);
    const noConsent = await worker.post(`/api/cases/${caseId}/referrals`, { toOrganisationId: clinic, service: 'medical' });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().errors[0]).toMatchObject({ path: 'consentOverrideReason', code: 'consent_required' });

    const consent = await worker.post(`/api/cases/${caseId}/consents`, { kind: 'share_with_organisation', recipientOrganisationId: clinic, method: 'written', givenOn: '2026-11-03' });
    expect(consent.statusCode).toBe(201);
    const referral = await worker.post(`/api/cases/${caseId}/referrals`, { toOrganisationId: clinic, service: 'medical', note: 'Check-up' });
    expect(referral.statusCode).toBe(201);
    expect((await clinician.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    const inbox = (await clinician.get('/api/referrals?direction=incoming&status=pending')).json();
    expect(inbox.items.map((item: { id: string }) => item.id)).toContain(referral.json().id);
    expect((await clinician.post(`/api/referrals/${referral.json().id}/accept`, { note: 'We will see her Monday' })).statusCode).toBe(200);

    const seen = await clinician.get(`/api/cases/${caseId}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ access: 'granted', displayName: 'ជា សុខា', exploitation: null });
    expect(seen.json().visibleSections).toEqual(['identity', 'assessments', 'services']);
    const person = (await clinician.get(`/api/persons/${seen.json().personId}`)).json();
    expect(person.documents).toBeNull();
    expect(person.contacts).toBeNull();
    expect((await clinician.get(`/api/cases/${caseId}/consents`)).statusCode).toBe(404);
    expect((await clinician.patch(`/api/cases/${caseId}`, { nonPunishment: false })).statusCode).toBe(403);

    const withdrawn = await worker.post(`/api/cases/${caseId}/consents/${consent.json().id}/withdraw`, { withdrawnOn: '2026-11-05', reason: 'She changed her mind' });
    expect(withdrawn.json()).toEqual({ grantsRevoked: 1 });
    expect((await clinician.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    const reads = await context.services.db.selectFrom('audit_events').select(['actor_user_id']).where('action', '=', 'record.read').where('resource_id', '=', caseId).execute();
    expect(reads.length).toBeGreaterThanOrEqual(1);
  });

  it('enforces the stage rules and schedules follow-up visits', async () => {
    const toRepatriation = await worker.post(`/api/cases/${caseId}/stage`, { to: 'repatriation', reason: 'going home' });
    expect(toRepatriation.statusCode).toBe(400);
    expect(toRepatriation.json().errors.map((error: { code: string }) => error.code).sort()).toEqual(['repatriation_consent_required', 'repatriation_countries_required']);
    expect((await worker.post(`/api/cases/${caseId}/stage`, { to: 'closed', reason: 'done' })).json().errors[0].code).toBe('closure_reason_required');
    expect((await worker.post(`/api/cases/${caseId}/stage`, { to: 'in_care', reason: 'admitted to the shelter' })).statusCode).toBe(200);
    expect((await worker.post(`/api/cases/${caseId}/stage`, { to: 'reintegration', reason: 'domestic case' })).statusCode).toBe(200);
    const followUp = await worker.post(`/api/cases/${caseId}/stage`, { to: 'follow_up', reason: 'back with her family' });
    expect(followUp.json().nextFollowUpDue).toBe('2026-12-21');
    const visits = await context.services.db.selectFrom('follow_ups').select('due_on').where('case_id', '=', caseId).orderBy('due_on').execute();
    expect(visits.map((visit) => visit.due_on)).toEqual(['2026-12-21', '2027-02-21', '2027-05-21', '2027-11-21']);
    const back = await worker.post(`/api/cases/${caseId}/stage`, { to: 'in_care', reason: 'needs shelter again' });
    expect(back.json().stageHistory.at(-1)).toMatchObject({ from: 'follow_up', to: 'in_care', backward: true, reason: 'needs shelter again' });
    const closed = await worker.post(`/api/cases/${caseId}/stage`, { to: 'closed', reason: 'reintegrated', closureReason: 'reintegrated' });
    expect(closed.json()).toMatchObject({ stage: 'closed', closureReason: 'reintegrated', mosvyStage: 'closure' });
  });

  it('narrows a restricted case to named users', async () => {
    expect((await colleague.get(`/api/cases/${caseId}`)).statusCode).toBe(200);
    expect((await worker.put(`/api/cases/${caseId}/restriction`, { restricted: true, userIds: [] })).statusCode).toBe(200);
    expect((await colleague.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    expect((await colleague.get('/api/cases')).json().total).toBe(0);
    expect((await worker.get(`/api/cases/${caseId}`)).statusCode).toBe(200);
    expect((await worker.put(`/api/cases/${caseId}/restriction`, { restricted: false })).statusCode).toBe(200);
    expect((await colleague.get(`/api/cases/${caseId}`)).statusCode).toBe(200);
  });

  it('transfers a case under a reasoned override; the old owner loses it', async () => {
    const refused = await worker.post(`/api/cases/${caseId}/transfer`, { toOrganisationId: clinic, reason: 'moving to Phnom Penh' });
    expect(refused.statusCode).toBe(400);
    const transfer = await worker.post(`/api/cases/${caseId}/transfer`, { toOrganisationId: clinic, reason: 'moving to Phnom Penh', consentOverrideReason: 'Urgent medical need; she cannot be reached to consent' });
    expect(transfer.statusCode).toBe(201);
    expect((await clinician.post(`/api/referrals/${transfer.json().id}/accept`, {})).statusCode).toBe(200);
    expect((await clinician.get(`/api/cases/${caseId}`)).json().access).toBe('owner');
    expect((await worker.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    const overrides = await context.services.db.selectFrom('audit_events').select('id').where('action', '=', 'consent.overridden').where('resource_id', '=', caseId).execute();
    expect(overrides).toHaveLength(1);
  });
});
