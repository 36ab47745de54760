import { InsertQueryNode, TableNode, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemAuditContext } from '../../audit/audit-events';
import type { HttpAgent } from '../../testing/http-agent';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { dialectsUnderTest } from '../../testing/test-database';
import { buildOperationInput, IntakeFixtures } from '../intake/intake-fixtures';
import { recordOperation } from './use-cases/record-operation';

const person = (full: string, nationality: string, sex: 'female' | 'male', age: number) => ({ names: [{ script: 'latin', kind: 'legal', full }], sex, birth: { precision: 'age', age, ageAt: '2026-11-01' }, nationalities: [nationality] });

/** Three people rescued by name, within counts of five. */
const rescue = {
  total: 5,
  breakdown: [
    { nationality: 'VN', sex: 'female', ageGroup: '18-24', count: 2 },
    { nationality: 'KH', sex: 'male', ageGroup: '25-34', count: 2 },
    { nationality: 'CN', sex: 'male', ageGroup: '35-49', count: 1 },
  ],
};
const individuals = [person('Nguyen Thi Lan', 'VN', 'female', 21), person('Tran Thi Mai', 'VN', 'female', 19), person('Sok Pisey', 'KH', 'male', 30)];

/** What an operation may write; re-read to prove that a refused one wrote nothing. */
async function footprint(context: TestContext, siteId: string) {
  const db = context.services.db;
  const count = async (table: 'operations' | 'persons' | 'cases' | 'operation_parties' | 'operation_rescued_counts') => Number((await db.selectFrom(table).select((select) => select.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return {
    operations: await count('operations'),
    persons: await count('persons'),
    cases: await count('cases'),
    parties: await count('operation_parties'),
    counts: await count('operation_rescued_counts'),
    siteHistory: (await db.selectFrom('site_status_history').select('id').where('site_id', '=', siteId).execute()).length,
    reportStatuses: (await db.selectFrom('reports').select(['id', 'status']).orderBy('id').execute()).map((row) => `${row.id}:${row.status}`),
  };
}

describe.each(dialectsUnderTest())('operations on %s', (dialect) => {
  let context: TestContext;
  let fixtures: IntakeFixtures;
  let police: string;
  let shelter: string;
  let hotline: string;
  let investigator: HttpAgent;
  let shelterWorker: HttpAgent;
  let operator: HttpAgent;
  let outsider: HttpAgent;
  let siteId: string;
  let reportIds: string[];

  beforeAll(async () => {
    context = await createTestContext(dialect);
    fixtures = new IntakeFixtures(context);
    police = await context.createOrganisation({ nameEn: 'Anti-trafficking police', kind: 'police_unit' });
    shelter = await context.createOrganisation({ nameEn: 'Shelter NGO', kind: 'shelter' });
    hotline = await context.createOrganisation({ nameEn: 'Hotline', kind: 'ngo' });
    const elsewhere = await context.createOrganisation({ nameEn: 'Elsewhere', kind: 'ngo' });
    investigator = await context.signIn((await context.createUser(police, ['investigator'])).email);
    shelterWorker = await context.signIn((await context.createUser(shelter, ['case_worker'])).email);
    operator = await context.signIn((await context.createUser(hotline, ['hotline_operator'])).email);
    outsider = await context.signIn((await context.createUser(elsewhere, ['investigator'])).email);
    siteId = await fixtures.site(police, { status: { status: 'reported', occurredOn: '2026-10-01', source: { kind: 'document', title: 'Hotline log' } } });
    reportIds = [await fixtures.report(hotline, { siteId, provinceCode: null }), await fixtures.report(hotline, { provinceCode: 'KH-18' })];
    for (const id of reportIds) await fixtures.refer(id, police);
  });
  afterAll(async () => context?.close());

  it('refuses a rescue count that disagrees with the individuals listed, naming the group, and writes nothing', async () => {
    const before = await footprint(context, siteId);
    const disagree = await investigator.post('/api/operations', {
      ...buildOperationInput(siteId, police),
      receivingOrganisationId: shelter,
      rescued: { ...rescue, breakdown: rescue.breakdown.map((cell) => (cell.nationality === 'VN' ? { ...cell, count: 1 } : cell)), total: 4 },
      individuals,
      reportIds,
    });
    expect(disagree.statusCode).toBe(400);
    expect(disagree.json().errors).toEqual([{ path: 'individuals', code: 'counts_disagree', message: '2 people listed individually are VN, female, aged 18-24, but the counts record 1.' }]);
    const total = await investigator.post('/api/operations', { ...buildOperationInput(siteId, police), receivingOrganisationId: shelter, rescued: { ...rescue, total: 7 }, individuals });
    expect(total.json().errors[0].message).toBe('The counts by nationality, sex and age group add up to 5, but the total rescued is 7.');
    const tooMany = await investigator.post('/api/operations', { ...buildOperationInput(siteId, police), receivingOrganisationId: shelter, rescued: { total: 2, breakdown: [] }, individuals });
    expect(tooMany.json().errors[0].message).toBe('3 people are listed individually, but the rescue count is 2.');
    expect(await footprint(context, siteId)).toEqual(before);
  });

  it('refuses an unknown site, an operation before the site existed, a future date, unknown agencies, an organisation without case workers, a report about another site', async () => {
    const before = await footprint(context, siteId);
    expect((await investigator.post('/api/operations', buildOperationInput('no-such-site', police))).json().errors[0]).toMatchObject({ path: 'siteId', code: 'unknown_site' });
    const early = await investigator.post('/api/operations', buildOperationInput(siteId, police, { occurredOn: '2026-09-30' }));
    expect(early.json().errors[0]).toMatchObject({ path: 'occurredOn', code: 'before_site_existed', message: "The site's first record is dated 2026-10-01; an operation cannot take place there before it existed in the registry." });
    expect((await investigator.post('/api/operations', buildOperationInput(siteId, police, { occurredOn: '2026-12-01' }))).json().errors[0]).toMatchObject({ path: 'occurredOn', code: 'future_date' });
    const otherSite = await fixtures.site(police, { name: 'Another compound' });
    const wrongReport = await investigator.post('/api/operations', { ...buildOperationInput(otherSite, police), agencyOrganisationIds: ['nobody'], rescued: { total: 1, breakdown: [] }, individuals: [individuals[0]], reportIds: [reportIds[0], 'ghost'] });
    expect(wrongReport.json().errors.map((error: { path: string; code: string }) => `${error.path}:${error.code}`).sort()).toEqual([
      'agencyOrganisationIds.0:unknown_organisation',
      'receivingOrganisationId:not_case_working',
      'reportIds.0:report_about_other_site',
      'reportIds.1:unknown_report',
    ]);
    expect((await outsider.post('/api/operations', { ...buildOperationInput(siteId, police), reportIds: [reportIds[0]] })).json().errors[0]).toMatchObject({ path: 'reportIds.0', code: 'unknown_report' });
    expect(await footprint(context, siteId)).toEqual(before);
  });

  it('writes nothing when any part of the one transaction fails', async () => {
    const before = await footprint(context, siteId);
    // A database that fails as the site's history is written: after the operation, the persons and their cases.
    const failing: KyselyPlugin = {
      transformQuery(args) {
        if (InsertQueryNode.is(args.node) && TableNode.is(args.node.into!) && args.node.into.table.identifier.name === 'site_status_history') throw new Error('disk full');
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const services = { ...context.services, db: context.services.db.withPlugin(failing) };
    const actor = await fixtures.actorOf(police, 'investigator');
    await expect(recordOperation(services, actor, buildOperationInput(siteId, police, { receivingOrganisationId: shelter, rescued: rescue, individuals, reportIds }), systemAuditContext('test'))).rejects.toThrow('disk full');
    expect(await footprint(context, siteId)).toEqual(before);
  });

  it('in one step records a raid: persons and survivor cases (screening pending) for the shelter, the site raided, the reports actioned', async () => {
    const response = await investigator.post('/api/operations', {
      ...buildOperationInput(siteId, police),
      agencyOrganisationIds: [hotline],
      receivingOrganisationId: shelter,
      rescued: rescue,
      individuals,
      arrests: { total: 27, byNationality: [{ nationality: 'CN', count: 20 }] },
      evidenceNotes: 'Seized 300 phones and scripts for romance scams.',
      reportIds,
      exploitationTypes: ['forced_criminality'],
    });
    expect(response.statusCode).toBe(201);
    const operation = response.json();
    expect(operation).toMatchObject({ kind: 'raid', occurredOn: '2026-11-01', rescuedTotal: 5, arrestsTotal: 27, individualsRecorded: 3, survivorCases: null, receivingOrganisation: { id: shelter }, evidenceNotes: 'Seized 300 phones and scripts for romance scams.' });
    expect(operation.reports.map((report: { id: string }) => report.id).sort()).toEqual([...reportIds].sort());

    const cases = (await shelterWorker.get('/api/cases?sort=case_number')).json();
    expect(cases.total).toBe(3);
    expect(cases.items.map((item: { displayName: string }) => item.displayName).sort()).toEqual(['Nguyen Thi Lan', 'Sok Pisey', 'Tran Thi Mai']);
    expect(cases.items.every((item: { stage: string; access: string; screeningPending: boolean }) => item.stage === 'identified' && item.access === 'owner' && item.screeningPending)).toBe(true);
    const opened = await context.services.db.selectFrom('cases').select(['screening_id', 'owner_organisation_id', 'opened_on']).execute();
    expect(opened.filter((row) => row.owner_organisation_id === shelter)).toEqual(Array(3).fill({ screening_id: null, owner_organisation_id: shelter, opened_on: '2026-11-01' }));
    const sectors = await context.services.db.selectFrom('case_exploitation').select(['kind', 'code']).where('kind', '=', 'sector').execute();
    expect(new Set(sectors.map((row) => row.code))).toEqual(new Set(['scam_compound']));
    expect((await investigator.get('/api/cases')).json().total).toBe(0);

    const forShelter = (await shelterWorker.get(`/api/operations/${operation.id}`)).json();
    expect(forShelter.survivorCases).toHaveLength(3);
    expect(forShelter.reports).toEqual([]);
    const site = (await investigator.get(`/api/sites/${siteId}`)).json();
    expect(site).toMatchObject({ currentStatus: 'raided', currentStatusOn: '2026-11-01', operationCount: 1 });
    expect(site.statusHistory.at(-1).source).toMatchObject({ kind: 'operation', operation: { id: operation.id, kind: 'raid', occurredOn: '2026-11-01' } });
    for (const reportId of reportIds) {
      const report = (await operator.get(`/api/reports/${reportId}`)).json();
      expect(report).toMatchObject({ status: 'actioned', site: { id: siteId }, operations: [{ id: operation.id, kind: 'raid' }] });
      expect(report.statusHistory.at(-1)).toMatchObject({ from: 'new', to: 'actioned', reason: 'Acted on by the raid of 2026-11-01' });
    }
    const audited = await context.services.db.selectFrom('audit_events').select('action').where('request_id', 'is not', null).execute();
    expect(audited.map((event) => event.action)).toEqual(expect.arrayContaining(['operation.recorded', 'person.created', 'case.opened', 'site.status_recorded', 'report.status_moved']));
    const stored = await context.services.db.selectFrom('operations').select('evidence_notes').where('id', '=', operation.id).executeTakeFirstOrThrow();
    expect(stored.evidence_notes).toMatch(/^ctip1:/);
  });

  it('shows an operation to the organisations that took part (and those whose reports it acted on), audited; to no one else', async () => {
    const { items } = (await investigator.get(`/api/operations?siteId=${siteId}`)).json();
    expect(items).toHaveLength(1);
    const id = items[0].id as string;
    expect(items[0]).toMatchObject({ leadOrganisation: { id: police }, agencies: [{ id: hotline }] });
    expect((await operator.get(`/api/operations/${id}`)).statusCode).toBe(200);
    expect((await outsider.get(`/api/operations/${id}`)).statusCode).toBe(404);
    expect((await outsider.get('/api/operations')).json().total).toBe(0);
    const reads = await context.services.db.selectFrom('audit_events').select('action').where('resource_id', '=', id).where('action', '=', 'record.read').execute();
    expect(reads.length).toBeGreaterThanOrEqual(2);
  });

  it('needs a reason to put a raid before the site’s latest status into its history', async () => {
    const closed = await investigator.post(`/api/sites/${siteId}/statuses`, { status: 'closed', occurredOn: '2026-11-10', source: { kind: 'document', title: 'Closure order' } });
    expect(closed.statusCode).toBe(201);
    const refused = await investigator.post('/api/operations', buildOperationInput(siteId, police, { occurredOn: '2026-11-05' }));
    expect(refused.json().errors[0]).toMatchObject({ path: 'occurredOn', code: 'out_of_order' });
    const accepted = await investigator.post('/api/operations', buildOperationInput(siteId, police, { occurredOn: '2026-11-05', siteStatusCorrectionReason: 'Second raid recorded late' }));
    expect(accepted.statusCode).toBe(201);
    const site = (await investigator.get(`/api/sites/${siteId}`)).json();
    expect(site.currentStatus).toBe('closed');
    expect(site.statusHistory.map((entry: { status: string; occurredOn: string; isCorrection: boolean }) => `${entry.status}@${entry.occurredOn}${entry.isCorrection ? '*' : ''}`)).toEqual(['reported@2026-10-01', 'raided@2026-11-01', 'raided@2026-11-05*', 'closed@2026-11-10']);
  });
});
