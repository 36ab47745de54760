import { CASE_SECTIONS } from '@ctip/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFixtures } from '../../testing/case-fixtures';
import type { HttpAgent } from '../../testing/http-agent';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { dialectsUnderTest } from '../../testing/test-database';
import { SAMPLE_FILES } from '../case-files/sample-files';
import { assembleTimeline } from './case-timeline';
import type { TimelineSources } from './timeline.repository';

const empty: TimelineSources = {
  opened: { id: 'c1', opened_on: '2026-10-02', created_at: '2026-10-02T03:00:00.000Z', created_by: 'u1' },
  moves: [{ id: 'm0', sequence: 1, from_stage: null, to_stage: 'identified', closure_reason: null, moved_by: 'u1', moved_at: '2026-10-02T03:00:00.000Z' }],
  consents: [],
  referrals: [],
  entries: [],
  stays: [],
  visits: [],
  notes: [],
  attachments: [],
};

describe('assembling a timeline', () => {
  const names = new Map([['u1', 'Dara'], ['u2', 'Sokha']]);

  it('orders people’s dates and the system’s instants by day, then by when they were recorded', () => {
    const sources: TimelineSources = {
      ...empty,
      moves: [...empty.moves, { id: 'm1', sequence: 2, from_stage: 'identified', to_stage: 'closed', closure_reason: 'reintegrated', moved_by: 'u2', moved_at: '2026-10-05T09:00:00.000Z' }],
      consents: [{ id: 'k1', kind: 'photos', given_on: '2026-10-03', withdrawn_on: '2026-10-04', recorded_by: 'u1', withdrawn_by: 'u2', created_at: '2026-10-05T01:00:00.000Z' }],
      notes: [{ id: 'n1', author_id: 'u2', created_at: '2026-10-03T08:00:00.000Z' }],
    };
    const items = assembleTimeline(sources, CASE_SECTIONS, names);
    expect(items.map((item) => [item.kind, item.when.slice(0, 10), item.label])).toEqual([
      ['case_opened', '2026-10-02', 'case.opened'],
      // Both on the 3rd: the note was recorded that day, the consent (given that day) only on the 5th.
      ['note_added', '2026-10-03', 'note'],
      ['consent_given', '2026-10-03', 'consent.photos'],
      ['consent_withdrawn', '2026-10-04', 'consent.photos'],
      ['stage_moved', '2026-10-05', 'stage.closed.reintegrated'],
    ]);
    expect(items[0]!.by).toEqual({ id: 'u1', displayName: 'Dara' });
  });

  it('leaves out what the caller’s sections do not show, and the opening’s own history line', () => {
    const sources: TimelineSources = {
      ...empty,
      entries: [
        { id: 'e1', kind: 'assessment', section: 'assessments', occurred_on: '2026-10-03', created_by: 'u1', created_at: '2026-10-03T01:00:00.000Z' },
        { id: 'e2', kind: 'repatriation', section: 'repatriation', occurred_on: '2026-10-04', created_by: 'u1', created_at: '2026-10-04T01:00:00.000Z' },
      ],
      notes: [{ id: 'n1', author_id: 'u2', created_at: '2026-10-03T08:00:00.000Z' }],
      referrals: [{ id: 'r1', kind: 'referral', service: 'medical', status: 'completed', created_by: 'u1', created_at: '2026-10-03T02:00:00.000Z', responded_by: 'u2', responded_at: '2026-10-03T04:00:00.000Z', ended_at: '2026-10-06T00:00:00.000Z' }],
    };
    const items = assembleTimeline(sources, ['identity', 'assessments', 'services'], names);
    expect(items.map((item) => item.label)).toEqual(['case.opened', 'entry.assessment', 'referral.medical', 'referral.medical.accepted', 'referral.medical.completed']);
  });
});

