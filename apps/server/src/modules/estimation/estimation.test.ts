import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemAuditContext } from '../../audit/audit-events';
import { CaseFixtures } from '../../testing/case-fixtures';
import type { HttpAgent } from '../../testing/http-agent';
import { createTestContext, type TestContext } from '../../testing/test-context';
import { dialectsUnderTest } from '../../testing/test-database';
import { decideCandidate } from '../linkage/use-cases/review-matches';

describe.each(dialectsUnderTest())('estimating the hidden number in the product on %s', (dialect) => {
  let context: TestContext;
  let analyst: HttpAgent;
  let worker: HttpAgent;
  const organisations: Record<'shelter' | 'police' | 'hotline', string> = { shelter: '', police: '', hotline: '' };

  beforeAll(async () => {
    context = await createTestContext(dialect);
    const fixtures = new CaseFixtures(context);
    for (const key of Object.keys(organisations) as Array<keyof typeof organisations>) organisations[key] = await context.createOrganisation({ nameEn: key });
    const persons: Record<string, string[]> = { shelter: [], police: [], hotline: [] };
    const sizes = { shelter: 40, police: 30, hotline: 20 };
    for (const [key, size] of Object.entries(sizes)) {
      for (let index = 0; index < size; index += 1) persons[key]!.push((await fixtures.openCase(organisations[key as keyof typeof organisations])).personId);
    }
    // The same people on two lists: 12 shelter–police, 8 shelter–hotline, 5 police–hotline.
    const link = async (a: string, b: string) => {
      const candidate = await fixtures.linkageCandidate(organisations.shelter);
      await context.services.db.updateTable('linkage_candidates').set({ person_a: a, person_b: b }).where('id', '=', candidate.candidateId).execute();
      await decideCandidate(context.services, candidate.candidateId, 'confirmed', 'test', systemAuditContext('test'));
    };
    for (let index = 0; index < 12; index += 1) await link(persons.shelter![index]!, persons.police![index]!);
    for (let index = 0; index < 8; index += 1) await link(persons.shelter![12 + index]!, persons.hotline![index]!);
    for (let index = 0; index < 5; index += 1) await link(persons.police![12 + index]!, persons.hotline![8 + index]!);
    analyst = await context.signIn((await context.createUser(context.operatorOrganisationId, ['analyst'])).email);
    worker = await context.signIn((await context.createUser(organisations.shelter, ['case_worker'])).email);
  });
  afterAll(async () => context?.close());

  const lists = () => [
    { label: 'Shelter', organisationIds: [organisations.shelter] },
    { label: 'Police', organisationIds: [organisations.police] },
    { label: 'Hotline', organisationIds: [organisations.hotline] },
  ];

  it('builds the table from linked people, counting each person once, and estimates', async () => {
    const sources = (await analyst.get('/api/estimation/sources?from=2026-01-01&to=2026-12-31')).json();
    expect(sources.items.filter((item: { cases: number }) => item.cases > 0)).toHaveLength(3);
    const response = await analyst.post('/api/estimation/estimates', { from: '2026-01-01', to: '2026-12-31', lists: lists(), method: 'main' });
    expect(response.statusCode).toBe(201);
    const estimate = response.json();
    const cell = (pattern: number[]) => estimate.table.find((row: { pattern: number[] }) => row.pattern.join('') === pattern.join(''))?.count ?? 0;
    expect(cell([1, 1, 0])).toBe(12);
    expect(cell([1, 0, 1])).toBe(8);
    expect(cell([0, 1, 1])).toBe(5);
    expect(cell([1, 1, 1])).toBe(0);
    expect(estimate.estimate).toBeGreaterThan(estimate.observedTotal);
    expect(estimate.published.text).toMatch(/\d+ – \d+/);
    expect(estimate.caveats).toEqual(expect.arrayContaining(['closed_population', 'no_bootstrap']));
    const csv = await analyst.get(`/api/estimation/estimates/${estimate.id}/table.csv`);
    expect(csv.body.split('\n')[0]).toBe('Shelter,Police,Hotline,count');
    expect(csv.body).toContain('1,1,0,12');
  });

  it('shows others only the rounded range, with small cells suppressed', async () => {
    const estimate = (await analyst.get('/api/estimation/estimates')).json().items[0];
    expect((await worker.get(`/api/estimation/estimates/${estimate.id}`)).statusCode).toBe(403);
    const published = (await worker.get(`/api/estimation/estimates/${estimate.id}/published`)).json();
    expect(published.published.text).toBe(estimate.published.text);
    expect(published.overlaps[0][1]).toBe(12);
    expect(published.overlaps[0][2]).toBeNull(); // 8 < 11
    expect(published.overlaps[1][2]).toBeNull(); // 5 < 11
    expect(JSON.stringify(published)).not.toContain('"table"');
  });

  it('refuses with the reason: too few lists, an organisation on two lists, lists with no one in common', async () => {
    expect((await analyst.post('/api/estimation/estimates', { from: '2026-01-01', to: '2026-12-31', lists: lists().slice(0, 1) })).json().errors[0].path).toBe('lists');
    const twice = await analyst.post('/api/estimation/estimates', { from: '2026-01-01', to: '2026-12-31', lists: [...lists(), { label: 'Again', organisationIds: [organisations.shelter] }] });
    expect(twice.json().errors[0].code).toBe('organisation_on_two_lists');
    const empty = await analyst.post('/api/estimation/estimates', { from: '2020-01-01', to: '2020-12-31', lists: lists() });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].message.length).toBeGreaterThan(10);
    const future = await analyst.post('/api/estimation/estimates', { from: '2030-01-01', to: '2030-12-31', lists: lists() });
    expect(future.json().errors[0].code).toBe('future_date');
  });
});
