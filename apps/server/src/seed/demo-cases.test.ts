import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';
import { dialectsUnderTest } from '../testing/test-database';
import { DEMO_CASE_COUNT } from './demo-cases';
import { seedDemoData } from './demo-data';

describe.each(dialectsUnderTest())('demo cases on %s', (dialect) => {
  let context: TestContext;
  let seconds: number;

  beforeAll(async () => {
    context = await createTestContext(dialect);
    const started = performance.now();
    expect(await seedDemoData(context.services)).toBe(true);
    seconds = (performance.now() - started) / 1000;
    console.log(`demo data set loaded on ${dialect} in ${seconds.toFixed(1)} s`);
  }, 120_000);
  afterAll(async () => context?.close());

  it('loads a few hundred synthetic cases, every one flagged as demo data, owned by demo organisations', async () => {
    const db = context.services.db;
    const cases = await db.selectFrom('cases').innerJoin('organisations', 'organisations.id', 'cases.owner_organisation_id').select(['cases.is_demo', 'cases.stage', 'organisations.name_en', 'cases.nationality']).execute();
    expect(cases).toHaveLength(DEMO_CASE_COUNT);
    expect(cases.every((row) => row.is_demo === 1 && row.name_en.startsWith('[Demo]'))).toBe(true);
    expect((await db.selectFrom('persons').select('is_demo').execute()).every((row) => row.is_demo === 1)).toBe(true);
    expect(new Set(cases.map((row) => row.stage)).size).toBe(7);
    expect(new Set(cases.map((row) => row.nationality))).toEqual(new Set(['KH', 'CN', 'VN', 'ID', 'TH']));
  });

  it('holds consistent histories: the last move is the stage, referrals granted only when accepted', async () => {
    const db = context.services.db;
    const cases = await db.selectFrom('cases').select(['id', 'stage']).execute();
    const history = await db.selectFrom('case_stage_history').select(['case_id', 'to_stage', 'sequence', 'moved_at']).orderBy('case_id').orderBy('sequence').execute();
    const last = new Map<string, string>();
    for (const move of history) last.set(move.case_id, move.to_stage);
    expect(cases.filter((row) => last.get(row.id) !== row.stage)).toEqual([]);
    const referrals = await db.selectFrom('case_referrals').select(['id', 'status']).execute();
    const grants = await db.selectFrom('case_grants').select('referral_id').execute();
    expect(referrals.filter((referral) => referral.status === 'accepted').map((referral) => referral.id).sort()).toEqual(grants.map((grant) => grant.referral_id).sort());
    expect(referrals.length).toBeGreaterThan(30);
  });

  it('signs the demo case worker in to a case list they can search by name in Khmer', async () => {
    const agent = await context.signIn('caseworker@demo.ctip.invalid', 'ctip-demo-password');
    const list = (await agent.get('/api/cases?pageSize=50')).json();
    expect(list.total).toBeGreaterThan(100);
    const withKhmer = list.items.find((item: { displayName: string }) => /[\u1780-\u17ff]/.test(item.displayName));
    expect(withKhmer).toBeDefined();
    expect((await agent.get(`/api/cases?search=${encodeURIComponent(withKhmer.displayName)}`)).json().items.map((item: { id: string }) => item.id)).toContain(withKhmer.id);
    expect(await seedDemoData(context.services)).toBe(false);
  });
});