describe.each(dialectsUnderTest())('a case’s timeline on %s', (dialect) => {
  let context: TestContext;
  let worker: HttpAgent;
  let clinician: HttpAgent;
  let outsider: HttpAgent;
  let caseId: string;

  beforeAll(async () => {
    context = await createTestContext(dialect);
    const fixtures = new CaseFixtures(context);
    const ngo = await context.createOrganisation({ nameEn: 'Timeline NGO' });
    const clinic = await context.createOrganisation({ nameEn: 'Clinic' });
    worker = await context.signIn((await context.createUser(ngo, ['case_worker'])).email);
    clinician = await context.signIn((await context.createUser(clinic, ['case_worker'])).email);
    outsider = await context.signIn((await context.createUser(await context.createOrganisation(), ['case_worker'])).email);
    caseId = (await fixtures.openCase(ngo)).caseId;
    await fixtures.refer(caseId, clinic, { service: 'medical' });
    const step = () => context.clock.advance(60_000);
    step();
    await worker.post(`/api/cases/${caseId}/entries`, { kind: 'assessment', occurredOn: '2026-11-05', data: { type: 'needs', health: 'high' } });
    step();
    await worker.post(`/api/cases/${caseId}/entries`, { kind: 'family_tracing', occurredOn: '2026-11-06', data: { step: 'family_found' } });
    const shelter = (await worker.post('/api/shelters', { name: 'Transit house', provinceCode: 'KH-12', capacity: 4, acceptsSex: 'any', acceptsChildren: true })).json().id;
    const stay = (await worker.post(`/api/cases/${caseId}/shelter-stays`, { shelterId: shelter, admittedOn: '2026-11-07' })).json().id;
    await worker.post(`/api/cases/${caseId}/shelter-stays/${stay}/leave`, { leftOn: '2026-11-15', reason: 'reintegrated' });
    step();
    await worker.post(`/api/cases/${caseId}/stage`, { to: 'follow_up', reason: 'Home with her family' });
    const visit = (await worker.get(`/api/cases/${caseId}/follow-ups`)).json().items[0].id;
    await worker.post(`/api/cases/${caseId}/follow-ups/${visit}/complete`, { completedOn: '2026-11-21', method: 'phone_call', outcome: 'doing_well', notes: 'Secret visit notes' });
    step();
    await worker.post(`/api/cases/${caseId}/notes`, { body: 'A secret note' });
    step();
    const form = new FormData();
    form.append('file', new Blob([SAMPLE_FILES.png]), 'photo.png');
    expect((await worker.post(`/api/cases/${caseId}/attachments`, form)).statusCode).toBe(201);
  });
  afterAll(async () => context?.close());

  it('shows the owner everything in time order, with who and a label, and no content', async () => {
    const response = await worker.get(`/api/cases/${caseId}/timeline`);
    expect(response.statusCode).toBe(200);
    const items = response.json().items as Array<{ kind: string; when: string; label: string; by: { displayName: string } | null }>;
    expect(items.map((item) => item.label)).toEqual([
      'case.opened',
      'consent.share_with_organisation',
      'entry.assessment',
      'entry.family_tracing',
      'shelter.admitted',
      'shelter.left.reintegrated',
      'referral.medical',
      'referral.medical.accepted',
      'stage.follow_up',
      'note',
      'attachment.png',
      // Made today; only its date is known, so it closes the day.
      'follow_up.doing_well',
    ]);
    const days = items.map((item) => item.when.slice(0, 10));
    expect([...days].sort()).toEqual(days);
    expect(items[0]!.by?.displayName).toBeTruthy();
    expect(response.body).not.toContain('secret');
    expect(response.body).not.toContain('Secret');
  });

  it('shows an organisation with a medical referral only what its sections hold, and nobody else anything', async () => {
    const items = (await clinician.get(`/api/cases/${caseId}/timeline`)).json().items as Array<{ label: string }>;
    expect(items.map((item) => item.label)).toEqual(['case.opened', 'entry.assessment', 'referral.medical', 'referral.medical.accepted', 'stage.follow_up']);
    expect((await outsider.get(`/api/cases/${caseId}/timeline`)).statusCode).toBe(404);
    expect((await context.agent().get(`/api/cases/${caseId}/timeline`)).statusCode).toBe(401);
  });
});
